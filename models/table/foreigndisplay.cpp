#include "foreigndisplay.h"

#include "pgstatement.h"

namespace {

bool isTextType(const QString &type)
{
    return type == QLatin1String("text") || type.startsWith(QLatin1String("character"))
        || type == QLatin1String("citext") || type == QLatin1String("name");
}

// A name people recognise a row by; else the first text column that is neither key nor secret.
QString displayColumnOf(const TableInfo &table)
{
    for (const char *preferred : {"username", "name", "title", "label", "display_name", "login"}) {
        const ColumnInfo *column = table.column(QLatin1String(preferred));
        if (column && isTextType(column->type))
            return column->name;
    }
    for (const ColumnInfo &column : table.columns) {
        if (!column.primaryKey && isTextType(column.type) && !isSensitiveColumnName(column.name))
            return column.name;
    }
    return {};
}

} // namespace

bool isSensitiveColumnName(const QString &name)
{
    return name.contains(QLatin1String("password"), Qt::CaseInsensitive)
        || name.contains(QLatin1String("secret"), Qt::CaseInsensitive)
        || name.contains(QLatin1String("token"), Qt::CaseInsensitive);
}

QList<ForeignDisplay> ForeignDisplay::forTable(const CatalogSnapshot &catalog, const TableQuery &query)
{
    QList<ForeignDisplay> list;
    for (const ConstraintInfo &fk : query.table().foreignKeys()) {
        if (fk.columns.size() != 1 || fk.referencedColumns.size() != 1)
            continue;
        const TableInfo *referenced = catalog.findTable(fk.referencedSchema + QLatin1Char('.') + fk.referencedTable);
        if (!referenced)
            continue;
        ForeignDisplay display;
        display.displayColumn = displayColumnOf(*referenced);
        if (display.displayColumn.isEmpty())
            continue;
        for (int c = 0; c < query.columnCount(); ++c) {
            if (query.columnName(c) == fk.columns.first())
                display.column = c;
        }
        display.referencedTable = PgStatement::quoteIdentifier(referenced->schema) + QLatin1Char('.')
            + PgStatement::quoteIdentifier(referenced->name);
        display.referencedColumn = fk.referencedColumns.first();
        list << display;
    }
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.column < b.column; });
    return list;
}

BoundSql ForeignDisplay::withNames(
    const TableQuery &query, const QList<ForeignDisplay> &foreign, const BoundSql &page, bool ascending)
{
    if (foreign.isEmpty())
        return page;
    QStringList names;
    for (int i = 0; i < foreign.size(); ++i) {
        const ForeignDisplay &display = foreign[i];
        names << QStringLiteral("(SELECT r.%1::text FROM %2 r WHERE r.%3 = p.%4) AS \"__fk%5\"")
                     .arg(PgStatement::quoteIdentifier(display.displayColumn), display.referencedTable,
                         PgStatement::quoteIdentifier(display.referencedColumn),
                         PgStatement::quoteIdentifier(query.columnName(display.column)), QString::number(i));
    }
    BoundSql out = page;
    out.sql = QStringLiteral("SELECT p.*, %1 FROM (%2) p ORDER BY %3")
                  .arg(names.join(QLatin1String(", ")), page.sql, query.orderBy(ascending, QStringLiteral("p")));
    return out;
}

int ForeignDisplay::nameIndex(const TableQuery &query, int display)
{
    int large = 0;
    for (int c = 0; c < query.columnCount(); ++c)
        large += query.isLarge(c) ? 1 : 0;
    return query.valueIndex(query.columnCount()) + large + display;
}
