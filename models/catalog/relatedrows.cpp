#include "relatedrows.h"

#include <QCoreApplication>

namespace {

int columnIndex(const TableInfo &table, const QString &name)
{
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c].name == name)
            return c;
    }
    return -1;
}

bool isSet(const QVariant &value)
{
    return value.isValid() && !value.isNull();
}

} // namespace

QList<RelatedRows> relatedRowsFor(
    const CatalogSnapshot &catalog, const QString &tableName, int column, const QVariantList &rowValues)
{
    QList<RelatedRows> related;
    const TableInfo *table = catalog.findTable(tableName);
    if (!table || column < 0 || column >= table->columns.size())
        return related;
    // The row this cell's foreign key points at.
    const QVariant cell = rowValues.value(column);
    for (const ConstraintInfo &fk : table->foreignKeys()) {
        const TableInfo *target = catalog.findTable(fk.referencedSchema + QLatin1Char('.') + fk.referencedTable);
        if (fk.columns != QStringList {table->columns[column].name} || !target || !isSet(cell))
            continue;
        related << RelatedRows {
            QCoreApplication::translate("RelatedRows", "Open %1 %2").arg(target->name, cell.toString()),
            target->qualifiedName(), columnIndex(*target, fk.referencedColumns.value(0)), cell};
    }
    // Rows elsewhere that point at this row: "messages of this user", "followers", ...
    for (const IncomingReference &ref : catalog.referencesTo(table->schema, table->name)) {
        const TableInfo *source = catalog.findTable(ref.schema + QLatin1Char('.') + ref.table);
        if (!source || ref.constraint.columns.size() != 1)
            continue;
        const QVariant key = rowValues.value(columnIndex(*table, ref.constraint.referencedColumns.value(0)));
        if (!isSet(key))
            continue;
        const QString via = ref.constraint.columns.first();
        related << RelatedRows {
            QCoreApplication::translate("RelatedRows", "Show %1 where %2 = %3").arg(ref.table, via, key.toString()),
            source->qualifiedName(), columnIndex(*source, via), key};
    }
    return related;
}
