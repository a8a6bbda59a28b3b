#pragma once

#include "common/error.h"
#include "connection/connectionprofile.h"
#include "connection/pgconnection.h"
#include "connection/session.h"

#include <QObject>
#include <functional>

class QSocketNotifier;
struct pg_conn;

// The part of a Session that lives on its worker thread: owns the libpq connection, runs jobs in order, and
// watches the idle socket so that a server going away is noticed at once.
class SessionWorker : public QObject
{
    Q_OBJECT
public:
    SessionWorker(const ConnectionProfile &profile, const QString &password, const QString &purpose,
        std::shared_ptr<Session::Shared> shared);
    ~SessionWorker() override;

    void open();
    void setCredentials(const QString &user, const QString &password);
    void close();
    void runJob(const std::function<void(PgConnection &)> &job);

Q_SIGNALS:
    void opened(const ServerInfo &info);
    void openFailed(const Error &error);
    void lost(const Error &error);
    void busyChanged(bool busy);

private:
    void checkIdleSocket();
    void handleLoss(const QString &libpqMessage);
    void releaseConnection();
    bool connectionBroken() const;
    ServerInfo describeServer(pg_conn *conn) const;

    ConnectionProfile m_profile;
    QString m_password;
    QString m_purpose;
    std::shared_ptr<Session::Shared> m_shared;
    pg_conn *m_conn = nullptr; // ours (PQfinish in releaseConnection); set while it is open
    QSocketNotifier *m_notifier = nullptr;
};
