#include "monitorqueries.h"

#include "common/sqlresource.h"
#include "connection/pgconnection.h"

#include <QCoreApplication>
#include <QVersionNumber>

namespace {

// The cells of one result row, by column name.
class NamedRow
{
public:
    NamedRow(const PgResult &result, int row)
        : m_result(result)
        , m_row(row)
    { }

    QVariant value(const char *name) const
    {
        return m_result.value(m_row, m_result.columns.indexOf(QLatin1String(name)));
    }
    QString text(const char *name) const { return value(name).toString(); }
    qint64 number(const char *name) const { return value(name).toString().toLongLong(); }
    int integer(const char *name) const { return value(name).toString().toInt(); }
    double real(const char *name) const { return value(name).toString().toDouble(); }
    bool flag(const char *name) const { return value(name).toBool(); }
    std::optional<qint64> optionalNumber(const char *name) const
    {
        const QVariant cell = value(name);
        return cell.isNull() ? std::nullopt : std::optional<qint64>(cell.toString().toLongLong());
    }
    std::optional<double> optionalReal(const char *name) const
    {
        const QVariant cell = value(name);
        return cell.isNull() ? std::nullopt : std::optional<double>(cell.toString().toDouble());
    }

private:
    const PgResult &m_result;
    int m_row;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("MonitorQueries", text);
}

// The dashboard's own limits (session-limits.sql) stopped a query: say so in words, once, rather than the
// server's "canceling statement due to lock timeout" with its context lines.
void explainTimeout(Error *error)
{
    if (error->sqlState == QLatin1String("55P03"))
        error->why = tr("Another session holds a lock on a catalog table the dashboard reads (a long ALTER, VACUUM "
                        "FULL or LOCK TABLE): the dashboard gave up after waiting 2 s and tries again at the next "
                        "refresh.");
    else if (error->sqlState == QLatin1String("57014"))
        error->why = tr("The query took longer than the dashboard allows itself (10 s) and was stopped; the "
                        "server is slow or busy. The dashboard tries again at the next refresh.");
    else
        return;
    error->detail.clear();
    error->hint.clear();
    error->context.clear();
    error->position = 0;
}

// Every dashboard query runs with the dashboard's statement and lock timeouts, set for its own transaction in
// the same round trip: a session setting would leak, through a transaction-pooling PgBouncer, to whoever gets
// the server connection next (a console's long query cancelled after 10 s).
PgResult runResource(const PgConnection &connection, const QString &file, const QVariantList &binds, Error *error,
    const QString &what, qint64 *elapsedMs)
{
    static const QString limits = SqlResource::text(QStringLiteral("monitor/session-limits.sql"));
    QList<PgResult> results = connection.execTogether(
        {qMakePair(limits, QVariantList()), qMakePair(SqlResource::text(QStringLiteral("monitor/") + file), binds)});
    PgResult result = results.value(0).ok() ? results.value(1) : results.value(0);
    if (elapsedMs)
        *elapsedMs = result.elapsedMs;
    if (!result.ok() && error) {
        *error = result.error;
        error->what = what;
        explainTimeout(error);
    }
    return result;
}

QList<int> pidList(const QString &text)
{
    QList<int> pids;
    for (const QString &pid : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        pids << pid.toInt();
    return pids;
}

} // namespace

namespace MonitorQueries {

ServerOverview readOverview(const PgConnection &connection, Error *error, qint64 *elapsedMs)
{
    const PgResult result = runResource(
        connection, QStringLiteral("overview.sql"), {}, error, tr("Reading the server's figures"), elapsedMs);
    ServerOverview overview;
    if (!result.ok() || result.rows.isEmpty())
        return overview;
    const NamedRow row(result, 0);
    overview.serverVersion = row.text("server_version");
    overview.uptimeSeconds = row.real("uptime_s");
    overview.databaseBytes = row.number("database_bytes");
    overview.connections = row.integer("connections");
    overview.maxConnections = row.integer("max_connections");
    overview.reservedConnections = row.integer("reserved_connections");
    overview.roleLimit = row.integer("role_limit");
    overview.roleConnections = row.integer("role_connections");
    overview.databaseLimit = row.integer("database_limit");
    overview.databaseConnections = row.integer("database_connections");
    overview.active = row.integer("active");
    overview.idle = row.integer("idle");
    overview.idleInTransaction = row.integer("idle_in_transaction");
    overview.waiting = row.integer("waiting");
    overview.oldestTransactionSeconds = row.optionalReal("oldest_xact_s");
    overview.tempBytes = row.number("temp_bytes");
    overview.inRecovery = row.flag("in_recovery");
    overview.replayLagSeconds = row.optionalReal("replay_lag_s");
    overview.standbys = row.integer("standbys");
    overview.statementsVersion = row.text("statements_version");
    overview.statementsLoaded = row.flag("statements_loaded");
    CounterSample &counters = overview.counters;
    counters.seconds = row.real("sampled_at");
    counters.statsReset = row.optionalReal("stats_reset");
    static constexpr std::pair<Counter, const char *> columns[] = {
        {Counter::Commits, "xact_commit"},
        {Counter::Rollbacks, "xact_rollback"},
        {Counter::BlocksRead, "blks_read"},
        {Counter::BlocksHit, "blks_hit"},
        {Counter::RowsReturned, "tup_returned"},
        {Counter::RowsFetched, "tup_fetched"},
        {Counter::RowsInserted, "tup_inserted"},
        {Counter::RowsUpdated, "tup_updated"},
        {Counter::RowsDeleted, "tup_deleted"},
        {Counter::Deadlocks, "deadlocks"},
        {Counter::TempFiles, "temp_files"},
    };
    for (const auto &[counter, column] : columns)
        counters.values[size_t(counter)] = row.number(column);
    return overview;
}

QList<ActivityRow> readSessions(const PgConnection &connection, int cap, Error *error, qint64 *elapsedMs)
{
    const PgResult result
        = runResource(connection, QStringLiteral("sessions.sql"), {cap}, error, tr("Reading the sessions"), elapsedMs);
    QList<ActivityRow> sessions;
    sessions.reserve(result.rows.size());
    for (int i = 0; i < result.rows.size(); ++i) {
        const NamedRow row(result, i);
        ActivityRow session;
        session.pid = row.integer("pid");
        session.user = row.text("usename");
        session.application = row.text("application_name");
        session.client = row.text("client");
        session.database = row.text("datname");
        session.state = row.text("state");
        session.waitEventType = row.text("wait_event_type");
        session.waitEvent = row.text("wait_event");
        session.transactionSeconds = row.optionalReal("xact_age_s");
        session.querySeconds = row.optionalReal("query_age_s");
        session.stateSeconds = row.optionalReal("state_age_s");
        session.query = row.text("query");
        session.own = row.flag("own");
        session.blockedBy = pidList(row.text("blocked_by"));
        session.waitsFor = row.text("waits_for");
        sessions << session;
    }
    return sessions;
}

QString statementsQueryFor(const QString &extensionVersion)
{
    const QVersionNumber version = QVersionNumber::fromString(extensionVersion);
    if (version >= QVersionNumber(1, 11))
        return QStringLiteral("statements-1.11.sql");
    if (version >= QVersionNumber(1, 8))
        return QStringLiteral("statements-1.8.sql");
    return QStringLiteral("statements-1.7.sql");
}

QList<StatementRow> readStatements(const PgConnection &connection, const QString &extensionVersion, int cap,
    QHash<QString, QString> *knownTexts, Error *error, int *statementsRun)
{
    const PgResult figures = runResource(connection, statementsQueryFor(extensionVersion), {cap}, error,
        tr("Reading the statement statistics (pg_stat_statements %1)").arg(extensionVersion), nullptr);
    if (statementsRun)
        *statementsRun = 1;
    QList<StatementRow> statements;
    if (!figures.ok())
        return statements;
    QStringList missing;
    for (int i = 0; i < figures.rows.size(); ++i) {
        const NamedRow row(figures, i);
        StatementRow statement;
        statement.queryId = row.text("queryid");
        statement.role = row.text("role");
        statement.calls = row.number("calls");
        statement.totalMs = row.real("total_ms");
        statement.meanMs = row.real("mean_ms");
        statement.rows = row.number("rows");
        statement.blocksHit = row.number("blks_hit");
        statement.blocksRead = row.number("blks_read");
        statement.readMs = row.real("read_ms");
        statement.sharePercent = row.real("share");
        if (!knownTexts->contains(statement.queryId))
            missing << statement.queryId;
        statements << statement;
    }
    if (!missing.isEmpty()) {
        missing.removeDuplicates();
        const QString ids = QLatin1Char('{') + missing.join(QLatin1Char(',')) + QLatin1Char('}');
        const PgResult texts = runResource(connection, QStringLiteral("statement-texts.sql"), {ids}, error,
            tr("Reading the text of the statements shown"), nullptr);
        if (statementsRun)
            *statementsRun = 2;
        for (int i = 0; i < texts.rows.size(); ++i) {
            const NamedRow row(texts, i);
            knownTexts->insert(row.text("queryid"), row.text("query"));
        }
        // A statement whose text is gone (evicted) is not asked for again and again.
        for (const QString &id : std::as_const(missing))
            knownTexts->insert(id, knownTexts->value(id));
    }
    for (StatementRow &statement : statements)
        statement.text = knownTexts->value(statement.queryId);
    return statements;
}

QList<StandbyRow> readStandbys(const PgConnection &connection, Error *error)
{
    const PgResult result = runResource(
        connection, QStringLiteral("replication-standbys.sql"), {}, error, tr("Reading the standbys"), nullptr);
    QList<StandbyRow> standbys;
    for (int i = 0; i < result.rows.size(); ++i) {
        const NamedRow row(result, i);
        StandbyRow standby;
        standby.pid = row.integer("pid");
        standby.application = row.text("application_name");
        standby.client = row.text("client");
        standby.state = row.text("state");
        standby.syncState = row.text("sync_state");
        standby.sentLagBytes = row.optionalNumber("sent_lag_bytes");
        standby.writeLagBytes = row.optionalNumber("write_lag_bytes");
        standby.flushLagBytes = row.optionalNumber("flush_lag_bytes");
        standby.replayLagBytes = row.optionalNumber("replay_lag_bytes");
        standby.writeLagSeconds = row.optionalReal("write_lag_s");
        standby.flushLagSeconds = row.optionalReal("flush_lag_s");
        standby.replayLagSeconds = row.optionalReal("replay_lag_s");
        standbys << standby;
    }
    return standbys;
}

ReceiverStatus readReceiver(const PgConnection &connection, Error *error)
{
    const PgResult result = runResource(connection, QStringLiteral("replication-receiver.sql"), {}, error,
        tr("Reading this standby's replication"), nullptr);
    ReceiverStatus status;
    if (!result.ok() || result.rows.isEmpty())
        return status;
    const NamedRow row(result, 0);
    status.isStandby = true;
    status.receiveLsn = row.text("receive_lsn");
    status.replayLsn = row.text("replay_lsn");
    status.behindBytes = row.optionalNumber("replay_behind_bytes");
    status.replayLagSeconds = row.optionalReal("replay_lag_s");
    status.replayPaused = row.flag("replay_paused");
    status.receiverStatus = row.text("receiver_status");
    status.senderHost = row.text("sender_host");
    status.senderPort = row.integer("sender_port");
    return status;
}

qint64 readClusterBytes(const PgConnection &connection)
{
    Error error;
    const PgResult result = runResource(
        connection, QStringLiteral("cluster-size.sql"), {}, &error, tr("Reading the databases' size"), nullptr);
    return result.ok() && !result.rows.isEmpty() ? NamedRow(result, 0).number("bytes") : -1;
}

QList<TableSizeRow> readTableSizes(const PgConnection &connection, int cap, Error *error)
{
    const PgResult result = runResource(
        connection, QStringLiteral("table-sizes.sql"), {cap}, error, tr("Reading the table sizes"), nullptr);
    QList<TableSizeRow> tables;
    for (int i = 0; i < result.rows.size(); ++i) {
        const NamedRow row(result, i);
        TableSizeRow table;
        table.schema = row.text("schema_name");
        table.name = row.text("table_name");
        table.totalBytes = row.number("total_bytes");
        table.tableBytes = row.number("table_bytes");
        table.indexBytes = row.number("index_bytes");
        table.toastBytes = row.number("toast_bytes");
        table.liveRows = row.number("live_rows");
        table.deadRows = row.number("dead_rows");
        table.seqScans = row.number("seq_scan");
        table.indexScans = row.number("idx_scan");
        table.vacuumAgeSeconds = row.optionalReal("vacuum_age_s");
        table.analyzeAgeSeconds = row.optionalReal("analyze_age_s");
        tables << table;
    }
    return tables;
}

QList<IndexProblemRow> readIndexProblems(const PgConnection &connection, Error *error)
{
    const PgResult result = runResource(
        connection, QStringLiteral("index-problems.sql"), {}, error, tr("Reading the index problems"), nullptr);
    QList<IndexProblemRow> indexes;
    for (int i = 0; i < result.rows.size(); ++i) {
        const NamedRow row(result, i);
        IndexProblemRow index;
        index.schema = row.text("schema_name");
        index.table = row.text("table_name");
        index.index = row.text("index_name");
        const QString problem = row.text("problem");
        index.problem = problem == QLatin1String("invalid") ? IndexProblemRow::Problem::Invalid
            : problem == QLatin1String("duplicate")         ? IndexProblemRow::Problem::Duplicate
                                                            : IndexProblemRow::Problem::Unused;
        index.bytes = row.number("index_bytes");
        index.scans = row.number("idx_scan");
        index.duplicateOf = row.text("duplicate_of");
        indexes << index;
    }
    return indexes;
}

} // namespace MonitorQueries
