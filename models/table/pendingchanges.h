#pragma once

#include "tablequery.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

enum class RowState { Clean, Modified, Inserted, Deleted };

// One row as the table browser holds it: the values read (grid form), the user's edits on top, and what
// identifies the row on the server (key and xmin version) for writing it back.
struct TableRow
{
    QVariantList values; // shown values: a QString per cell or a null QVariant for NULL; edits applied
    QVariantList original; // as read from the server
    QList<bool> truncated; // the cell holds only the start of the value (or a bytea's size)
    QVariantList key; // key values as read; empty for an inserted row
    QString xmin; // row version as read; a changed xmin means someone else wrote the row
    RowState state = RowState::Clean;
    QSet<int> changed; // columns the user edited
    QString error; // what went wrong with this row in the last save
    QStringList foreignNames; // the names its foreign keys point at, as read (ForeignDisplay order)

    static TableRow fromResult(const TableQuery &query, const QVariantList &resultRow);
};

// One statement of a save, as the review dialog shows it and as save() runs it.
struct PendingChange
{
    int row = -1;
    QVariantList rowKey;
    QString table;
    RowState kind = RowState::Modified;
    QStringList columns; // the changed (or inserted) columns
    QVariantList before;
    QVariantList after;
    QString sql; // with $1..$n placeholders
    QVariantList binds;
    QVariantList rowValues; // the whole row after the change (to name the row in error messages)
};

// Turns the buffered rows into the statements that write them: UPDATE/DELETE by key and xmin (0 rows
// affected = conflict), INSERT of the columns the user set (defaults filled by the server), all RETURNING
// the grid's select list so the saved rows can be refreshed.
namespace PendingChanges {

QList<PendingChange> build(const TableQuery &query, const QList<TableRow> &rows);

} // namespace PendingChanges
