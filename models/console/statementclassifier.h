#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

// What a console statement would do, read from PostgreSQL's own parse tree: for read-only profiles, for
// confirmations of destructive statements and for following the transaction state.
struct StatementClass
{
    enum class Kind {
        Select,
        Insert,
        Update,
        Delete,
        Merge,
        Ddl,
        Truncate,
        Drop,
        Alter,
        TransactionControl,
        Explain,
        Utility, // SET, SHOW, VACUUM, LOCK, DO, CALL, ...
        Copy,
        Unknown
    };
    Kind kind = Kind::Unknown;
    // Changes nothing: no data, schema or server state. Stricter than PostgreSQL's read-only transactions in
    // two ways: maintenance commands (VACUUM, CLUSTER, REINDEX, CHECKPOINT) and statements that switch a
    // read-only transaction or session to read-write (BEGIN READ WRITE, SET default_transaction_read_only =
    // off) are not read-only. Functions called by a query are not inspected, except a few well-known ones
    // with side effects (nextval, setval, set_config, pg_terminate_backend, ...).
    bool readOnly = false;
    // INSERT/UPDATE/DELETE/MERGE/TRUNCATE/COPY FROM/SELECT INTO/CREATE TABLE AS, also inside WITH queries,
    // COPY (query) and EXPLAIN ANALYZE.
    bool writesData = false;
    // An UPDATE or DELETE (anywhere in the statement) without a real filter: no WHERE, a WHERE that is
    // always true ((1=1) OR x), or one that refers to no column, so that it matches all rows or none. A
    // MERGE that updates or deletes with such a join condition counts too.
    bool unfilteredWrite = false;
    bool destructive = false; // DROP, TRUNCATE, any ALTER
    enum class Transaction { None, Begin, Commit, Rollback, Savepoint, Release, RollbackToSavepoint, Prepare };
    Transaction transaction = Transaction::None;
    QStringList targetTables; // tables written, dropped, altered or truncated; schema-qualified if given
    QString summary; // one line in words for a confirmation dialog
    Error parseError; // set when the statement does not parse; sqlState "42601"
    int errorPosition = -1; // 0-based QString index of the parse error in the statement
};

// Classifies console statements with libpg_query (PostgreSQL's parser), never by looking at the text.
namespace StatementClassifier {

// Meant for one statement (one of StatementSplitter::split()'s). Given several, the flags are combined (read
// only if all are; the others if any is), the targets joined, and kind, transaction and summary are those
// of the most dangerous statement, the summary saying how many more there are. Thread-safe.
StatementClass classify(const QString &statement);

} // namespace StatementClassifier
