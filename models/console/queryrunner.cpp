#include "queryrunner.h"

#include "common/textoffset.h"
#include "connection/pgerror.h"
#include "connection/session.h"
#include "connection/writelock.h"
#include "console/explainplan.h"
#include "console/queryrunner_p.h"
#include "console/sqlkeywords.h"

#include <QCoreApplication>
#include <libpq-fe.h>
#include <utility>

namespace {

// Posts work to the GUI thread, to a runner that may be gone by then.
template<typename F> void toRunner(const std::shared_ptr<QueryRunner::RunState> &state, F &&f)
{
    QMetaObject::invokeMethod(qApp, [state, f = std::forward<F>(f)]() mutable {
        if (state->runner)
            f(state->runner.data());
    });
}

QueryRunner::TransactionState transactionStateOf(const PgConnection &conn)
{
    switch (conn.transaction()) {
    case PgConnection::Transaction::Idle:
        return QueryRunner::TransactionState::Idle;
    case PgConnection::Transaction::InTransaction:
        return QueryRunner::TransactionState::InTransaction;
    case PgConnection::Transaction::Failed:
        return QueryRunner::TransactionState::Failed;
    default:
        return QueryRunner::TransactionState::Unknown;
    }
}

// Reads the results of one sent statement in single-row mode, flushing chunks to the GUI as they fill.
class StatementReader
{
public:
    StatementReader(const PgConnection &conn, const std::shared_ptr<QueryRunner::RunState> &state, int index)
        : m_conn(conn)
        , m_state(state)
        , m_index(index)
    {
        m_outcome.index = index;
    }

    // prefix: what the run sends ahead of the statement in the same query (its result is not the statement's).
    StatementOutcome read(const QString &sql, const QString &prefix = {});

private:
    void onRow(PGresult *result);
    void announceColumns(const PGresult *result);
    void flush();
    bool askAtCap();

