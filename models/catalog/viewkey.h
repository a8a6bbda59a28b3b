#pragma once

#include "catalogtypes.h"

#include <QStringList>

// A view has no primary key of its own, so the browser would read it by OFFSET (slow deep down). A simple
// view over one table (one relation in FROM; no DISTINCT, GROUP BY, HAVING, window, LIMIT, set operation
// or WITH: what PostgreSQL can update automatically) has one row per row of that table, so the columns that
// pass the table's primary key through unchanged identify its rows as well. Found by parsing the view's
// definition (pg_get_viewdef) with libpg_query.
namespace ViewKey {

// Fills view's viewKey (the output columns that carry base's primary key, in the key's order; empty when
// the view is not that simple or does not show the whole key) and, with a key, viewBase and
// viewBaseColumns (whose statistics place a seek).
void find(TableInfo &view, const QString &definition, const TableInfo &base);

} // namespace ViewKey
