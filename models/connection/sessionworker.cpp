#include "sessionworker.h"

#include "common/sqlresource.h"
#include "connection/connectionerror.h"
#include "connection/session_p.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>
#include <libpq-fe.h>

SessionWorker::SessionWorker(const ConnectionProfile &profile, const QString &password, const QString &purpose,
    std::shared_ptr<Session::Shared> shared)
    : m_profile(profile)
    , m_password(password)
    , m_purpose(purpose)
    , m_connectionName(QStringLiteral("saytruth-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    , m_shared(std::move(shared))
{ }

SessionWorker::~SessionWorker()
{
    releaseConnection();
}

pg_conn *SessionWorker::nativeHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt 6 names the metatype after the struct behind libpq's typedef.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

void SessionWorker::open()
{
    releaseConnection();
    const QString options = Session::connectOptions(m_profile, m_purpose);
    Error error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!db.isValid()) {
            error = {QCoreApplication::translate("Session", "Connecting to %1").arg(m_profile.displayTarget()),
                QCoreApplication::translate("Session", "Qt's PostgreSQL driver (QPSQL) is not installed."), {},
                QCoreApplication::translate("Session", "Install the Debian package libqt6sql6-psql.")};
        } else {
            db.setHostName(m_profile.host);
            db.setPort(m_profile.port);
            db.setDatabaseName(m_profile.database);
            db.setUserName(m_profile.user);
            db.setPassword(m_password);
            db.setConnectOptions(options);
            if (!db.open())
                error = ConnectionError::connectFailed(m_profile, db.lastError().databaseText());
        }
        if (error.isNull()) {
            m_conn = nativeHandle(db);
            m_shared->setCancel(PQgetCancel(m_conn));
            // libpq prints notices to stderr by default; they belong to the UI (the console collects them).
            PQsetNoticeProcessor(
                m_conn, [](void *, const char *) {}, nullptr);
            m_notifier = new QSocketNotifier(PQsocket(m_conn), QSocketNotifier::Read, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &SessionWorker::checkIdleSocket);
            Q_EMIT opened(describeServer(m_conn));
            return;
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    Q_EMIT openFailed(error);
}

ServerInfo SessionWorker::describeServer(PGconn *conn) const
{
    ServerInfo info;
    const auto param = [conn](const char *name) {
        return QString::fromUtf8(PQparameterStatus(conn, name));
    };
    info.version = param("server_version").section(QLatin1Char(' '), 0, 0);
    info.versionNumber = PQserverVersion(conn);
    info.user = QString::fromUtf8(PQuser(conn));
    info.database = QString::fromUtf8(PQdb(conn));
    info.host = QString::fromUtf8(PQhost(conn));
    info.port = QString::fromLatin1(PQport(conn)).toInt();
    info.backendPid = PQbackendPID(conn);
    info.superuser = param("is_superuser") == QLatin1String("on");
    // PostgreSQL 14 on reports in_hot_standby with the other parameters; a standby's lag, and whether an older
    // server is one at all, take one small statement (a primary from 14 on costs nothing).
    const QString hotStandby = param("in_hot_standby");
    info.inRecovery = hotStandby == QLatin1String("on");
    if (hotStandby.isEmpty() || info.inRecovery) {
        const PgResult state
            = PgConnection(conn).exec(SqlResource::text(QStringLiteral("connection/recovery-state.sql")));
        if (state.ok()) {
            info.inRecovery = state.value(0, 0).toBool();
            if (!state.value(0, 1).isNull())
                info.replayLagSeconds = state.value(0, 1).toDouble();
        }
    }
    // The server's own default counts too (a role or database set read-only there).
    info.readOnly
        = m_profile.isProduction() || info.inRecovery || param("default_transaction_read_only") == QLatin1String("on");
    return info;
}

void SessionWorker::close()
{
    releaseConnection();
}

void SessionWorker::releaseConnection()
{
    delete m_notifier;
    m_notifier = nullptr;
    m_conn = nullptr;
    m_shared->setCancel(nullptr);
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SessionWorker::connectionBroken() const
{
    // Our own PGconn, not the driver's isOpen(): QPSQL reports a broken connection as closed, and a check
    // through it would skip the loss and re-arm the notifier on a socket libpq has already closed.
    return m_conn
        && (PQstatus(m_conn) == CONNECTION_BAD || (m_notifier && PQsocket(m_conn) != int(m_notifier->socket())));
}

void SessionWorker::runJob(const std::function<void(PgConnection &)> &job)
{
    if (m_notifier)
        m_notifier->setEnabled(false);
    Q_EMIT busyChanged(true);
    m_shared->running = true;
    {
        PgConnection connection(m_conn);
        // Production: every transaction a job does not open itself is read-only (see PgConnection).
        connection.setReadOnlyTransactions(m_profile.isProduction());
        job(connection);
        connection.setNoticeHandler({});
    }
    m_shared->running = false;
    Q_EMIT busyChanged(false);
    if (connectionBroken()) {
        handleLoss(QString::fromUtf8(PQerrorMessage(m_conn)));
        return;
    }
    if (m_notifier)
        m_notifier->setEnabled(true);
}

void SessionWorker::checkIdleSocket()
{
    if (!m_conn)
        return;
    // Readable while idle: a notice, a notification, or the server closing the connection. A socket that is
    // no longer the connection's is a loss too: the notifier must never stay armed on it.
    const bool alive = !connectionBroken() && PQconsumeInput(m_conn) == 1 && !connectionBroken();
    while (PGnotify *notify = PQnotifies(m_conn))
        PQfreemem(notify);
    if (!alive)
        handleLoss(QString::fromUtf8(PQerrorMessage(m_conn)));
}

void SessionWorker::handleLoss(const QString &libpqMessage)
{
    releaseConnection();
    Q_EMIT lost(ConnectionError::connectionLost(m_profile, libpqMessage));
}
