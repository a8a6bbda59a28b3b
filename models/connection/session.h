#pragma once

#include "common/error.h"
#include "connection/connectionprofile.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QVariantList>
#include <functional>
#include <memory>

// What the server told us about itself at connect time (no extra round trip: libpq's parameter status).
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
    bool readOnly = false; // default_transaction_read_only was set for this session
};
Q_DECLARE_METATYPE(ServerInfo)

// The outcome of one statement run through Session::run().
struct QueryResult
{
    QStringList columns;
    QList<QVariantList> rows;
    int rowsAffected = -1;
    qint64 elapsedMs = 0;
    Error error;
    bool ok() const { return error.isNull(); }
};
Q_DECLARE_METATYPE(QueryResult)

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
    // Disconnects on the worker thread; queued work still runs first.
    void close();

    // Runs one statement with bound values on the worker thread.
    QFuture<QueryResult> run(const QString &sql, const QVariantList &binds = {});
    // Runs arbitrary work with the session's connection on the worker thread, in submission order. The work
    // must not keep the QSqlDatabase beyond the call.
    template<typename T> QFuture<T> call(std::function<T(QSqlDatabase &)> work);

    // Asks the server to cancel the statement running now, if any. Returns at once.
    void cancel();

    // The libpq connection keywords this session uses (without password), e.g. for tests and diagnostics.
    static QString connectOptions(const ConnectionProfile &profile, const QString &purpose);

Q_SIGNALS:
    void stateChanged(Session::State state);
    void opened(const ServerInfo &info);
    void openFailed(const Error &error);
    void connectionLost(const Error &error);

private:
    void post(std::function<void(QSqlDatabase &)> job);
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

template<typename T> QFuture<T> Session::call(std::function<T(QSqlDatabase &)> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    post([promise, work = std::move(work)](QSqlDatabase &db) {
        promise->addResult(work(db));
        promise->finish();
    });
    return future;
}