    const PgConnection &m_conn;
    std::shared_ptr<QueryRunner::RunState> m_state;
    int m_index;
    StatementOutcome m_outcome;
    std::shared_ptr<ResultChunk> m_chunk;
    QElapsedTimer m_sinceFlush;
    bool m_discarding = false; // rows after the user stopped at the cap
    qint64 m_cap = 0;
};

StatementOutcome StatementReader::read(const QString &sql, const QString &prefix)
{
    QElapsedTimer timer;
    timer.start();
    m_cap = m_state->rowCap;
    if (!m_conn.send(prefix + sql, {}, true, &m_outcome.error))
        return m_outcome;
    m_sinceFlush.start();
    bool prefixDone = prefix.isEmpty();
    while (const PgResultHandle handle = m_conn.nextResult()) {
        PGresult *result = handle.get();
        if (!std::exchange(prefixDone, true) && PQresultStatus(result) == PGRES_COMMAND_OK)
            continue;
        switch (PQresultStatus(result)) {
        case PGRES_SINGLE_TUPLE:
            onRow(result);
            break;
        case PGRES_TUPLES_OK:
            announceColumns(result);
            flush();
            m_outcome.commandTag = QString::fromUtf8(PQcmdStatus(result));
            break;
        case PGRES_COMMAND_OK:
        case PGRES_EMPTY_QUERY:
            m_outcome.commandTag = QString::fromUtf8(PQcmdStatus(result));
            m_outcome.rowsAffected = QByteArray(PQcmdTuples(result)).toLongLong();
            break;
        case PGRES_COPY_IN:
            m_conn.refuseCopyIn(QStringLiteral("COPY from the client is not supported in the console"));
            break;
        case PGRES_COPY_OUT: {
            m_conn.drainCopyOut();
            m_outcome.error = {QCoreApplication::translate("QueryRunner", "Running COPY"),
                QCoreApplication::translate("QueryRunner",
                    "COPY … TO STDOUT is not shown in the console; "
                    "run a SELECT and export its result instead.")};
            break;
        }
        default:
            flush();
            if (m_outcome.error.isNull()) {
                m_outcome.error = PgError::fromResult(
                    result, nullptr, QCoreApplication::translate("QueryRunner", "Running the statement"));
                m_outcome.error.position = qMax(0, m_outcome.error.position - int(prefix.size()));
                if (m_outcome.error.position > 0)
                    m_outcome.errorOffset = TextOffset::fromCodePoint(sql, m_outcome.error.position);
                m_outcome.cancelled = m_outcome.error.sqlState == QLatin1String("57014");
            }
            break;
        }
    }
    flush();
    m_outcome.elapsedMs = timer.elapsed();
    if (m_outcome.truncated && m_outcome.cancelled) // we cancelled it ourselves: not an error
        m_outcome.error = {}, m_outcome.cancelled = false;
    return m_outcome;
}

void StatementReader::announceColumns(const PGresult *result)
{
    if (m_outcome.hasResultSet)
        return;
    m_outcome.hasResultSet = true;
    QList<ResultColumn> columns;
    for (int c = 0; c < PQnfields(result); ++c)
        columns << ResultColumn {QString::fromUtf8(PQfname(result, c)), PQftype(result, c)};
    const int index = m_index;
    toRunner(m_state, [index, columns](QueryRunner *runner) { Q_EMIT runner->resultColumns(index, columns); });
}

void StatementReader::onRow(PGresult *result)
{
    announceColumns(result);
    if (m_discarding)
        return;
    const int columns = PQnfields(result);
    if (!m_chunk) {
        m_chunk = std::make_shared<ResultChunk>(columns);
        m_chunk->reserve(1024, 64 * 1024);
    }
    std::array<const char *, 64> small {};
    std::array<int, 64> smallLengths {};
    std::vector<const char *> values;
    std::vector<int> lengths;
    const char **v = small.data();
    int *l = smallLengths.data();
    if (columns > 64) {
        values.resize(size_t(columns));
        lengths.resize(size_t(columns));
        v = values.data();
        l = lengths.data();
    }
    for (int c = 0; c < columns; ++c) {
        v[c] = PQgetisnull(result, 0, c) ? nullptr : PQgetvalue(result, 0, c);
        l[c] = PQgetlength(result, 0, c);
    }
    m_chunk->appendRow(v, l);
    ++m_outcome.rowsFetched;
    // The first rows go out at once (time to first rows); later ones in larger blocks, at most every 50 ms.
    const int rows = m_chunk->rowCount();
    if ((m_outcome.rowsFetched <= 200 && rows >= 50) || rows >= 8192
        || ((rows & 255) == 0 && m_sinceFlush.elapsed() >= 50))
        flush();
    if (m_cap > 0 && m_outcome.rowsFetched >= m_cap && !askAtCap()) {
        m_discarding = true;
        m_outcome.truncated = true;
        m_conn.cancelRunning();
    }
}

bool StatementReader::askAtCap()
{
    flush();
    const int index = m_index;
    const qint64 rows = m_outcome.rowsFetched;
    {
        QMutexLocker locker(&m_state->mutex);
        m_state->decision = QueryRunner::RunState::Decision::Pending;
    }
    toRunner(m_state, [index, rows](QueryRunner *runner) { Q_EMIT runner->capReached(index, rows); });
    QMutexLocker locker(&m_state->mutex);
    while (m_state->decision == QueryRunner::RunState::Decision::Pending && !m_state->stop)
        m_state->answered.wait(&m_state->mutex, 200);
    const bool fetchAll = m_state->decision == QueryRunner::RunState::Decision::FetchAll && !m_state->stop;
    if (fetchAll)
        m_cap = 0;
    return fetchAll;
}

void StatementReader::flush()
{
    m_sinceFlush.restart();
    if (!m_chunk || m_chunk->rowCount() == 0)
        return;
    std::shared_ptr<const ResultChunk> chunk = std::move(m_chunk);
    m_chunk.reset();
    const int index = m_index;
    toRunner(m_state, [index, chunk](QueryRunner *runner) { Q_EMIT runner->rowsArrived(index, chunk); });
}

// Sent ahead of a statement (in the same simple query) while writes are locked: the implicit transaction of
// that query is read-only, and becomes an explicit read-only one when the statement is a BEGIN.
QString readOnlyPrefix()
{
    return QStringLiteral("SET TRANSACTION READ ONLY;\n");
}

// The server's refusal of a write, in words that say why this connection refuses it.
void explainRefusal(Error &error, bool guarded, bool standby)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("QueryRunner", text);
    };
    if (standby && error.sqlState == QLatin1String("25006")) {
        error.detail = error.why;
        error.why = tr("This server is a standby (a read-only replica in recovery): it refuses every write. "
                       "Connect to the primary to change data.");
    } else if (guarded && error.sqlState == QLatin1String("25006")) {
        error.detail = error.why;
        error.why = tr("Writes are locked on this production connection: unlock writes to run it.");
    } else if (guarded && error.sqlState == QLatin1String("25001")) {
        // VACUUM, CREATE DATABASE, CREATE INDEX CONCURRENTLY...: writes that no read-only transaction can hold.
        error.detail = error.why;
        error.why = tr("Writes are locked on this production connection, and this statement cannot run inside "
                       "the read-only transaction the lock puts every statement in: unlock writes to run it.");
    }
}

} // namespace

bool QueryRunner::RunState::execute(
    PgConnection &conn, const QList<RunnableStatement> &statements, const std::shared_ptr<RunState> &self)
{
    conn.setNoticeHandler([self](const QString &severity, const QString &message) {
        toRunner(self, [severity, message](QueryRunner *runner) { Q_EMIT runner->notice(severity, message); });
    });
    bool ok = true;
    for (int i = 0; i < statements.size() && !stop; ++i) {
        toRunner(self, [i](QueryRunner *runner) { Q_EMIT runner->statementStarted(i); });
        if (!autoCommit && !statements[i].transactionControl && conn.transaction() == PgConnection::Transaction::Idle)
            conn.exec(readOnly ? QStringLiteral("BEGIN READ ONLY") : QStringLiteral("BEGIN"));
        // Outside a transaction the statement is one of its own (or a BEGIN): make that one read-only.
        const bool guarded = readOnly && conn.transaction() == PgConnection::Transaction::Idle;
        StatementOutcome outcome
            = StatementReader(conn, self, i).read(statements[i].sql, guarded ? readOnlyPrefix() : QString());
        explainRefusal(outcome.error, guarded, standby);
        const TransactionState transaction = transactionStateOf(conn);
        ok = outcome.error.isNull();
        toRunner(self, [outcome, transaction](QueryRunner *runner) { runner->deliverFinished(outcome, transaction); });
        if (!ok || !conn.isOpen())
            break;
    }
    conn.setNoticeHandler({});
    return ok && !stop;
}

