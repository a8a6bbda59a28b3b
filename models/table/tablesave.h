#pragma once

#include "connection/pgconnection.h"
#include "constraintmessage.h"

#include <QVariantMap>

// What one save() transaction ended in: committed (with the rows as the server now has them), a conflict
// with someone else's write, or a failure in words. In every case but success nothing was applied.
struct SaveOutcome
{
    bool committed = false;
    QList<QPair<int, QVariantList>> refreshed; // model row -> RETURNING row (same layout as a page row)
    int conflictRow = -1;
    QVariantMap theirValues; // the other writer's version of conflictRow; empty if they deleted it
    QString conflictWords;
    SaveFailure failure;
};

// Runs the statements of a save in one transaction on the worker thread: stops at the first error, the
// first conflict (0 rows affected by key + xmin) or a statement touching more than its one row, and then
// rolls back, so that nothing is half-applied and nothing is silently overwritten. The transaction carries
// the table's write lock itself (nothing is set on the session, which the table tabs share and a pooler may
// swap): READ ONLY while a production table is locked, READ WRITE once the user unlocked it.
namespace TableSave {

enum class Access {
    Default, // a development database: the server's default
    ReadOnly, // production, locked: the server refuses the writes
    ReadWrite, // production, unlocked for this table
};

SaveOutcome run(const PgConnection &conn, const TableQuery &query, const QList<PendingChange> &changes,
    std::shared_ptr<const CatalogSnapshot> catalog, Access access);
// The statement that opens the save's transaction: what run() sends and what the review shows.
QString beginStatement(Access access);
// What run() will send, as text for the user to review: the transaction around the statements, each with
// its bound values in a comment beside it (values are bound, never part of the SQL).
QString script(const QList<PendingChange> &changes, Access access);

} // namespace TableSave
