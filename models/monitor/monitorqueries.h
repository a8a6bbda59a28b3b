#pragma once

#include "common/error.h"
#include "monitor/monitortypes.h"

#include <QHash>

class PgConnection;

// The worker-thread half of the dashboard: each function runs one query from resources/sql/monitor/ on a
// Session's connection (inside Session::call) and turns its rows into values. Columns are found by name. Each
// query runs in a transaction of its own with the dashboard's statement and lock timeouts (session-limits.sql,
// sent in the same round trip), so nothing is left on the session.
namespace MonitorQueries {

// Caps that keep a server with thousands of sessions or statements cheap to watch.
inline constexpr int SessionRowCap = 1000;
inline constexpr int StatementRowCap = 100;
inline constexpr int TableRowCap = 500;

// monitor/overview.sql: the header figures and counters.
ServerOverview readOverview(const PgConnection &connection, Error *error, qint64 *elapsedMs = nullptr);

// monitor/sessions.sql: client backends with what blocks them, at most cap rows.
QList<ActivityRow> readSessions(const PgConnection &connection, int cap, Error *error, qint64 *elapsedMs = nullptr);

// Which figure columns an installed pg_stat_statements version has: the statements-<version>.sql to use.
// "1.7" and older: total_time; 1.8 – 1.10: total_exec_time; 1.11 on: shared_blk_read_time.
QString statementsQueryFor(const QString &extensionVersion);

// The statements' figures (showtext := false), then the text of those not in knownTexts (queryid → text),
// which gains them. At most two statements; one when every text is known.
QList<StatementRow> readStatements(const PgConnection &connection, const QString &extensionVersion, int cap,
    QHash<QString, QString> *knownTexts, Error *error, int *statementsRun = nullptr);

// monitor/replication-standbys.sql: the standbys streaming from this server.
QList<StandbyRow> readStandbys(const PgConnection &connection, Error *error);
// monitor/replication-receiver.sql: this server's own replication when it is a standby.
ReceiverStatus readReceiver(const PgConnection &connection, Error *error);

// monitor/cluster-size.sql: bytes in every database the role may size (what the data volume holds, less WAL);
// -1 when it could not be read.
qint64 readClusterBytes(const PgConnection &connection);

// monitor/table-sizes.sql: the largest tables of every user schema, at most cap.
QList<TableSizeRow> readTableSizes(const PgConnection &connection, int cap, Error *error);
// monitor/index-problems.sql: invalid, duplicate and unused indexes.
QList<IndexProblemRow> readIndexProblems(const PgConnection &connection, Error *error);

} // namespace MonitorQueries
