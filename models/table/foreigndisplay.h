#pragma once

#include "tablequery.h"

#include <QList>
#include <QString>

// How a single-column foreign key is shown in words: for messages.user_id the referenced user's username.
// A page's names come in the same query as the page (withNames()): the keyset scan runs first with its
// LIMIT, then one index lookup per row and foreign key, so nothing is cached and nothing grows.
struct ForeignDisplay
{
    int column = -1; // the referencing column in the browsed table
    QString referencedTable; // quoted "schema"."table"
    QString referencedColumn;
    QString displayColumn;

    // The foreign keys of query's table that have something to show, in column order.
    static QList<ForeignDisplay> forTable(const CatalogSnapshot &catalog, const TableQuery &query);
    // The page query wrapped so that each row also carries the names of its foreign keys, as extra columns
    // after the page's own (nameIndex()), in the page's order. ascending: the page's read direction.
    static BoundSql withNames(
        const TableQuery &query, const QList<ForeignDisplay> &foreign, const BoundSql &page, bool ascending);
    static int nameIndex(const TableQuery &query, int display);
};

// Masked by default: columns whose name says they hold a password, secret or token.
bool isSensitiveColumnName(const QString &name);
