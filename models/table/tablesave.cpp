#include "tablesave.h"

#include <QCoreApplication>

namespace {

// Reads the row as it is on the server now, to show the user the version that conflicts with theirs.
void describeConflict(const PgConnection &conn, const TableQuery &query, const PendingChange &change, SaveOutcome &out)
{
    out.conflictRow = change.row;
    QVariantList binds;
    const QString where = query.rowCondition(change.rowKey, QString(), binds);
    const PgResult now = conn.exec(
        QStringLiteral("SELECT %1 FROM %2 %3").arg(query.selectList(), query.qualifiedName(), where), binds);
    if (!now.ok() || now.rows.isEmpty()) {
        out.conflictWords = QCoreApplication::translate(
            "TableDataModel", "Someone else deleted this row after it was read; your change was not saved.");
        return;
    }
    for (int c = 0; c < query.columnCount(); ++c)
        out.theirValues.insert(query.columnName(c), now.rows.first().value(query.valueIndex(c)));
    out.conflictWords = QCoreApplication::translate("TableDataModel",
        "Someone else changed this row after it was read; your change was not saved. "
        "Reload the row to see their version.");
}

void rollback(const PgConnection &conn)
{
    conn.exec(QStringLiteral("ROLLBACK"));
}

} // namespace

namespace TableSave {

SaveOutcome run(const PgConnection &conn, const TableQuery &query, const QList<PendingChange> &changes,
    std::shared_ptr<const CatalogSnapshot> catalog, Access access)
{
    SaveOutcome out;
    // The lock, or the unlock, belongs to this one transaction, so other tabs on the same session keep theirs.
    const PgResult begin = conn.exec(beginStatement(access));
    if (!begin.ok()) {
        out.failure = {-1, -1, begin.error, begin.error.why};
        return out;
    }
    for (const PendingChange &change : changes) {
        const PgResult result = conn.exec(change.sql, change.binds);
        if (!result.ok()) {
            rollback(conn);
            out.failure = ConstraintMessage::describe(conn, *catalog, query, change, result);
            return out;
        }
        if (change.kind != RowState::Inserted && result.rowsAffected == 0) {
            rollback(conn);
            describeConflict(conn, query, change, out);
            return out;
        }
        if (result.rowsAffected > 1) {
            rollback(conn);
            const QString words = QCoreApplication::translate(
                "TableDataModel", "The change would have touched %1 rows instead of one; nothing was saved.")
                                      .arg(result.rowsAffected);
            out.failure = {change.row, -1,
                Error {QCoreApplication::translate("TableDataModel", "Saving changes"), words, {}, change.sql}, words};
            return out;
        }
        if (change.kind != RowState::Deleted && !result.rows.isEmpty())
            out.refreshed << qMakePair(change.row, result.rows.first());
    }
    const PgResult commit = conn.exec(QStringLiteral("COMMIT"));
    if (!commit.ok()) { // a failed COMMIT has already rolled back
        out.refreshed.clear();
        out.failure = {-1, -1, commit.error, commit.error.why};
        return out;
    }
    out.committed = true;
    return out;
}

QString beginStatement(Access access)
{
    switch (access) {
    case Access::ReadOnly:
        return QStringLiteral("BEGIN READ ONLY");
    case Access::ReadWrite:
        return QStringLiteral("BEGIN READ WRITE");
    case Access::Default:
        break;
    }
    return QStringLiteral("BEGIN");
}

QString script(const QList<PendingChange> &changes, Access access)
{
    const auto shown = [](const QVariant &value) {
        return value.isNull() ? QStringLiteral("NULL") : value.toString().left(200);
    };
    QString text = beginStatement(access) + QStringLiteral(";\n");
    for (const PendingChange &change : changes) {
        QStringList binds;
        for (int i = 0; i < change.binds.size(); ++i)
            binds << QStringLiteral("$%1 = %2").arg(i + 1).arg(shown(change.binds[i]));
        text += change.sql + QStringLiteral(";\n    -- ") + binds.join(QStringLiteral(", ")) + QLatin1Char('\n');
    }
    return text + QStringLiteral("COMMIT;\n");
}

} // namespace TableSave
