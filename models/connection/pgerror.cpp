#include "pgerror.h"

#include <libpq-fe.h>

namespace PgError {

QString field(const pg_result *result, int code)
{
    return result ? QString::fromUtf8(PQresultErrorField(result, code)) : QString();
}

Error fromResult(const pg_result *result, const pg_conn *conn, const QString &what)
{
    Error error;
    error.what = what;
    error.why = field(result, PG_DIAG_MESSAGE_PRIMARY);
    if (error.why.isEmpty() && result)
        error.why = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    if (error.why.isEmpty() && conn)
        error.why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    error.sqlState = field(result, PG_DIAG_SQLSTATE);
    error.detail = field(result, PG_DIAG_MESSAGE_DETAIL);
    error.hint = field(result, PG_DIAG_MESSAGE_HINT);
    error.context = field(result, PG_DIAG_CONTEXT);
    error.position = field(result, PG_DIAG_STATEMENT_POSITION).toInt();
    return error;
}

} // namespace PgError
