#pragma once

#include "catalog/catalogtypes.h"
#include "common/error.h"
#include "connection/pgconnection.h"
#include "pendingchanges.h"
#include "pgstatement.h"

#include <QMetaType>
#include <memory>

// Why a save failed, for the row and column it failed on, in words a user can act on.
struct SaveFailure
{
    int row = -1;
    int column = -1;
    Error error;
    QString plainWords;
};
Q_DECLARE_METATYPE(SaveFailure)

// Turns a server error from writing one row into plain words ("This email is already used by user 42"),
// using the error's constraint/column/table fields and the catalog. Runs on the worker thread after the
// ROLLBACK, because naming the other row may need a query.
namespace ConstraintMessage {

SaveFailure describe(const PgConnection &conn, const CatalogSnapshot &catalog, const TableQuery &query,
    const PendingChange &change, const PgResult &result);
// Words for an error while reading (a syntax error in the WHERE text, a filter value of the wrong type).
QString forRead(const Error &error);
// "users" -> "user": how a row of a table is named in messages.
QString rowNoun(const QString &table);

} // namespace ConstraintMessage
