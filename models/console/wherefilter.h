#pragma once

#include <QByteArray>
#include <QJsonValue>

// Whether an UPDATE's or DELETE's WHERE clause really filters: missing, constant-true (WHERE true,
// WHERE 1=1, 'a'='a', NOT false, ...) or without any column (matches every row or none).
namespace WhereFilter {

enum class FilterProblem { None, Missing, AlwaysTrue, NoColumn };

// condition: the whereClause node of the parse tree (undefined when there is none); sql: the statement's UTF-8,
// which the tree's locations point into.
FilterProblem filterProblem(const QJsonValue &condition, const QByteArray &sql);

} // namespace WhereFilter
