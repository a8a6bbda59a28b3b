#pragma once

#include "common/error.h"

#include <QList>
#include <QString>
#include <QVariant>

struct pg_conn;

// The outcome of one statement run with real server-side parameters: rows in text format (a cell is a
// QString, or a null QVariant for NULL), the affected row count and, on failure, the server's diagnostic
// fields that QSqlError does not carry (constraint, column, table).
struct PgResult
{
    QStringList columns;
    QList<QVariantList> rows;
    int rowsAffected = 0;
    Error error;
    QString constraint; // PG_DIAG_CONSTRAINT_NAME
    QString column; // PG_DIAG_COLUMN_NAME
    QString table; // PG_DIAG_TABLE_NAME
    QString primary; // PG_DIAG_MESSAGE_PRIMARY

    bool ok() const { return error.isNull(); }
};

// Runs SQL through libpq's PQexecParams on the session's connection (worker thread only). Values travel as
// parameters $1..$n, never inside the SQL text; a null QVariant is sent as NULL.
namespace PgStatement {

PgResult exec(pg_conn *conn, const QString &sql, const QVariantList &binds = {});
// A quoted identifier: "name" with embedded quotes doubled (what PQescapeIdentifier produces).
QString quoteIdentifier(const QString &name);

} // namespace PgStatement
