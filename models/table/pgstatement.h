#pragma once

#include "connection/pgresult.h"

#include <QString>

// Statement-building helpers shared by the table model's SQL builders.
namespace PgStatement {

// A quoted identifier: "name" with embedded quotes doubled (what PQescapeIdentifier produces).
QString quoteIdentifier(const QString &name);

} // namespace PgStatement
