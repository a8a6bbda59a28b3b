#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <array>
#include <optional>

// The cumulative counters of pg_stat_database that the dashboard turns into per-second rates.
enum class Counter {
    Commits,
    Rollbacks,
    BlocksRead,
    BlocksHit,
    RowsReturned,
    RowsFetched,
    RowsInserted,
    RowsUpdated,
    RowsDeleted,
    Deadlocks,
    TempFiles,
};
inline constexpr int CounterCount = int(Counter::TempFiles) + 1;

// One reading of the counters: when it was taken (seconds on a clock that only moves forward, e.g. the
// server's clock_timestamp()) and when the statistics were last reset (a change means the counters restarted).
struct CounterSample
{
    double seconds = 0;
    std::optional<double> statsReset; // epoch seconds; none when never reset
    std::array<qint64, CounterCount> values {};

    qint64 value(Counter counter) const { return values[size_t(counter)]; }
};

// The header figures of the dashboard: one row of monitor/overview.sql.
struct ServerOverview
{
    QString serverVersion;
    double uptimeSeconds = 0;
    qint64 databaseBytes = 0;
    int connections = 0; // client backends on the whole server
    int maxConnections = 0;
    int reservedConnections = 0; // superuser_reserved_connections
    int roleLimit = -1; // rolconnlimit of the connected role; -1: none
    int roleConnections = 0;
    int databaseLimit = -1; // datconnlimit; -1: none
    int databaseConnections = 0;
    // Client backends by state, the dashboard's own left out.
    int active = 0;
    int idle = 0;
    int idleInTransaction = 0;
    int waiting = 0; // waiting on a lock
    std::optional<double> oldestTransactionSeconds;
    qint64 tempBytes = 0;
    bool inRecovery = false; // a standby
    std::optional<double> replayLagSeconds; // on a standby: age of the last replayed transaction
    int standbys = 0; // on a primary: connected standbys (pg_stat_replication)
    QString statementsVersion; // pg_stat_statements' extversion in this database; empty: not installed
    bool statementsLoaded = false; // the library is loaded (shared_preload_libraries)
    CounterSample counters;

    // blks_hit / (blks_hit + blks_read) since the statistics were reset, 0..1; none before any block was read.
    std::optional<double> cacheHitRatio() const;
};

// One client backend of pg_stat_activity (a row of monitor/sessions.sql).
struct ActivityRow
{
    int pid = 0;
    QString user;
    QString application;
    QString client;
    QString database;
    QString state; // active, idle, idle in transaction, ...; empty when the role may not see it
    QString waitEventType;
    QString waitEvent;
    std::optional<double> transactionSeconds;
    std::optional<double> querySeconds;
    std::optional<double> stateSeconds;
    QString query;
    bool own = false; // the dashboard's own backend
    QList<int> blockedBy; // pg_blocking_pids, for sessions waiting on a lock
    QString waitsFor; // the locks it waits for, in words ("ShareLock on transaction (transaction 123)")

    bool isIdle() const { return state == QLatin1String("idle"); }
    bool isIdleInTransaction() const { return state.startsWith(QLatin1String("idle in transaction")); }
};

// One statement of pg_stat_statements (top-level and nested rows added up), text read separately.
struct StatementRow
{
    QString queryId;
    QString role;
    qint64 calls = 0;
    double totalMs = 0;
    double meanMs = 0;
    qint64 rows = 0;
    qint64 blocksHit = 0;
    qint64 blocksRead = 0;
    double readMs = 0;
    double sharePercent = 0; // of the total time of all statements in this database
    QString text;

    std::optional<double> cacheHitRatio() const;
};

// One table's sizes, rows and upkeep (a row of monitor/table-sizes.sql).
struct TableSizeRow
{
    QString schema;
    QString name;
    qint64 totalBytes = 0;
    qint64 tableBytes = 0;
    qint64 indexBytes = 0;
    qint64 toastBytes = 0;
    qint64 liveRows = 0;
    qint64 deadRows = 0;
    qint64 seqScans = 0;
    qint64 indexScans = 0;
    std::optional<double> vacuumAgeSeconds; // since the last (auto)vacuum; none: never
    std::optional<double> analyzeAgeSeconds; // since the last (auto)analyze; none: never
};

// An index worth a look (a row of monitor/index-problems.sql).
struct IndexProblemRow
{
    enum class Problem { Invalid, Duplicate, Unused };
    QString schema;
    QString table;
    QString index;
    Problem problem = Problem::Unused;
    qint64 bytes = 0;
    qint64 scans = 0;
    QString duplicateOf;
};

// One standby streaming from this server (a row of monitor/replication-standbys.sql): how far behind it is at
// each stage, in bytes of WAL and (once it has caught up at least once) in time.
struct StandbyRow
{
    int pid = 0; // the WAL sender's
    QString application; // the standby's application_name (its cluster_name, or "walreceiver")
    QString client; // host name or address; empty over a local socket
    QString state; // startup, catchup, streaming, backup, stopping
    QString syncState; // async, potential, sync, quorum
    std::optional<qint64> sentLagBytes;
    std::optional<qint64> writeLagBytes;
    std::optional<qint64> flushLagBytes;
    std::optional<qint64> replayLagBytes;
    std::optional<double> writeLagSeconds;
    std::optional<double> flushLagSeconds;
    std::optional<double> replayLagSeconds;
};

// What a standby knows of its own replication (monitor/replication-receiver.sql); isStandby is false on a
// primary.
struct ReceiverStatus
{
    bool isStandby = false;
    QString receiveLsn; // received from the primary (empty before the WAL receiver has received anything)
    QString replayLsn;
    std::optional<qint64> behindBytes; // received but not yet replayed
    std::optional<double> replayLagSeconds; // since the last replayed transaction committed on the primary
    bool replayPaused = false;
    QString receiverStatus; // streaming, ...; empty when no WAL receiver runs (e.g. restoring from an archive)
    QString senderHost;
    int senderPort = 0;
};

Q_DECLARE_METATYPE(ServerOverview)
