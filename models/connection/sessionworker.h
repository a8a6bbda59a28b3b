#pragma once

#include "common/error.h"
#include "connection/connectionprofile.h"
#include "connection/pgconnection.h"
#include "connection/session.h"

#include <QObject>
#include <QSqlDatabase>
#include <functional>

class QSocketNotifier;
struct pg_conn;

// The part of a Session that lives on its worker thread: owns the QSqlDatabase connection, runs jobs in
// order, and watches the idle socket so that a server going away is noticed at once.
class SessionWorker : public QObject
{
    Q_OBJECT
public:
    SessionWorker(const ConnectionProfile &profile, const QString &password, const QString &purpose,
        std::shared_ptr<Session::Shared> shared);
    ~SessionWorker() override;

    void open();
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
    // The driver's libpq connection, or nullptr when not connected.
    static pg_conn *nativeHandle(const QSqlDatabase &db);

    ConnectionProfile m_profile;
    QString m_password;
    QString m_purpose;
    QString m_connectionName;
    std::shared_ptr<Session::Shared> m_shared;
    pg_conn *m_conn = nullptr; // owned by the driver's connection; set while it is open
    QSocketNotifier *m_notifier = nullptr;
};
