#include "sessionworker.h"

#include "common/sqlresource.h"
#include "connection/connectionerror.h"
#include "connection/session_p.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <libpq-fe.h>

SessionWorker::SessionWorker(const ConnectionProfile &profile, const QString &password, const QString &purpose,
    std::shared_ptr<Session::Shared> shared)
    : m_profile(profile)
    , m_password(password)
    , m_purpose(purpose)
    , m_shared(std::move(shared))
{ }

void SessionWorker::setCredentials(const QString &user, const QString &password)
{
    m_profile.user = user;
    m_password = password;
}

SessionWorker::~SessionWorker()
{
    releaseConnection();
}

void SessionWorker::open()
{
    releaseConnection();
    // libpq itself, not Qt's QPSQL driver: QPSQL sends five statements of its own at every open (version,
    // a backslash check, client encoding, DateStyle, bytea_output) — five round trips through a remote
    // forward, and a bytea_output that a transaction-pooling PgBouncer hands on to its next client. The
    // startup packet carries the encoding; the server's parameter status says the rest.
    QList<QByteArray> keywords;
    QList<QByteArray> values;
    const auto add = [&](const char *keyword, const QString &value) {
        if (!value.isEmpty()) {
            keywords << QByteArray(keyword);
            values << value.toUtf8();
        }
    };
    add("host", m_profile.host);
    add("port", m_profile.port > 0 ? QString::number(m_profile.port) : QString());
    add("dbname", m_profile.database);
    add("user", m_profile.user);
    add("password", m_password);
    const QMap<QString, QString> parameters = Session::connectParameters(m_profile, m_purpose);
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        add(it.key().toUtf8().constData(), it.value());
    std::vector<const char *> keywordPointers;
    std::vector<const char *> valuePointers;
    for (qsizetype i = 0; i < keywords.size(); ++i) {
        keywordPointers.push_back(keywords.at(i).constData());
        valuePointers.push_back(values.at(i).constData());
    }
    keywordPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);
    PGconn *conn = PQconnectdbParams(keywordPointers.data(), valuePointers.data(), 0);
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        const Error error = ConnectionError::connectFailed(
            m_profile, conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : QStringLiteral("out of memory"));
        PQfinish(conn);
        Q_EMIT openFailed(error);
        return;
    }
    // Dates are read as ISO (PgConnection); only a server set to another style costs a statement. PgBouncer
    // keeps DateStyle per client, so this holds behind it too.
    if (!QByteArray(PQparameterStatus(conn, "DateStyle")).startsWith("ISO"))
        PQclear(PQexec(conn, "SET DateStyle TO ISO"));
    m_conn = conn;
    m_shared->setCancel(PQgetCancel(m_conn));
    // libpq prints notices to stderr by default; they belong to the UI (the console collects them).
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    m_notifier = new QSocketNotifier(PQsocket(m_conn), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SessionWorker::checkIdleSocket);
    Q_EMIT opened(describeServer(m_conn));
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
    m_shared->setCancel(nullptr);
    PQfinish(m_conn);
    m_conn = nullptr;
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
