#include "pgstatement.h"

#include <QCoreApplication>
#include <libpq-fe.h>
#include <vector>

namespace {

QString field(const PGresult *result, int code)
{
    return QString::fromUtf8(PQresultErrorField(result, code));
}

void fillError(PgResult &out, const PGresult *result, PGconn *conn)
{
    out.error.what = QCoreApplication::translate("TableDataModel", "Running the statement");
    if (!result) {
        out.error.why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        return;
    }
    out.primary = field(result, PG_DIAG_MESSAGE_PRIMARY);
    out.error.why = out.primary.isEmpty() ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed() : out.primary;
    out.error.sqlState = field(result, PG_DIAG_SQLSTATE);
    QStringList detail;
    for (int code : {PG_DIAG_MESSAGE_DETAIL, PG_DIAG_MESSAGE_HINT}) {
        const QString text = field(result, code);
        if (!text.isEmpty())
            detail << text;
    }
    out.error.detail = detail.join(QLatin1Char('\n'));
    out.constraint = field(result, PG_DIAG_CONSTRAINT_NAME);
    out.column = field(result, PG_DIAG_COLUMN_NAME);
    out.table = field(result, PG_DIAG_TABLE_NAME);
}

void fillRows(PgResult &out, const PGresult *result)
{
    const int columns = PQnfields(result);
    for (int c = 0; c < columns; ++c)
        out.columns << QString::fromUtf8(PQfname(result, c));
    const int rows = PQntuples(result);
    out.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            if (PQgetisnull(result, r, c))
                row << QVariant();
            else
                row << QString::fromUtf8(PQgetvalue(result, r, c), PQgetlength(result, r, c));
        }
        out.rows << row;
    }
}

} // namespace

namespace PgStatement {

PgResult exec(pg_conn *conn, const QString &sql, const QVariantList &binds)
{
    PgResult out;
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        out.error = {QCoreApplication::translate("TableDataModel", "Running the statement"),
            QCoreApplication::translate("TableDataModel", "The connection is not open."), QStringLiteral("08003"), {}};
        return out;
    }
    // The UTF-8 copies must outlive the call: libpq reads them during PQexecParams.
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    storage.reserve(binds.size());
    for (const QVariant &bind : binds) {
        if (bind.isNull()) {
            values.push_back(nullptr);
        } else {
            storage.push_back(bind.toString().toUtf8());
            values.push_back(storage.back().constData());
        }
    }
    PGresult *result = PQexecParams(conn, sql.toUtf8().constData(), int(values.size()), nullptr,
        values.empty() ? nullptr : values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_TUPLES_OK)
        fillRows(out, result);
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
        out.rowsAffected = QByteArray(PQcmdTuples(result)).toInt();
    else
        fillError(out, result, conn);
    PQclear(result);
    return out;
}

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace PgStatement
