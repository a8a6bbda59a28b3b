#pragma once

#include "common/error.h"
#include "connection/connectionprofile.h"
#include "connection/pgconnection.h"

#include <QFuture>
#include <QMap>
#include <QObject>
#include <QPromise>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

// What the server told us about itself at connect time (libpq's parameter status: no extra round trip, except
// on a standby, for its replay lag, and on servers before 14, which do not report in_hot_standby).
struct ServerInfo
{
    QString version; // "15.18"
    int versionNumber = 0; // 150018
    QString user;
    QString database;
    QString host;
    int port = 0;
    int backendPid = 0;
    bool superuser = false;
    // Writes are refused here until a writer unlocks them for its own transactions: a production profile, or
    // a standby (which no unlock changes). Nothing is set on the session for it (see WriteLock).
    bool readOnly = false;
    bool inRecovery = false; // a hot standby: pg_is_in_recovery()
    std::optional<double> replayLagSeconds; // on a standby: since the last replayed commit; none before one
};
Q_DECLARE_METATYPE(ServerInfo)

class SessionWorker;

// One database connection for one purpose (browser, a console tab, the monitor, a job), living on its own
// worker thread: the connection is opened there and every query runs there, in the order submitted. The
// GUI thread talks to it only through signals and futures, and can always cancel the running statement
// (PQcancel, which is safe from any thread). A server that goes away is noticed even while idle.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Busy, Lost };
    Q_ENUM(State)

    // purpose is shown to the server as part of application_name ("SayTruth Studio: browser").
    Session(
        const ConnectionProfile &profile, const QString &password, const QString &purpose, QObject *parent = nullptr);
    ~Session() override;

    const ConnectionProfile &profile() const { return m_profile; }
    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected || m_state == State::Busy; }
    ServerInfo serverInfo() const { return m_serverInfo; }
    Error lastError() const { return m_lastError; }

    // Connects (again) on the worker thread; ends in opened() or openFailed().
    void open();
    // The user and password for the next open() (a Kubernetes Secret rotated); the open connection stays.
    void setCredentials(const QString &user, const QString &password);
    // Disconnects on the worker thread; queued work still runs first.
    void close();

    // Runs one statement with bound values on the worker thread; cells come converted by their column type.
    QFuture<PgResult> run(const QString &sql, const QVariantList &binds = {});
    // Runs work(PgConnection &) on the worker thread, in submission order, and delivers what it returns. The
    // work must not keep the connection beyond the call.
    template<typename F> auto call(F work) -> QFuture<std::invoke_result_t<F &, PgConnection &>>;

    // On a standby: how far its replay is behind (now - the last replayed commit's time); none on a primary or
    // before the first replayed commit. One small statement, queued like any other.
    QFuture<std::optional<double>> readReplayLag();

    // Asks the server to cancel the statement running now, if any. Returns at once.
    void cancel();

    // The libpq connection keywords this session uses (without password), e.g. for tests and diagnostics. Only
    // keywords that a pooler accepts too: no `options` of ours (PgBouncer refuses the startup packet), so a
    // production profile's read-only guard is applied per transaction by its writers instead.
    static QString connectOptions(const ConnectionProfile &profile, const QString &purpose);
    // The same keywords as a map, as the session hands them to libpq (PQconnectdbParams) with host, port,
    // dbname, user and password.
    static QMap<QString, QString> connectParameters(const ConnectionProfile &profile, const QString &purpose);

Q_SIGNALS:
    void stateChanged(Session::State state);
    void opened(const ServerInfo &info);
    void openFailed(const Error &error);
    void connectionLost(const Error &error);

private:
    void post(std::function<void(PgConnection &)> job);
    void setState(State state);

    ConnectionProfile m_profile;
    QString m_purpose;
    State m_state = State::Disconnected;
    ServerInfo m_serverInfo;
    Error m_lastError;
    QThread *m_thread = nullptr;
    SessionWorker *m_worker = nullptr;
    struct Shared;
    std::shared_ptr<Shared> m_shared; // cancel handle, shared with the worker and cancel tasks

    friend class SessionWorker;
};

template<typename F> auto Session::call(F work) -> QFuture<std::invoke_result_t<F &, PgConnection &>>
{
    using T = std::invoke_result_t<F &, PgConnection &>;
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    post([promise, work = std::move(work)](PgConnection &connection) mutable {
        promise->addResult(work(connection));
        promise->finish();
    });
    return future;
}
