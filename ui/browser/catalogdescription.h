#pragma once

#include <QString>

struct CatalogSnapshot;
struct ServerInfo;
struct TableInfo;
class ConnectionProfile;
class QPalette;

// Read-only HTML descriptions built from the catalog snapshot (no SQL): the database overview and a table's
// structure as psql's \d prints it (columns, indexes, constraints, foreign keys, referenced by).
namespace CatalogDescription {

// Their greys come from palette (a PaletteHtmlView makes them again when it changes).
QString database(const CatalogSnapshot &snapshot, const ServerInfo &server, const ConnectionProfile &profile,
    const QPalette &palette);
QString table(const TableInfo &table, const CatalogSnapshot &snapshot, const QPalette &palette);

} // namespace CatalogDescription