QueryRunner::QueryRunner(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_writeLock(new WriteLock(session->profile().isProduction(), this))
{
    qRegisterMetaType<StatementOutcome>();
    qRegisterMetaType<std::shared_ptr<const ResultChunk>>();
    qRegisterMetaType<QList<ResultColumn>>();
    // Nothing is sent when the lock changes: each run reads it (see RunState::readOnly). A standby is read-only
    // whatever the profile says.
    m_writeLock->setStandby(session->isConnected() && session->serverInfo().inRecovery);
    connect(m_session, &Session::opened, this,
        [this](const ServerInfo &info) { m_writeLock->setStandby(info.inRecovery); });
}

QueryRunner::~QueryRunner()
{
    if (m_state) {
        m_state->stop = true;
        m_state->runner = nullptr;
        m_state->answered.wakeAll();
        m_session->cancel();
    }
}

void QueryRunner::run(const QList<RunnableStatement> &statements)
{
    if (m_state || statements.isEmpty())
        return;
    auto state = std::make_shared<RunState>();
    state->runner = this;
    state->rowCap = m_rowCap;
    state->autoCommit = m_autoCommit;
    state->standby = m_writeLock->isStandby();
    state->readOnly = m_writeLock->isLocked() && !state->standby;
    m_state = state;
    m_session->call([state, statements](PgConnection &conn) {
        // The console applies its own lock (RunState::readOnly), the session's default guard would not let
        // an unlocked console write.
        conn.setReadOnlyTransactions(false);
        bool ok = false;
        if (!conn.isOpen()) {
            StatementOutcome outcome;
            outcome.index = 0;
            outcome.error = {QCoreApplication::translate("QueryRunner", "Running the statement"),
                QCoreApplication::translate("QueryRunner", "Not connected to the server.")};
            toRunner(
                state, [outcome](QueryRunner *runner) { runner->deliverFinished(outcome, TransactionState::Unknown); });
        } else {
            ok = state->execute(conn, statements, state);
        }
        toRunner(state, [ok](QueryRunner *runner) { runner->deliverDone(ok); });
        return ok;
    });
}

void QueryRunner::deliverFinished(const StatementOutcome &outcome, TransactionState transaction)
{
    Q_EMIT statementFinished(outcome);
    if (transaction != m_transaction) {
        m_transaction = transaction;
        Q_EMIT transactionStateChanged(transaction);
    }
}

void QueryRunner::deliverDone(bool ok)
{
    m_state.reset();
    Q_EMIT finished(ok);
}

void QueryRunner::cancel()
{
    if (!m_state)
        return;
    m_state->stop = true;
    m_state->answered.wakeAll();
    m_session->cancel();
}

void QueryRunner::continueFetching(bool fetchAll)
{
    if (!m_state)
        return;
    QMutexLocker locker(&m_state->mutex);
    m_state->decision = fetchAll ? RunState::Decision::FetchAll : RunState::Decision::Stop;
    m_state->answered.wakeAll();
}

RunnableStatement QueryRunner::commitStatement()
{
    return RunnableStatement {QStringLiteral("COMMIT"), 0, true};
}

RunnableStatement QueryRunner::rollbackStatement()
{
    return RunnableStatement {QStringLiteral("ROLLBACK"), 0, true};
}

QList<RunnableStatement> QueryRunner::explainStatements(
    const QString &sql, int scriptOffset, bool analyze, bool writes, int *planIndex)
{
    QList<RunnableStatement> list;
    const bool wrap = analyze && writes;
    if (wrap)
        list << RunnableStatement {QStringLiteral("BEGIN"), scriptOffset, true};
    if (planIndex)
        *planIndex = int(list.size());
    list << RunnableStatement {ExplainPlan::wrap(sql, analyze), scriptOffset, false};
    if (wrap)
        list << RunnableStatement {QStringLiteral("ROLLBACK"), scriptOffset, true};
    return list;
}

QFuture<QList<QPair<QString, QChar>>> QueryRunner::serverKeywords()
{
    return m_session->call([](PgConnection &conn) {
        QList<QPair<QString, QChar>> keywords;
        const PgResult result = conn.exec(SqlKeywords::keywordsQuery());
        for (const QVariantList &row : result.rows) {
            const QString category = row.value(1).toString();
            keywords << qMakePair(row.value(0).toString(), category.isEmpty() ? QChar() : category.at(0));
        }
        return keywords;
    });
}
