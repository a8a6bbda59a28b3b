#pragma once

#include "catalog/catalogtypes.h"

#include <QList>
#include <QString>
#include <QVariant>

// One place a foreign key leads from a row: the row a cell's foreign key points at ("Open users 42"), or the
// rows of another table that point at this row ("Show messages where user_id = 42"). Opening it means showing
// table with column (an index into its columns) equal to value.
struct RelatedRows
{
    QString label;
    QString table; // "schema.table"
    int column = -1;
    QVariant value;
};

// Where foreign keys lead from the cell at column of a row of table ("schema.table"): first the row the cell
// points at, then the rows elsewhere that point at this row. rowValues holds the row's values in the order of
// the table's columns, a null QVariant for NULL. Only single-column keys are followed.
QList<RelatedRows> relatedRowsFor(
    const CatalogSnapshot &catalog, const QString &table, int column, const QVariantList &rowValues);
