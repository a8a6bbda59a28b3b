#include "parsetree.h"

#include <QHash>

#include <optional>

namespace ParseTree {

// libpg_query's JSON wraps every node as {"TypeName": {fields}}; returns the fields and the type name.
QJsonObject unwrap(const QJsonValue &node, QString *type)
{
    const QJsonObject object = node.toObject();
    if (object.size() != 1 || !object.begin()->isObject())
        return {};
    if (type)
        *type = object.begin().key();
    return object.begin()->toObject();
}

// Calls visit for every node anywhere below value (pre-order), with its type name and fields.
void forEachNode(const QJsonValue &value, const std::function<void(const QString &, const QJsonObject &)> &visit)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            forEachNode(item, visit);
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        // Node types are capitalised (SelectStmt, A_Const); field names are not.
        if (it->isObject() && !it.key().isEmpty() && it.key().at(0).isUpper())
            visit(it.key(), it->toObject());
        forEachNode(*it, visit);
    }
}

QString joinStrings(const QJsonArray &strings)
{
    QStringList parts;
    for (const QJsonValue &item : strings)
        parts.append(unwrap(item).value(u"sval").toString());
    return parts.join(QLatin1Char('.'));
}

QString rangeVarName(const QJsonObject &rangeVar)
{
    QStringList parts;
    for (const char *field : {"catalogname", "schemaname", "relname"}) {
        if (const QString part = rangeVar.value(QLatin1String(field)).toString(); !part.isEmpty())
            parts.append(part);
    }
    return parts.join(QLatin1Char('.'));
}

// PostgreSQL's boolean input: t, tr, true, y, yes, on, 1 and f, false, n, no, off, 0, any case.
std::optional<bool> parseBool(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty())
        return std::nullopt;
    if (QStringLiteral("true").startsWith(value) || QStringLiteral("yes").startsWith(value) || value == u"on"
        || value == u"1")
        return true;
    if (QStringLiteral("false").startsWith(value) || QStringLiteral("no").startsWith(value) || value == u"of"
        || value == u"off" || value == u"0")
        return false;
    return std::nullopt;
}

// "OBJECT_MATVIEW" -> "MATERIALIZED VIEW", "OBJECT_FOREIGN_TABLE" -> "FOREIGN TABLE".
QString objectWord(const QString &objectType)
{
    QString word = objectType.mid(7).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (word == u"MATVIEW")
        return QStringLiteral("MATERIALIZED VIEW");
    if (word == u"TABCONSTRAINT")
        return QStringLiteral("CONSTRAINT");
    return word;
}

// "CreateTableAsStmt" -> "CREATE TABLE AS"; the exceptions are node types not named after their command.
QString commandName(const QString &type)
{
    static const QHash<QString, QString> exceptions {{QStringLiteral("CreateStmt"), QStringLiteral("CREATE TABLE")},
        {QStringLiteral("IndexStmt"), QStringLiteral("CREATE INDEX")},
        {QStringLiteral("ViewStmt"), QStringLiteral("CREATE VIEW")},
        {QStringLiteral("RuleStmt"), QStringLiteral("CREATE RULE")},
        {QStringLiteral("CompositeTypeStmt"), QStringLiteral("CREATE TYPE")},
        {QStringLiteral("CreatedbStmt"), QStringLiteral("CREATE DATABASE")},
        {QStringLiteral("CreateTrigStmt"), QStringLiteral("CREATE TRIGGER")},
        {QStringLiteral("CreateSeqStmt"), QStringLiteral("CREATE SEQUENCE")},
        {QStringLiteral("DefineStmt"), QStringLiteral("CREATE")},
        {QStringLiteral("DropdbStmt"), QStringLiteral("DROP DATABASE")},
        {QStringLiteral("DropTableSpaceStmt"), QStringLiteral("DROP TABLESPACE")},
        {QStringLiteral("VariableShowStmt"), QStringLiteral("SHOW")},
        {QStringLiteral("VariableSetStmt"), QStringLiteral("SET")},
        {QStringLiteral("CheckPointStmt"), QStringLiteral("CHECKPOINT")},
        {QStringLiteral("ClosePortalStmt"), QStringLiteral("CLOSE")},
        {QStringLiteral("DeclareCursorStmt"), QStringLiteral("DECLARE")},
        {QStringLiteral("ConstraintsSetStmt"), QStringLiteral("SET CONSTRAINTS")},
        {QStringLiteral("RefreshMatViewStmt"), QStringLiteral("REFRESH MATERIALIZED VIEW")},
        {QStringLiteral("SecLabelStmt"), QStringLiteral("SECURITY LABEL")}};
    if (const auto it = exceptions.constFind(type); it != exceptions.cend())
        return *it;
    const QString base = type.endsWith(u"Stmt") ? type.chopped(4) : type;
    QString name;
    for (int i = 0; i < base.size(); ++i) {
        if (i > 0 && base.at(i).isUpper() && base.at(i - 1).isLower())
            name += QLatin1Char(' ');
        name += base.at(i).toUpper();
    }
    return name;
}

