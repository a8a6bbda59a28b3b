#pragma once

#include "tablequery.h"

#include <QHash>
#include <QList>
#include <QString>

class PgConnection;

// How a single-column foreign key is shown in words: for messages.user_id the referenced user's username.
// The values are looked up per page with one query per foreign key (WHERE key = ANY($1)) and cached by the
// model, rather than joined into the page query, so that the page query stays a plain keyset scan.
struct ForeignDisplay
{
    int column = -1; // the referencing column in the browsed table
    QString referencedTable; // quoted "schema"."table"
    QString referencedColumn;
    QString displayColumn;

    // The foreign keys of query's table that have something to show, in column order.
    static QList<ForeignDisplay> forTable(const CatalogSnapshot &catalog, const TableQuery &query);
    // key -> display text for the given keys (text form); keys the server does not know are absent.
    QHash<QString, QString> lookup(const PgConnection &conn, const QStringList &keys) const;
};

// Masked by default: columns whose name says they hold a password, secret or token.
bool isSensitiveColumnName(const QString &name);
