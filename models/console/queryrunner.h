#pragma once

#include "common/error.h"
#include "console/resultchunk.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <memory>

class Session;
class WriteLock;

// One statement of a console run, as the console hands it over.
struct RunnableStatement
{
    QString sql;
    int scriptOffset = 0; // where it starts in the editor, to place error marks
    bool transactionControl = false; // BEGIN/COMMIT/...: never wrapped in an implicit BEGIN
};

// How one statement ended.
struct StatementOutcome
{
    int index = -1;
    QString commandTag; // "SELECT 20000", "UPDATE 3"
    qint64 rowsAffected = -1; // from the command tag, -1 when it has none
    qint64 rowsFetched = 0;
    qint64 elapsedMs = 0;
    bool hasResultSet = false;
    bool truncated = false; // the user stopped fetching at the row cap
    bool cancelled = false;
    Error error;
    int errorOffset = -1; // in the statement, in QString units; -1 when the server gave no position
};
Q_DECLARE_METATYPE(StatementOutcome)

// Runs console statements on a Session, one after another, with libpq's single-row mode on the driver's
// own connection: rows stream into compact chunks that reach the GUI while the query still runs, notices
// are collected, the transaction state is tracked, and a row cap pauses the fetch to ask the user.
class QueryRunner : public QObject
{
    Q_OBJECT
public:
    enum class TransactionState { Idle, InTransaction, Failed, Unknown };
    Q_ENUM(TransactionState)

    explicit QueryRunner(Session *session, QObject *parent = nullptr);
    ~QueryRunner() override;

    // Rows fetched before capReached() asks whether to go on; 0 = no cap.
    void setRowCap(qint64 rows) { m_rowCap = rows; }
    qint64 rowCap() const { return m_rowCap; }
    // Off: a BEGIN is sent before the first statement outside a transaction, as psql's AUTOCOMMIT off does.
    void setAutoCommit(bool on) { m_autoCommit = on; }
    bool autoCommit() const { return m_autoCommit; }
    bool isRunning() const { return bool(m_state); }
    TransactionState transactionState() const { return m_transaction; }

    // Runs the statements in order; stops at the first error or at cancel().
    void run(const QList<RunnableStatement> &statements);
    // Cancels the statement running on the server and runs no further ones.
    void cancel();
    // The answer to capReached(): fetch all the remaining rows, or stop here (the result stays, marked truncated).
    void continueFetching(bool fetchAll);

    // The statements behind the console's verbs, to hand to run(): the SQL text lives here, not in the UI.
    static RunnableStatement commitStatement();
    static RunnableStatement rollbackStatement();
    // EXPLAIN (FORMAT JSON) of one statement; with analyze, a statement that writes runs inside BEGIN …
    // ROLLBACK so that nothing it does stays. *planIndex is the index of the EXPLAIN among the statements.
    static QList<RunnableStatement> explainStatements(
        const QString &sql, int scriptOffset, bool analyze, bool writes, int *planIndex);

    // Whether this runner may write (production, or a standby, which never may). Applied per transaction,
    // never as a session setting: while locked, a statement run outside a transaction is sent as
    // "SET TRANSACTION READ ONLY; <statement>" in one simple query (one implicit transaction, one round trip),
    // so a BEGIN among the statements opens a read-only transaction, and a statement that cannot run inside a
    // transaction block (VACUUM, CREATE DATABASE, ...) is refused in words; unlocked, statements go as typed.
    // That holds on a direct connection, through a transaction-pooling PgBouncer and after a reconnect alike.
    WriteLock *writeLock() const { return m_writeLock; }
    // The connected server's key words (word, catcode), for highlighting and completion.
    QFuture<QList<QPair<QString, QChar>>> serverKeywords();

    struct RunState; // shared with the worker thread

Q_SIGNALS:
    void statementStarted(int index);
    void resultColumns(int index, const QList<ResultColumn> &columns);
    void rowsArrived(int index, std::shared_ptr<const ResultChunk> chunk);
    void capReached(int index, qint64 rowsSoFar);
    void statementFinished(const StatementOutcome &outcome);
    void notice(const QString &severity, const QString &message);
    void transactionStateChanged(QueryRunner::TransactionState state);
    void finished(bool ok);

private:
    friend struct RunState;
    void deliverFinished(const StatementOutcome &outcome, TransactionState transaction);
    void deliverDone(bool ok);

    Session *m_session;
    WriteLock *m_writeLock;
    qint64 m_rowCap = 100000;
    bool m_autoCommit = true;
    TransactionState m_transaction = TransactionState::Unknown;
    std::shared_ptr<RunState> m_state;
};
