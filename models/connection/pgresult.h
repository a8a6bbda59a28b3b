#pragma once

#include "common/error.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>
#include <memory>

struct pg_result;

// The outcome of one statement run through PgConnection::exec: rows in text format (a cell is a QString, or
// a null QVariant for NULL) with each column's type, the affected row count and, on failure, one Error with
// the server's diagnostic fields plus those that name the object (constraint, column, table).
struct PgResult
{
    QStringList columns;
    QList<quint32> columnTypes; // type OIDs, as in pg_type
    QList<QVariantList> rows;
    int rowsAffected = 0;
    qint64 elapsedMs = 0;
    Error error;
    QString constraint; // PG_DIAG_CONSTRAINT_NAME
    QString column; // PG_DIAG_COLUMN_NAME
    QString table; // PG_DIAG_TABLE_NAME

    bool ok() const { return error.isNull(); }
    // A cell converted by its column type (bool, integers, floating point, date and time); text otherwise.
    QVariant value(int row, int column) const;
};
Q_DECLARE_METATYPE(PgResult)

// Owns a libpq result: PQclear runs however the scope is left.
struct PgResultDeleter
{
    void operator()(pg_result *result) const;
};
using PgResultHandle = std::unique_ptr<pg_result, PgResultDeleter>;
