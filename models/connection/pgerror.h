#pragma once

#include "common/error.h"

struct pg_conn;
struct pg_result;

// The one mapping of a server error to an Error: SQLSTATE, the primary message as `why`, DETAIL, HINT,
// CONTEXT and the statement position each in their own field. Without a result (the connection failed)
// libpq's connection message is used.
namespace PgError {

Error fromResult(const pg_result *result, const pg_conn *conn, const QString &what);
// A named diagnostic field of a result (PG_DIAG_*), empty when absent.
QString field(const pg_result *result, int code);

} // namespace PgError
