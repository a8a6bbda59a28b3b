#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

// Walking libpg_query's JSON parse tree (pg_query_parse): the helpers the classifier and the WHERE-clause
// analysis share.
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

} // namespace ParseTree
