#include "constraintmessage.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

const ConstraintInfo *findConstraint(const TableInfo *table, const QString &name)
{
    if (!table)
        return nullptr;
    for (const ConstraintInfo &constraint : table->constraints) {
        if (constraint.name == name)
            return &constraint;
    }
    return nullptr;
}

int columnIndex(const TableQuery &query, const QString &name)
{
    for (int c = 0; c < query.columnCount(); ++c) {
        if (query.columnName(c) == name)
            return c;
    }
    return -1;
}

QString typeInWords(const QString &type)
{
    if (type == QLatin1String("integer") || type == QLatin1String("bigint") || type == QLatin1String("smallint"))
        return QCoreApplication::translate("TableDataModel", "integer");
    if (type == QLatin1String("numeric") || type.startsWith(QLatin1String("double")) || type == QLatin1String("real"))
        return QCoreApplication::translate("TableDataModel", "number");
    if (type == QLatin1String("boolean"))
        return QCoreApplication::translate("TableDataModel", "true/false value");
    if (type.startsWith(QLatin1String("timestamp")) || type == QLatin1String("date")
        || type.startsWith(QLatin1String("time")))
        return QCoreApplication::translate("TableDataModel", "date/time");
    return type;
}

// 23505: names the row that already holds the value, looked up by the unique key's columns.
QString uniqueWords(
    const PgConnection &conn, const TableQuery &query, const PendingChange &change, const QStringList &columns)
{
    QVariantList binds;
    QStringList conditions;
    for (const QString &name : columns)
        conditions << PgStatement::quoteIdentifier(name) + QLatin1String(" = ")
                + bindValue(binds, change.rowValues.value(columnIndex(query, name)));
    QStringList keys;
    for (int c : query.keyColumns())
        keys << PgStatement::quoteIdentifier(query.columnName(c)) + QLatin1String("::text");
    PgResult other;
    if (!keys.isEmpty())
        other = conn.exec(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 LIMIT 1")
                .arg(keys.join(QLatin1String(", ")), query.qualifiedName(), conditions.join(QLatin1String(" AND "))),
            binds);
    const QString what = columns.join(QLatin1String(" + "));
    if (other.ok() && !other.rows.isEmpty()) {
        QStringList key;
        for (const QVariant &value : other.rows.first())
            key << value.toString();
        return QCoreApplication::translate("TableDataModel", "This %1 is already used by %2 %3.")
            .arg(what, ConstraintMessage::rowNoun(query.table().name), key.join(QLatin1String(", ")));
    }
    return QCoreApplication::translate("TableDataModel", "This %1 is already used by another row.").arg(what);
}

QString foreignKeyWords(const CatalogSnapshot &catalog, const TableQuery &query, const PendingChange &change,
    const PgResult &result, int *column)
{
    const TableInfo &table = query.table();
    if (change.kind == RowState::Deleted || (!result.table.isEmpty() && result.table != table.name)) {
        // Our row is still referenced: the error names the referencing table and its constraint.
        const TableInfo *referencing = catalog.findTable(table.schema + QLatin1Char('.') + result.table);
        const ConstraintInfo *fk = findConstraint(referencing, result.constraint);
        const QString where
            = fk ? result.table + QLatin1Char('.') + fk->columns.join(QLatin1String(", ")) : result.table;
        return QCoreApplication::translate("TableDataModel", "This %1 still has %2 (%3); delete or move those first.")
            .arg(ConstraintMessage::rowNoun(table.name), result.table, where);
    }
    const ConstraintInfo *fk = findConstraint(&table, result.constraint);
    if (!fk)
        return QCoreApplication::translate("TableDataModel", "A referenced row does not exist (%1).")
            .arg(result.constraint);
    QStringList values;
    for (const QString &name : fk->columns) {
        *column = columnIndex(query, name);
        values << change.rowValues.value(*column).toString();
    }
    return QCoreApplication::translate("TableDataModel", "There is no %1 with %2 %3.")
        .arg(ConstraintMessage::rowNoun(fk->referencedTable), fk->referencedColumns.join(QLatin1String(", ")),
            values.join(QLatin1String(", ")));
}

