#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryFile>
#include <memory>

// A libpq password file (PGPASSFILE) for child processes: readable by this user only, holding the one
// password, removed when the object goes. Child processes never get a password on their command line (where
// ps shows it to every user) nor in their environment (where ps e shows it).
class PasswordFile
{
public:
    // An empty password makes no file: libpq then uses ~/.pgpass, peer or trust as psql would.
    explicit PasswordFile(const QString &password);
    ~PasswordFile();
    PasswordFile(const PasswordFile &) = delete;
    PasswordFile &operator=(const PasswordFile &) = delete;

    bool isValid() const { return m_ok; }
    QString errorString() const { return m_error; }
    // environment with PGPASSFILE set (and PGPASSWORD removed, so that it cannot win over the file).
    QProcessEnvironment apply(QProcessEnvironment environment) const;

    static QString escape(const QString &field); // ':' and '\' escaped as .pgpass wants

private:
    std::unique_ptr<QTemporaryFile> m_file;
    bool m_ok = true;
    QString m_error;
};
