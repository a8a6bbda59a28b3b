#include "session.h"

#include "common/sqlresource.h"
#include "connection/session_p.h"
#include "connection/sessionworker.h"

#include <QCoreApplication>
#include <QThread>
#include <QtConcurrent>
#include <libpq-fe.h>

Session::Shared::~Shared()
{
    if (handle)
        PQfreeCancel(handle);
}

void Session::Shared::setCancel(pg_cancel *cancel)
{
    QMutexLocker locker(&mutex);
    if (handle)
        PQfreeCancel(handle);
    handle = cancel;
}

bool Session::Shared::cancel(QString *reason)
{
    QMutexLocker locker(&mutex);
    if (!handle || !running)
        return false;
    char buffer[256] = {};
    if (PQcancel(handle, buffer, sizeof buffer) == 1)
        return true;
    if (reason)
        *reason = QString::fromLocal8Bit(buffer);
    return false;
}

namespace {

QString quoteOptionValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

Session::Session(const ConnectionProfile &profile, const QString &password, const QString &purpose, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_purpose(purpose)
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<ServerInfo>();
    qRegisterMetaType<Error>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("session: %1").arg(purpose));
    m_worker = new SessionWorker(profile, password, purpose, m_shared);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SessionWorker::opened, this, [this](const ServerInfo &info) {
        m_serverInfo = info;
        m_lastError = {};
        setState(State::Connected);
        Q_EMIT opened(info);
    });
    connect(m_worker, &SessionWorker::openFailed, this, [this](const Error &error) {
        m_lastError = error;
        setState(State::Disconnected);
        Q_EMIT openFailed(error);
    });
    connect(m_worker, &SessionWorker::lost, this, [this](const Error &error) {
        m_lastError = error;
        setState(State::Lost);
        Q_EMIT connectionLost(error);
    });
    connect(m_worker, &SessionWorker::busyChanged, this, [this](bool busy) {
        if (m_state == State::Connected || m_state == State::Busy)
            setState(busy ? State::Busy : State::Connected);
    });
    m_thread->start();
}

Session::~Session()
{
    // Never leave a statement running on the server for a window that is gone.
    cancel();
    SessionWorker *worker = m_worker;
    QThread *thread = m_thread;
    // Quit from inside the queue, so that the worker (and its connection) goes first, on its own thread.
    QMetaObject::invokeMethod(m_worker, [worker, thread] {
        delete worker;
        thread->quit();
    });
    // A connection attempt in progress can take up to connect_timeout; don't hold the GUI for that.
    if (m_thread->wait(QDeadlineTimer(5000))) {
        delete m_thread;
    } else {
        QThread *thread = m_thread;
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    }
}

QMap<QString, QString> Session::connectParameters(const ConnectionProfile &profile, const QString &purpose)
{
    QMap<QString, QString> options;
    options.insert(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    // Notice a dead peer (a dropped port-forward, a suspended laptop) within about a minute.
    options.insert(QStringLiteral("keepalives"), QStringLiteral("1"));
    options.insert(QStringLiteral("keepalives_idle"), QStringLiteral("30"));
    options.insert(QStringLiteral("keepalives_interval"), QStringLiteral("10"));
    options.insert(QStringLiteral("keepalives_count"), QStringLiteral("3"));
    // In the startup packet, which PgBouncer accepts and keeps per client: no statement after connecting.
    options.insert(QStringLiteral("client_encoding"), QStringLiteral("UTF8"));
    for (auto it = profile.options.cbegin(); it != profile.options.cend(); ++it) {
        if (it.key() != QLatin1String("password") && it.key() != QLatin1String("passfile"))
            options.insert(it.key(), it.value());
    }
    if (!profile.sslMode.isEmpty())
        options.insert(QStringLiteral("sslmode"), profile.sslMode);
    options.insert(QStringLiteral("application_name"),
        purpose.isEmpty() ? QStringLiteral("SayTruth Studio") : QStringLiteral("SayTruth Studio: ") + purpose);
    // Nothing of ours goes into `options` (the user's own, from the profile, still does): PgBouncer refuses a
    // startup packet that carries it, and a setting made for the session would not follow it from one pooled
    // server connection to the next anyway. Production's read-only guard is per transaction (WriteLock).
    return options;
}

QString Session::connectOptions(const ConnectionProfile &profile, const QString &purpose)
{
    const QMap<QString, QString> options = connectParameters(profile, purpose);
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + quoteOptionValue(it.value());
    // As QSqlDatabase::setConnectOptions takes them (the benchmarks' QPSQL baselines): QPSQL turns every ';'
    // into a space before handing the string to libpq.
    return parts.join(QLatin1Char(';'));
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::open()
{
    setState(State::Connecting);
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] { worker->open(); });
}

void Session::setCredentials(const QString &user, const QString &password)
{
    m_profile.user = user;
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, user, password] { worker->setCredentials(user, password); });
}

void Session::close()
{
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] { worker->close(); });
    setState(State::Disconnected);
}

void Session::post(std::function<void(PgConnection &)> job)
{
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, job = std::move(job)] { worker->runJob(job); });
}

QFuture<PgResult> Session::run(const QString &sql, const QVariantList &binds)
{
    return call([sql, binds](PgConnection &connection) {
        PgResult result = connection.exec(sql, binds);
        for (int row = 0; row < result.rows.size(); ++row) {
            for (int column = 0; column < result.columns.size(); ++column)
                result.rows[row][column] = result.value(row, column);
        }
        return result;
    });
}

QFuture<std::optional<double>> Session::readReplayLag()
{
    return call([](PgConnection &connection) -> std::optional<double> {
        const PgResult result = connection.exec(SqlResource::text(QStringLiteral("connection/recovery-state.sql")));
        const QVariant lag = result.value(0, 1);
        if (!result.ok() || lag.isNull())
            return std::nullopt;
        return lag.toDouble();
    });
}

void Session::cancel()
{
    if (!m_shared->running)
        return;
    // PQcancel opens a connection of its own; keep that off the GUI thread.
    std::shared_ptr<Shared> shared = m_shared;
    QThreadPool::globalInstance()->start([shared] { shared->cancel(nullptr); });
}