QString checkWords(const TableQuery &query, const PgResult &result, int *column)
{
    const ConstraintInfo *check = findConstraint(&query.table(), result.constraint);
    if (!check)
        return QCoreApplication::translate("TableDataModel", "The row breaks the rule %1.").arg(result.constraint);
    // "visibility IN ('public', 'private')" reads best as the list of allowed values.
    static const QRegularExpression literal(QStringLiteral("'((?:[^']|'')*)'"));
    QStringList allowed;
    for (auto it = literal.globalMatch(check->definition); it.hasNext();)
        allowed << it.next().captured(1).replace(QLatin1String("''"), QLatin1String("'"));
    const bool isList
        = check->definition.contains(QLatin1String("ANY")) || check->definition.contains(QLatin1String(" IN "));
    if (check->columns.size() == 1 && isList && allowed.size() >= 2) {
        *column = columnIndex(query, check->columns.first());
        const QString last = allowed.takeLast();
        return QCoreApplication::translate("TableDataModel", "%1 must be %2 or %3 (rule %4).")
            .arg(check->columns.first(), allowed.join(QLatin1String(", ")), last, check->name);
    }
    if (check->columns.size() == 1)
        *column = columnIndex(query, check->columns.first());
    return QCoreApplication::translate("TableDataModel", "The row breaks the rule %1: %2.")
        .arg(check->name, check->definition);
}

QString invalidInputWords(const TableQuery &query, const PendingChange &change, const PgResult &result, int *column)
{
    static const QRegularExpression typed(QStringLiteral("type ([^:]+): \"(.*)\"$"));
    static const QRegularExpression value(QStringLiteral(": \"(.*)\"$"));
    const auto typedMatch = typed.match(result.error.why);
    const auto valueMatch = value.match(result.error.why);
    const QString text = valueMatch.hasMatch() ? valueMatch.captured(1) : QString();
    const QString type = typedMatch.hasMatch() ? typeInWords(typedMatch.captured(1))
                                               : QCoreApplication::translate("TableDataModel", "date/time");
    for (int i = 0; i < change.columns.size(); ++i) {
        if (change.after.value(i).toString() == text)
            *column = columnIndex(query, change.columns[i]);
    }
    if (*column < 0)
        return QCoreApplication::translate("TableDataModel", "'%1' is not a valid %2.").arg(text, type);
    return QCoreApplication::translate("TableDataModel", "'%1' is not a valid %2 for %3.")
        .arg(text, type, query.columnName(*column));
}

} // namespace

namespace ConstraintMessage {

QString rowNoun(const QString &table)
{
    if (table.endsWith(QLatin1String("ies")))
        return table.chopped(3) + QLatin1Char('y');
    if (table.endsWith(QLatin1Char('s')) && !table.endsWith(QLatin1String("ss")))
        return table.chopped(1);
    return table;
}

SaveFailure describe(const PgConnection &conn, const CatalogSnapshot &catalog, const TableQuery &query,
    const PendingChange &change, const PgResult &result)
{
    SaveFailure failure {change.row, -1, result.error, {}};
    const QString state = result.error.sqlState;
    if (state == QLatin1String("23505")) {
        const ConstraintInfo *unique = findConstraint(&query.table(), result.constraint);
        QStringList columns = unique ? unique->columns : QStringList();
        static const QRegularExpression key(QStringLiteral("^Key \\(([^)]*)\\)="));
        if (columns.isEmpty()) // a unique index that is not a constraint: the DETAIL names the columns
            columns = key.match(result.error.detail).captured(1).split(QLatin1String(", "), Qt::SkipEmptyParts);
        failure.column = columnIndex(query, columns.value(0));
        failure.plainWords = uniqueWords(conn, query, change, columns);
    } else if (state == QLatin1String("23503")) {
        failure.plainWords = foreignKeyWords(catalog, query, change, result, &failure.column);
    } else if (state == QLatin1String("23514")) {
        failure.plainWords = checkWords(query, result, &failure.column);
    } else if (state == QLatin1String("23502")) {
        failure.column = columnIndex(query, result.column);
        failure.plainWords = QCoreApplication::translate("TableDataModel", "%1 is required.").arg(result.column);
    } else if (state == QLatin1String("22P02") || state == QLatin1String("22007") || state == QLatin1String("22008")) {
        failure.plainWords = invalidInputWords(query, change, result, &failure.column);
    } else if (state == QLatin1String("25006")) {
        failure.plainWords = QCoreApplication::translate(
            "TableDataModel", "This connection is read-only (a production database): unlock writes to save changes.");
    } else {
        failure.plainWords = result.error.why;
    }
    return failure;
}

QString forRead(const Error &error)
{
    if (error.sqlState == QLatin1String("42601"))
        return QCoreApplication::translate("TableDataModel", "The filter has a syntax error: %1.").arg(error.why);
    if (error.sqlState == QLatin1String("42703") || error.sqlState == QLatin1String("42883"))
        return QCoreApplication::translate("TableDataModel", "The filter refers to something that does not exist: %1.")
            .arg(error.why);
    if (error.sqlState == QLatin1String("22P02") || error.sqlState == QLatin1String("22007"))
        return QCoreApplication::translate("TableDataModel", "A filter value does not fit its column: %1.")
            .arg(error.why);
    return error.why;
}

} // namespace ConstraintMessage
