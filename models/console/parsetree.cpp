#include "parsetree.h"

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

} // namespace ParseTree
