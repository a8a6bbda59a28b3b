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

    StatementOutcome read(const QString &sql);

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

StatementOutcome StatementReader::read(const QString &sql)
{
    QElapsedTimer timer;
    timer.start();
    m_cap = m_state->rowCap;
    if (!m_conn.send(sql, {}, true, &m_outcome.error))
        return m_outcome;
    m_sinceFlush.start();
    while (const PgResultHandle handle = m_conn.nextResult()) {
        PGresult *result = handle.get();
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
            conn.exec(QStringLiteral("BEGIN"));
        StatementOutcome outcome = StatementReader(conn, self, i).read(statements[i].sql);
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
    const auto apply = [this](bool locked) {
        m_session->run(locked ? QStringLiteral("SET default_transaction_read_only = on")
                              : QStringLiteral("SET default_transaction_read_only = off"));
    };
    connect(m_writeLock, &WriteLock::changed, this, apply);
    // A reconnected production session starts read-only again: an unlocked console lifts it once more, so
    // that what the lock shows is what the server does.
    connect(m_session, &Session::opened, this, [this, apply] {
        if (m_writeLock->isUnlocked())
            apply(false);
    });
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
    m_state = state;
    m_session->call([state, statements](PgConnection &conn) {
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
