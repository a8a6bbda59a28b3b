#include "wherefilter.h"

#include "parsetree.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

using namespace ParseTree;

namespace WhereFilter {
namespace {

// A constant of an expression, as far as folding WHERE clauses needs it.
struct Constant
{
    enum class Type { Null, Bool, Number, String } type = Type::Null;
    bool boolean = false;
    double number = 0;
    QString string;
};

enum class Truth { False, True, Null, Unknown };

Truth truthOfBool(std::optional<bool> value)
{
    return !value ? Truth::Unknown : *value ? Truth::True : Truth::False;
}

// Folds WHERE clauses made of constants: tells "WHERE 1=1" (every row) from "WHERE id = 1".
class ConstantFolder
{
public:
    explicit ConstantFolder(const QByteArray &sql)
        : m_sql(sql)
    { }
    Truth truthOf(const QJsonValue &node) const;

private:
    std::optional<Constant> constantOf(const QJsonValue &node) const;
    std::optional<Constant> constOf(const QJsonObject &body) const;
    Truth truthOfConstant(const Constant &constant) const;
    Truth combine(const QString &boolop, const QJsonArray &args) const;
    Truth compare(const QString &op, const Constant &left, const Constant &right) const;

    const QByteArray &m_sql; // the statement's UTF-8, which node locations point into
};

Truth ConstantFolder::truthOf(const QJsonValue &node) const
{
    QString type;
    const QJsonObject body = unwrap(node, &type);
    if (type == u"BoolExpr")
        return combine(body.value(u"boolop").toString(), body.value(u"args").toArray());
    if (type == u"A_Expr" && body.value(u"kind").toString() == u"AEXPR_OP") {
        const auto left = constantOf(body.value(u"lexpr"));
        const auto right = constantOf(body.value(u"rexpr"));
        const QJsonArray name = body.value(u"name").toArray();
        return left && right && name.size() == 1 ? compare(joinStrings(name), *left, *right) : Truth::Unknown;
    }
    if (type == u"NullTest") {
        const auto argument = constantOf(body.value(u"arg"));
        if (!argument)
            return Truth::Unknown;
        const bool isNull = argument->type == Constant::Type::Null;
        return (body.value(u"nulltesttype").toString() == u"IS_NULL") == isNull ? Truth::True : Truth::False;
    }
    if (type == u"BooleanTest") {
        const Truth argument = truthOf(body.value(u"arg"));
        const QString test = body.value(u"booltesttype").toString();
        if (argument == Truth::Unknown)
            return Truth::Unknown;
        const Truth wanted = test.endsWith(u"TRUE") ? Truth::True
            : test.endsWith(u"FALSE")               ? Truth::False
                                                    : Truth::Null;
        return (argument == wanted) != test.startsWith(u"IS_NOT") ? Truth::True : Truth::False;
    }
    const auto constant = constantOf(node);
    return constant ? truthOfConstant(*constant) : Truth::Unknown;
}

Truth ConstantFolder::combine(const QString &boolop, const QJsonArray &args) const
{
    if (boolop == u"NOT_EXPR") {
        const Truth argument = args.isEmpty() ? Truth::Unknown : truthOf(args.first());
        return argument == Truth::True ? Truth::False : argument == Truth::False ? Truth::True : argument;
    }
    // Three-valued logic: for AND a false argument decides, for OR a true one; else unknown beats null.
    const bool isAnd = boolop == u"AND_EXPR";
    const Truth deciding = isAnd ? Truth::False : Truth::True;
    bool unknown = false;
    bool null = false;
    for (const QJsonValue &arg : args) {
        const Truth truth = truthOf(arg);
        if (truth == deciding)
            return deciding;
        unknown = unknown || truth == Truth::Unknown;
        null = null || truth == Truth::Null;
    }
    return unknown ? Truth::Unknown : null ? Truth::Null : isAnd ? Truth::True : Truth::False;
}

Truth ConstantFolder::compare(const QString &op, const Constant &left, const Constant &right) const
{
    using Type = Constant::Type;
    if (left.type == Type::Null || right.type == Type::Null)
        return Truth::Null;
    const bool equal = op == u"=";
    if (!equal && op != u"<>" && op != u"!=") {
        // Ordering only for numbers: for strings it depends on the collation.
        if (left.type != Type::Number || right.type != Type::Number)
            return Truth::Unknown;
        const double a = left.number, b = right.number;
        if (op == u"<")
            return a < b ? Truth::True : Truth::False;
        if (op == u">")
            return a > b ? Truth::True : Truth::False;
        if (op == u"<=")
            return a <= b ? Truth::True : Truth::False;
        return op == u">=" ? (a >= b ? Truth::True : Truth::False) : Truth::Unknown;
    }
    std::optional<bool> same;
    if (left.type == Type::String && right.type == Type::String) {
        same = left.string == right.string;
    } else if (left.type == Type::Number || right.type == Type::Number) {
        // An untyped string literal takes the other side's type, as on the server: '1' = 1.
        bool leftOk = true, rightOk = true;
        const double a = left.type == Type::String ? left.string.trimmed().toDouble(&leftOk) : left.number;
        const double b = right.type == Type::String ? right.string.trimmed().toDouble(&rightOk) : right.number;
        if (leftOk && rightOk && left.type != Type::Bool && right.type != Type::Bool)
            same = a == b;
    } else {
        const auto a = left.type == Type::Bool ? std::optional(left.boolean) : parseBool(left.string);
        const auto b = right.type == Type::Bool ? std::optional(right.boolean) : parseBool(right.string);
        if (a && b)
            same = *a == *b;
    }
    return same ? truthOfBool(*same == equal) : Truth::Unknown;
}

Truth ConstantFolder::truthOfConstant(const Constant &constant) const
{
    switch (constant.type) {
    case Constant::Type::Null:
        return Truth::Null;
    case Constant::Type::Bool:
        return truthOfBool(constant.boolean);
    case Constant::Type::String:
        return truthOfBool(parseBool(constant.string)); // WHERE 't' is WHERE true
    case Constant::Type::Number:
        break; // WHERE 1 is an error on the server
    }
    return Truth::Unknown;
}

std::optional<Constant> ConstantFolder::constantOf(const QJsonValue &node) const
{
    QString type;
    const QJsonObject body = unwrap(node, &type);
    if (type == u"A_Const")
        return constOf(body);
    if (type != u"TypeCast")
        return std::nullopt;
    // Only casts to boolean are followed: 'yes'::boolean, 1::bool.
    const QString typeName = joinStrings(body.value(u"typeName")[u"names"].toArray());
    const auto argument = constantOf(body.value(u"arg"));
    if (!argument || (typeName != u"bool" && typeName != u"boolean" && typeName != u"pg_catalog.bool"))
        return std::nullopt;
    if (argument->type == Constant::Type::Null || argument->type == Constant::Type::Bool)
        return argument;
    const auto value
        = argument->type == Constant::Type::Number ? std::optional(argument->number != 0) : parseBool(argument->string);
    return value ? std::optional(Constant {Constant::Type::Bool, *value, 0, {}}) : std::nullopt;
}

std::optional<Constant> ConstantFolder::constOf(const QJsonObject &body) const
{
    if (body.value(u"isnull").toBool())
        return Constant {};
    if (body.contains(u"boolval"))
        return Constant {Constant::Type::Bool, body[u"boolval"][u"boolval"].toBool(), 0, {}};
    if (body.contains(u"ival")) {
        const QJsonValue value = body[u"ival"][u"ival"];
        if (!value.isUndefined())
            return Constant {Constant::Type::Number, false, value.toDouble(), {}};
        // libpg_query 15's JSON leaves out 0 and also negative integers: a '-' at the location tells them apart.
        const int location = body.value(u"location").toInt(-1);
        if (location < 0 || location >= m_sql.size() || m_sql.at(location) == '-')
            return std::nullopt;
        return Constant {Constant::Type::Number, false, 0, {}};
    }
    if (body.contains(u"fval")) {
        bool ok = false;
        const double value = body[u"fval"][u"fval"].toString().toDouble(&ok);
        return ok ? std::optional(Constant {Constant::Type::Number, false, value, {}}) : std::nullopt;
    }
    if (body.contains(u"sval"))
        return Constant {Constant::Type::String, false, 0, body[u"sval"][u"sval"].toString()};
    return std::nullopt;
}

// Whether an expression depends on the row: refers to a column (a bare * does not count) or WHERE CURRENT OF.
bool refersToRows(const QJsonValue &expression)
{
    bool found = false;
    forEachNode(expression, [&found](const QString &type, const QJsonObject &body) {
        if (type == u"CurrentOfExpr")
            found = true;
        if (type != u"ColumnRef")
            return;
        for (const QJsonValue &field : body.value(u"fields").toArray())
            found = found || !field.toObject().contains(u"A_Star");
    });
    return found;
}

} // namespace

FilterProblem filterProblem(const QJsonValue &condition, const QByteArray &sql)
{
    if (condition.isUndefined())
        return FilterProblem::Missing;
    const Truth truth = ConstantFolder(sql).truthOf(condition);
    if (truth == Truth::True)
        return FilterProblem::AlwaysTrue;
    // Without a column the condition is the same for every row: it matches all of them or none.
    return truth == Truth::Unknown && !refersToRows(condition) ? FilterProblem::NoColumn : FilterProblem::None;
}

} // namespace WhereFilter
