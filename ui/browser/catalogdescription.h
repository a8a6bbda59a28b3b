#pragma once

#include <QString>

struct CatalogSnapshot;
struct ServerInfo;
struct TableInfo;
class ConnectionProfile;

// Read-only HTML descriptions built from the catalog snapshot (no SQL): the database overview and a table's
// structure as psql's \d prints it (columns, indexes, constraints, foreign keys, referenced by).
namespace CatalogDescription {

QString database(const CatalogSnapshot &snapshot, const ServerInfo &server, const ConnectionProfile &profile);
QString table(const TableInfo &table, const CatalogSnapshot &snapshot);

} // namespace CatalogDescription
