#pragma once

#include <QProcess>
#include <QString>
#include <sys/types.h>

// The OS account a local PostgreSQL server runs as. PostgreSQL refuses to run as root, so when we are root
// the server runs as an unprivileged account ("postgres" if it exists, else "nobody"); otherwise as ourselves.
class ServerUser
{
public:
    // The account to use for the current process.
    static ServerUser forCurrentProcess();

    QString name() const { return m_name; }
    bool isSwitched() const { return m_switched; } // true when we run the server as someone else

    // Makes the child process (initdb, pg_ctl) run as this account; a no-op when not switched.
    void applyTo(QProcess &process) const;
    // Gives the account ownership of a directory we created for it (no-op when not switched).
    bool takeOwnership(const QString &path) const;
    // True when the account can reach (traverse) every parent of path; the first that blocks is returned.
    bool canReach(const QString &path, QString *blockingDirectory = nullptr) const;

private:
    QString m_name;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    bool m_switched = false;
};
