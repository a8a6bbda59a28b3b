#include "viewkey.h"

#include "console/parsetree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <pg_query.h>

namespace {

// The SelectStmt of a single-statement parse tree, or nothing.
QJsonObject selectOf(const QByteArray &tree)
{
    const QJsonArray statements = QJsonDocument::fromJson(tree).object().value(u"stmts").toArray();
    if (statements.size() != 1)
        return {};
    QString type;
    const QJsonObject select = ParseTree::unwrap(statements.first().toObject().value(u"stmt"), &type);
    return type == u"SelectStmt" ? select : QJsonObject {};
}

bool isSimple(const QJsonObject &select)
{
    for (const char *clause : {"distinctClause", "groupClause", "havingClause", "windowClause", "limitCount",
             "limitOffset", "withClause", "valuesLists", "larg", "rarg", "intoClause", "lockingClause"}) {
        if (select.contains(QLatin1String(clause)))
            return false;
    }
    const QString op = select.value(u"op").toString();
    if (!op.isEmpty() && op != u"SETOP_NONE")
        return false;
    const QJsonArray from = select.value(u"fromClause").toArray();
    QString type;
    ParseTree::unwrap(from.first(), &type);
    return from.size() == 1 && type == u"RangeVar";
}

} // namespace

void ViewKey::find(TableInfo &view, const QString &definition, const TableInfo &base)
{
    const QStringList key = base.primaryKey();
    if (key.isEmpty() || definition.trimmed().isEmpty())
        return;
    const QByteArray sql = definition.toUtf8();
    const PgQueryParseResult parsed = pg_query_parse(sql.constData());
    const QJsonObject select = parsed.error ? QJsonObject {} : selectOf(QByteArray(parsed.parse_tree));
    pg_query_free_parse_result(parsed);
    if (select.isEmpty() || !isSimple(select))
        return;
    // Output name -> the base column it passes through unchanged (a plain column reference).
    QHash<QString, QString> passes;
    for (const QJsonValue &item : select.value(u"targetList").toArray()) {
        const QJsonObject target = ParseTree::unwrap(item);
        QString type;
        const QJsonObject value = ParseTree::unwrap(target.value(u"val"), &type);
        if (type != u"ColumnRef")
            continue;
        // [table.]column; the last field is a String (an A_Star for *, which pg_get_viewdef never writes).
        const QString column = ParseTree::unwrap(value.value(u"fields").toArray().last()).value(u"sval").toString();
        if (column.isEmpty())
            continue;
        const QString name = target.value(u"name").toString();
        passes.insert(name.isEmpty() ? column : name, column);
    }
    QStringList columns;
    for (const QString &keyColumn : key) {
        const QString shown = passes.key(keyColumn);
        if (shown.isEmpty())
            return;
        columns << shown;
    }
    view.viewKey = columns;
    view.viewBaseSchema = base.schema;
    view.viewBaseName = base.name;
    view.viewBaseColumns = passes;
}
