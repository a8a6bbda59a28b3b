#include "pendingchanges.h"

#include "pgstatement.h"

TableRow TableRow::fromResult(const TableQuery &query, const QVariantList &resultRow)
{
    TableRow row;
    row.xmin = resultRow.value(0).toString();
    row.key = query.keyOf(resultRow);
    for (int c = 0; c < query.columnCount(); ++c) {
        const QVariant value = resultRow.value(query.valueIndex(c));
        const int lengthIndex = query.lengthIndex(c);
        bool truncated = false;
        if (lengthIndex >= 0 && !value.isNull()) {
            const qint64 bytes = resultRow.value(lengthIndex).toLongLong();
            truncated = query.isBinary(c) || bytes > value.toString().toUtf8().size();
        }
        row.values << value;
        row.truncated << truncated;
    }
    row.original = row.values;
    return row;
}

namespace {

PendingChange describe(const TableQuery &query, const TableRow &row, int index)
{
    PendingChange change;
    change.row = index;
    change.rowKey = row.key;
    change.table = query.table().qualifiedName();
    change.kind = row.state;
    change.rowValues = row.values;
    QList<int> columns(row.changed.begin(), row.changed.end());
    std::sort(columns.begin(), columns.end());
    for (int c : columns) {
        change.columns << query.columnName(c);
        change.before << (row.state == RowState::Inserted ? QVariant() : row.original.value(c));
        change.after << row.values.value(c);
    }
    return change;
}

void buildUpdate(const TableQuery &query, const TableRow &row, PendingChange &change)
{
    QStringList sets;
    for (int i = 0; i < change.columns.size(); ++i)
        sets << PgStatement::quoteIdentifier(change.columns[i]) + QLatin1String(" = ")
                + bindValue(change.binds, change.after[i]);
    const QString where = query.rowCondition(row.key, row.xmin, change.binds);
    change.sql = QStringLiteral("UPDATE %1 SET %2 %3 RETURNING %4")
                     .arg(query.qualifiedName(), sets.join(QLatin1String(", ")), where, query.selectList());
}

void buildInsert(const TableQuery &query, PendingChange &change)
{
    // Columns the user did not set are left out, so the server applies their defaults (SERIAL, now()).
    if (change.columns.isEmpty()) {
        change.sql = QStringLiteral("INSERT INTO %1 DEFAULT VALUES RETURNING %2")
                         .arg(query.qualifiedName(), query.selectList());
        return;
    }
    QStringList names;
    QStringList values;
    for (int i = 0; i < change.columns.size(); ++i) {
        names << PgStatement::quoteIdentifier(change.columns[i]);
        values << bindValue(change.binds, change.after[i]);
    }
    change.sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING %4")
                     .arg(query.qualifiedName(), names.join(QLatin1String(", ")), values.join(QLatin1String(", ")),
                         query.selectList());
}

} // namespace

namespace PendingChanges {

QList<PendingChange> build(const TableQuery &query, const QList<TableRow> &rows)
{
    QList<PendingChange> changes;
    for (int i = 0; i < rows.size(); ++i) {
        const TableRow &row = rows[i];
        if (row.state == RowState::Clean || (row.state == RowState::Modified && row.changed.isEmpty()))
            continue;
        PendingChange change = describe(query, row, i);
        if (row.state == RowState::Modified) {
            buildUpdate(query, row, change);
        } else if (row.state == RowState::Inserted) {
            buildInsert(query, change);
        } else {
            const QString where = query.rowCondition(row.key, row.xmin, change.binds);
            change.sql = QStringLiteral("DELETE FROM %1 %2").arg(query.qualifiedName(), where);
        }
        changes << change;
    }
    return changes;
}

} // namespace PendingChanges
