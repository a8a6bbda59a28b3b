#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

// Walking libpg_query's JSON parse tree (pg_query_parse), and the words its nodes stand for: the helpers the
// classifier and the WHERE-clause analysis share.
namespace ParseTree {

// libpg_query's JSON wraps every node as {"TypeName": {fields}}; returns the fields and the type name.
QJsonObject unwrap(const QJsonValue &node, QString *type = nullptr);
// Calls visit for every node anywhere below value (pre-order), with its type name and fields.
void forEachNode(const QJsonValue &value, const std::function<void(const QString &, const QJsonObject &)> &visit);
// A list of String nodes joined with dots: ["public", "users"] -> "public.users".
QString joinStrings(const QJsonArray &strings);
// A RangeVar's name, schema-qualified when the statement qualified it.
QString rangeVarName(const QJsonObject &rangeVar);
// PostgreSQL's boolean input: t, tr, true, y, yes, on, 1 and f, false, n, no, off, 0, any case.
std::optional<bool> parseBool(const QString &text);

// "OBJECT_MATVIEW" -> "MATERIALIZED VIEW", "OBJECT_FOREIGN_TABLE" -> "FOREIGN TABLE".
QString objectWord(const QString &objectType);
// "CreateTableAsStmt" -> "CREATE TABLE AS", a node type as the command it is for.
QString commandName(const QString &type);
// The name of an object in DROP's list: a qualified name, a function with arguments or a type.
QString objectName(const QJsonValue &object);
// The value of a DefElem's option such as EXPLAIN's ANALYZE or BEGIN's READ WRITE; no value means true.
std::optional<bool> optionValue(const QJsonObject &defElem);
// Whether options (BEGIN's, SET TRANSACTION's, SET SESSION CHARACTERISTICS') ask for READ WRITE.
bool asksReadWrite(const QJsonArray &options);
// Whether a VariableSetStmt (SET, RESET) turns read-only transactions off for the session or transaction.
bool switchesToReadWrite(const QJsonObject &variableSet);

} // namespace ParseTree
