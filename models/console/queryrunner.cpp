#include "queryrunner.h"

#include "common/textoffset.h"
#include "connection/session.h"
#include "connection/sessionworker.h"
#include "console/queryrunner_p.h"

#include <QCoreApplication>
#include <QSqlDatabase>
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

QueryRunner::TransactionState transactionStateOf(PGconn *conn)
{
    switch (PQtransactionStatus(conn)) {
    case PQTRANS_IDLE:
        return QueryRunner::TransactionState::Idle;
    case PQTRANS_INTRANS:
        return QueryRunner::TransactionState::InTransaction;
    case PQTRANS_INERROR:
        return QueryRunner::TransactionState::Failed;
    default:
        return QueryRunner::TransactionState::Unknown;
    }
}

Error errorFrom(const PGresult *result, PGconn *conn)
{
    const auto field = [result](int code) {
        return QString::fromUtf8(PQresultErrorField(result, code));
    };
    Error error {QCoreApplication::translate("QueryRunner", "Running the statement"), field(PG_DIAG_MESSAGE_PRIMARY),
        field(PG_DIAG_SQLSTATE), {}};
    QStringList details;
    for (int code : {PG_DIAG_MESSAGE_DETAIL, PG_DIAG_MESSAGE_HINT, PG_DIAG_CONTEXT}) {
        if (!field(code).isEmpty())
            details << field(code);
    }
    error.detail = details.join(QLatin1Char('\n'));
    if (error.why.isEmpty())
        error.why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    return error;
}

void receiveNotice(void *arg, const PGresult *result)
{
    auto *state = static_cast<std::shared_ptr<QueryRunner::RunState> *>(arg);
    const QString severity = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_SEVERITY));
    const QString message = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
    toRunner(*state, [severity, message](QueryRunner *runner) { Q_EMIT runner->notice(severity, message); });
}

// Reads the results of one sent statement in single-row mode, flushing chunks to the GUI as they fill.
class StatementReader
{
public:
    StatementReader(PGconn *conn, const std::shared_ptr<QueryRunner::RunState> &state, int index)
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

    PGconn *m_conn;
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
    if (!PQsendQuery(m_conn, sql.toUtf8().constData())) {
        m_outcome.error = {QCoreApplication::translate("QueryRunner", "Sending the statement"),
            QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()};
        return m_outcome;
    }
    PQsetSingleRowMode(m_conn);
    m_sinceFlush.start();
    while (PGresult *result = PQgetResult(m_conn)) {
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
            PQputCopyEnd(m_conn, "COPY from the client is not supported in the console");
            break;
        case PGRES_COPY_OUT: {
            char *buffer = nullptr;
            while (PQgetCopyData(m_conn, &buffer, 0) > 0)
                PQfreemem(buffer);
            m_outcome.error = {QCoreApplication::translate("QueryRunner", "Running COPY"),
                QCoreApplication::translate("QueryRunner",
                    "COPY … TO STDOUT is not shown in the console; "
                    "run a SELECT and export its result instead.")};
            break;
        }
        default:
            flush();
            if (m_outcome.error.isNull()) {
                m_outcome.error = errorFrom(result, m_conn);
                const int position = QByteArray(PQresultErrorField(result, PG_DIAG_STATEMENT_POSITION)).toInt();
                if (position > 0)
                    m_outcome.errorOffset = TextOffset::fromCodePoint(sql, position);
                m_outcome.cancelled = m_outcome.error.sqlState == QLatin1String("57014");
            }
            break;
        }
        PQclear(result);
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
        PGcancel *cancel = PQgetCancel(m_conn);
        char error[256];
        PQcancel(cancel, error, sizeof error);
        PQfreeCancel(cancel);
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
    PGconn *conn, const QList<RunnableStatement> &statements, const std::shared_ptr<RunState> &self)
{
    // The receiver's argument must outlive the run: a copy of the shared pointer on this stack frame.
    std::shared_ptr<RunState> keep = self;
    PQnoticeReceiver previous = PQsetNoticeReceiver(conn, receiveNotice, &keep);
    bool ok = true;
    for (int i = 0; i < statements.size() && !stop; ++i) {
        toRunner(self, [i](QueryRunner *runner) { Q_EMIT runner->statementStarted(i); });
        if (!autoCommit && !statements[i].transactionControl && PQtransactionStatus(conn) == PQTRANS_IDLE) {
            PGresult *begin = PQexec(conn, "BEGIN");
            PQclear(begin);
        }
        StatementOutcome outcome = StatementReader(conn, self, i).read(statements[i].sql);
        const TransactionState transaction = transactionStateOf(conn);
        ok = outcome.error.isNull();
        toRunner(self, [outcome, transaction](QueryRunner *runner) { runner->deliverFinished(outcome, transaction); });
        if (!ok || PQstatus(conn) != CONNECTION_OK)
            break;
    }
    PQsetNoticeReceiver(conn, previous, nullptr);
    return ok && !stop;
}

QueryRunner::QueryRunner(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<StatementOutcome>();
    qRegisterMetaType<std::shared_ptr<const ResultChunk>>();
    qRegisterMetaType<QList<ResultColumn>>();
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
    m_session->call<bool>([state, statements](QSqlDatabase &db) {
        PGconn *conn = SessionWorker::nativeHandle(db);
        bool ok = false;
        if (!conn) {
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
