#include "catalogtypes.h"

QStringList TableInfo::primaryKey() const
{
    for (const ConstraintInfo &constraint : constraints) {
        if (constraint.type == ConstraintInfo::Type::PrimaryKey)
            return constraint.columns;
    }
    return {};
}

const ColumnInfo *TableInfo::column(const QString &name) const
{
    for (const ColumnInfo &column : columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

QList<ConstraintInfo> TableInfo::foreignKeys() const
{
    QList<ConstraintInfo> keys;
    for (const ConstraintInfo &constraint : constraints) {
        if (constraint.type == ConstraintInfo::Type::ForeignKey)
            keys << constraint;
    }
    return keys;
}

const TableInfo *CatalogSnapshot::findTable(const QString &name) const
{
    const int dot = name.indexOf(QLatin1Char('.'));
    const QString schemaName = dot > 0 ? name.left(dot) : QStringLiteral("public");
    const QString tableName = dot > 0 ? name.mid(dot + 1) : name;
    for (const SchemaInfo &schema : schemas) {
        if (schema.name != schemaName)
            continue;
        for (const TableInfo &table : schema.tables) {
            if (table.name == tableName)
                return &table;
        }
    }
    if (dot > 0)
        return nullptr;
    for (const SchemaInfo &schema : schemas) {
        for (const TableInfo &table : schema.tables) {
            if (table.name == tableName)
                return &table;
        }
    }
    return nullptr;
}

QList<IncomingReference> CatalogSnapshot::referencesTo(const QString &schema, const QString &table) const
{
    QList<IncomingReference> references;
    for (const SchemaInfo &s : schemas) {
        for (const TableInfo &t : s.tables) {
            for (const ConstraintInfo &c : t.constraints) {
                if (c.type == ConstraintInfo::Type::ForeignKey && c.referencedSchema == schema
                    && c.referencedTable == table)
                    references << IncomingReference {t.schema, t.name, c};
            }
        }
    }
    return references;
}

int CatalogSnapshot::tableCount() const
{
    int count = 0;
    for (const SchemaInfo &schema : schemas)
        count += schema.tables.size();
    return count;
}