// The name of an object in DROP's list: a qualified name, a function with arguments or a type.
QString objectName(const QJsonValue &object)
{
    QString type;
    const QJsonObject body = unwrap(object, &type);
    if (type == u"List")
        return joinStrings(body.value(u"items").toArray());
    if (type == u"String")
        return body.value(u"sval").toString();
    if (type == u"ObjectWithArgs")
        return joinStrings(body.value(u"objname").toArray());
    if (type == u"TypeName")
        return joinStrings(body.value(u"names").toArray());
    return {};
}

// The value of an option such as EXPLAIN's ANALYZE or BEGIN's READ WRITE; no value means true.
std::optional<bool> optionValue(const QJsonObject &defElem)
{
    const QJsonValue argument = defElem.value(u"arg");
    if (argument.isUndefined())
        return true;
    // A_Const nests its value ({"ival": {"ival": 1}}, {"ival": {}} for 0), String/Integer/Boolean do not.
    const QJsonObject body = unwrap(argument);
    if (body.contains(u"sval"))
        return parseBool(body[u"sval"].isObject() ? body[u"sval"][u"sval"].toString() : body[u"sval"].toString());
    if (body.contains(u"boolval"))
        return body[u"boolval"].isObject() ? body[u"boolval"][u"boolval"].toBool() : body[u"boolval"].toBool();
    if (const QJsonValue ival = body.value(u"ival"); !ival.isUndefined())
        return (ival.isObject() ? ival[u"ival"].toInt() : ival.toInt()) != 0;
    if (body.isEmpty()) // {"Integer": {}} or {"Boolean": {}}: zero values are left out
        return false;
    return std::nullopt;
}

// Whether options (BEGIN's, SET TRANSACTION's, SET SESSION CHARACTERISTICS') ask for READ WRITE.
bool asksReadWrite(const QJsonArray &options)
{
    for (const QJsonValue &option : options) {
        const QJsonObject defElem = unwrap(option);
        if (defElem.value(u"defname").toString() == u"transaction_read_only"
            && optionValue(defElem) != std::optional(true))
            return true;
    }
    return false;
}

// SET/RESET that turns read-only transactions off for the session or transaction.
bool switchesToReadWrite(const QJsonObject &variableSet)
{
    const QString kind = variableSet.value(u"kind").toString();
    const QString name = variableSet.value(u"name").toString();
    const QJsonArray args = variableSet.value(u"args").toArray();
    if (kind == u"VAR_SET_MULTI")
        return asksReadWrite(args);
    if (kind == u"VAR_RESET_ALL")
        return true;
    if (name != u"default_transaction_read_only" && name != u"transaction_read_only")
        return false;
    if (kind != u"VAR_SET_VALUE" || args.size() != 1)
        return true; // RESET, SET ... TO DEFAULT
    const QJsonObject value = unwrap(args.first());
    return optionValue(QJsonObject {{QStringLiteral("arg"), QJsonObject {{QStringLiteral("A_Const"), value}}}})
        != std::optional(true);
}

} // namespace ParseTree
