#include "explainplan.h"

#include "connection/session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace {

const QLatin1String PlansKey("Plans");

// Keys shown through ExplainNode's own fields or its title; everything else goes to ExplainNode::details.
const QSet<QString> &consumedKeys()
{
    static const QSet<QString> keys {QStringLiteral("Node Type"), QStringLiteral("Parent Relationship"),
        QStringLiteral("Subplan Name"), QStringLiteral("Relation Name"), QStringLiteral("Schema"),
        QStringLiteral("Alias"), QStringLiteral("Index Name"), QStringLiteral("CTE Name"),
        QStringLiteral("Function Name"), QStringLiteral("Table Function Name"), QStringLiteral("Tuplestore Name"),
        QStringLiteral("Startup Cost"), QStringLiteral("Total Cost"), QStringLiteral("Plan Rows"),
        QStringLiteral("Plan Width"), QStringLiteral("Actual Startup Time"), QStringLiteral("Actual Total Time"),
        QStringLiteral("Actual Rows"), QStringLiteral("Actual Loops"), QStringLiteral("Workers Planned"),
        QStringLiteral("Workers Launched"), QStringLiteral("Filter"), QStringLiteral("Index Cond"),
        QStringLiteral("Recheck Cond"), QStringLiteral("Join Filter"), QStringLiteral("Hash Cond"),
        QStringLiteral("Merge Cond"), QStringLiteral("Sort Key"), QStringLiteral("Group Key"),
        QStringLiteral("Rows Removed by Filter"), QStringLiteral("Rows Removed by Join Filter"),
        QStringLiteral("Rows Removed by Index Recheck"), QStringLiteral("Parallel Aware"),
        QStringLiteral("Async Capable"), QStringLiteral("Join Type"), QStringLiteral("Strategy"),
        QStringLiteral("Partial Mode"), QStringLiteral("Operation"), QStringLiteral("Scan Direction"),
        QStringLiteral("Custom Plan Provider"), QStringLiteral("Command"), PlansKey};
    return keys;
}

struct BufferKey
{
    const char *key;
    qint64 ExplainBuffers::*field;
};

constexpr BufferKey BufferKeys[] = {
    {"Shared Hit Blocks", &ExplainBuffers::sharedHit},
    {"Shared Read Blocks", &ExplainBuffers::sharedRead},
    {"Shared Dirtied Blocks", &ExplainBuffers::sharedDirtied},
    {"Shared Written Blocks", &ExplainBuffers::sharedWritten},
    {"Local Hit Blocks", &ExplainBuffers::localHit},
    {"Local Read Blocks", &ExplainBuffers::localRead},
    {"Local Dirtied Blocks", &ExplainBuffers::localDirtied},
    {"Local Written Blocks", &ExplainBuffers::localWritten},
    {"Temp Read Blocks", &ExplainBuffers::tempRead},
    {"Temp Written Blocks", &ExplainBuffers::tempWritten},
};

bool isBufferKey(const QString &key)
{
    return std::any_of(std::begin(BufferKeys), std::end(BufferKeys),
        [&key](const BufferKey &buffer) { return key == QLatin1String(buffer.key); });
}

Error planError(const QString &why, const QString &detail = {})
{
    return {QCoreApplication::translate("ExplainPlan", "Reading the query plan"), why, {}, detail};
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isString())
        list.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// A property value as one line of text for a tooltip; nested structures are summarised, not dumped.
QString detailText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (!array.isEmpty() && !array.first().isObject())
            return stringList(value).join(QLatin1String(", "));
        return QCoreApplication::translate("ExplainPlan", "%n entries", nullptr, int(array.size()));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)).left(200);
    default:
        return {};
    }
}

// The node's name as psql's text format writes it: "Parallel Seq Scan", "Hash Left Join",
// "Partial HashAggregate", "Index Scan Backward", "Insert".
QString operationName(const QJsonObject &plan)
{
    QString name = plan.value(QLatin1String("Node Type")).toString();
    const QString joinType = plan.value(QLatin1String("Join Type")).toString();
    const QString strategy = plan.value(QLatin1String("Strategy")).toString();
    if (name == QLatin1String("Aggregate")) {
        if (strategy == QLatin1String("Sorted"))
            name = QStringLiteral("GroupAggregate");
        else if (strategy == QLatin1String("Hashed"))
            name = QStringLiteral("HashAggregate");
        else if (strategy == QLatin1String("Mixed"))
            name = QStringLiteral("MixedAggregate");
        const QString mode = plan.value(QLatin1String("Partial Mode")).toString();
        if (!mode.isEmpty() && mode != QLatin1String("Simple"))
            name = mode + QLatin1Char(' ') + name;
    } else if (name == QLatin1String("SetOp")) {
        if (strategy == QLatin1String("Hashed"))
            name = QStringLiteral("HashSetOp");
        name += QLatin1Char(' ') + plan.value(QLatin1String("Command")).toString();
    } else if (name == QLatin1String("ModifyTable") && plan.contains(QLatin1String("Operation"))) {
        name = plan.value(QLatin1String("Operation")).toString();
    } else if (name == QLatin1String("Custom Scan")) {
        name += QStringLiteral(" (%1)").arg(plan.value(QLatin1String("Custom Plan Provider")).toString());
    } else if (!joinType.isEmpty() && joinType != QLatin1String("Inner")) {
        if (name.endsWith(QLatin1String(" Join")))
            name.chop(5);
        name += QLatin1Char(' ') + joinType + QStringLiteral(" Join");
    }
    if (plan.value(QLatin1String("Parallel Aware")).toBool())
        name.prepend(QStringLiteral("Parallel "));
    if (plan.value(QLatin1String("Scan Direction")).toString() == QLatin1String("Backward"))
        name += QStringLiteral(" Backward");
    return name;
}

// The title: the operation, the index it uses, and what it reads ("on users u").
QString nodeTitle(const QJsonObject &plan)
{
    QString title = operationName(plan);
    const QString index = plan.value(QLatin1String("Index Name")).toString();
    if (!index.isEmpty()) {
        const bool bitmap = plan.value(QLatin1String("Node Type")).toString() == QLatin1String("Bitmap Index Scan");
        title += (bitmap ? QStringLiteral(" on ") : QStringLiteral(" using ")) + index;
    }
    QString object;
    for (const char *key : {"Relation Name", "CTE Name", "Function Name", "Table Function Name", "Tuplestore Name"}) {
        object = plan.value(QLatin1String(key)).toString();
        if (!object.isEmpty())
            break;
    }
    const QString schema = plan.value(QLatin1String("Schema")).toString();
    if (!object.isEmpty() && !schema.isEmpty() && plan.contains(QLatin1String("Relation Name")))
        object = schema + QLatin1Char('.') + object;
    const QString alias = plan.value(QLatin1String("Alias")).toString();
    if (object.isEmpty())
        object = alias;
    else if (!alias.isEmpty() && alias != plan.value(QLatin1String("Relation Name")).toString()
        && alias != plan.value(QLatin1String("CTE Name")).toString()
        && alias != plan.value(QLatin1String("Function Name")).toString())
        object += QLatin1Char(' ') + alias;
    if (!object.isEmpty())
        title += QStringLiteral(" on ") + object;
    return title;
}

double number(const QJsonObject &plan, const char *key, double fallback = 0)
{
    const QJsonValue value = plan.value(QLatin1String(key));
    return value.isDouble() ? value.toDouble() : fallback;
}

QString text(const QJsonObject &plan, const char *key)
{
    return plan.value(QLatin1String(key)).toString();
}

} // namespace

// Turns the JSON objects of a plan into ExplainNodes, depth first, so that nodes end up in pre-order.
class ExplainPlanParser
{
public:
    explicit ExplainPlanParser(ExplainPlan &plan)
        : m_plan(plan)
    { }

    void addNode(const QJsonObject &json, int parent, int depth);

private:
    static void readFigures(const QJsonObject &json, ExplainNode &node);
    static void readConditions(const QJsonObject &json, ExplainNode &node);

    ExplainPlan &m_plan;
};

void ExplainPlanParser::addNode(const QJsonObject &json, int parent, int depth)
{
    // PostgreSQL limits plan depth far below this; the guard only protects against hostile input.
    if (depth > 1000)
        return;
    ExplainNode node;
    node.nodeType = text(json, "Node Type");
    if (node.nodeType.isEmpty())
        node.nodeType = QCoreApplication::translate("ExplainPlan", "(unknown node)");
    node.title = json.contains(QLatin1String("Node Type")) ? nodeTitle(json) : node.nodeType;
    node.parentRelationship = text(json, "Parent Relationship");
    node.subplanName = text(json, "Subplan Name");
    node.relation = text(json, "Relation Name");
    if (!node.relation.isEmpty() && json.contains(QLatin1String("Schema")))
        node.relation.prepend(text(json, "Schema") + QLatin1Char('.'));
    node.alias = text(json, "Alias");
    node.indexName = text(json, "Index Name");
    node.cteName = text(json, "CTE Name");
    readFigures(json, node);
    readConditions(json, node);
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!consumedKeys().contains(it.key()) && !isBufferKey(it.key()))
            node.details.append({it.key(), detailText(it.value())});
    }
    node.parent = parent;
    const int index = int(m_plan.m_nodes.size());
    if (parent >= 0) {
        node.row = int(m_plan.m_nodes[parent].children.size());
        m_plan.m_nodes[parent].children.append(index);
    }
    m_plan.m_nodes.append(node);
    for (const QJsonValue &child : json.value(PlansKey).toArray()) {
        if (child.isObject())
            addNode(child.toObject(), index, depth + 1);
    }
}

void ExplainPlanParser::readFigures(const QJsonObject &json, ExplainNode &node)
{
    node.startupCost = number(json, "Startup Cost");
    node.totalCost = number(json, "Total Cost");
    node.planRows = number(json, "Plan Rows");
    node.planWidth = int(number(json, "Plan Width"));
    node.analyzed = json.contains(QLatin1String("Actual Loops"));
    node.actualStartupMs = number(json, "Actual Startup Time");
    node.actualTotalMs = number(json, "Actual Total Time");
    node.actualRows = number(json, "Actual Rows");
    node.loops = number(json, "Actual Loops");
    node.workersPlanned = int(number(json, "Workers Planned", -1));
    node.workersLaunched = int(number(json, "Workers Launched", -1));
    for (const BufferKey &key : BufferKeys)
        node.buffers.*key.field = qint64(number(json, key.key));
}

void ExplainPlanParser::readConditions(const QJsonObject &json, ExplainNode &node)
{
    node.filter = text(json, "Filter");
    node.indexCond = text(json, "Index Cond");
    node.recheckCond = text(json, "Recheck Cond");
    node.joinFilter = text(json, "Join Filter");
    node.hashCond = text(json, "Hash Cond");
    node.mergeCond = text(json, "Merge Cond");
    node.sortKey = stringList(json.value(QLatin1String("Sort Key")));
    node.groupKey = stringList(json.value(QLatin1String("Group Key")));
    node.rowsRemovedByFilter = number(json, "Rows Removed by Filter", -1);
    node.rowsRemovedByJoinFilter = number(json, "Rows Removed by Join Filter", -1);
    node.rowsRemovedByIndexRecheck = number(json, "Rows Removed by Index Recheck", -1);
}

bool ExplainBuffers::isEmpty() const
{
    return std::all_of(
        std::begin(BufferKeys), std::end(BufferKeys), [this](const BufferKey &key) { return this->*key.field == 0; });
}

QString ExplainBuffers::toString() const
{
    QStringList parts;
    const auto group = [&parts](const char *name, std::initializer_list<std::pair<const char *, qint64>> counts) {
        QStringList items;
        for (const auto &[label, count] : counts) {
            if (count != 0)
                items.append(QStringLiteral("%1=%2").arg(QLatin1String(label)).arg(count));
        }
        if (!items.isEmpty())
            parts.append(QLatin1String(name) + QLatin1Char(' ') + items.join(QLatin1Char(' ')));
    };
    group("shared", {{"hit", sharedHit}, {"read", sharedRead}, {"dirtied", sharedDirtied}, {"written", sharedWritten}});
    group("local", {{"hit", localHit}, {"read", localRead}, {"dirtied", localDirtied}, {"written", localWritten}});
    group("temp", {{"read", tempRead}, {"written", tempWritten}});
    return parts.join(QLatin1String(", "));
}

double ExplainNode::estimateFactor() const
{
    if (!analyzed || loops == 0)
        return 1;
    const double estimated = std::max(planRows, 1.0);
    const double actual = std::max(actualRows, 1.0);
    return std::max(estimated, actual) / std::min(estimated, actual);
}

QString ExplainPlan::wrap(const QString &statement, bool analyze)
{
    // A trailing semicolon is harmless to the server but the statement is easier to read in history without.
    QString body = statement.trimmed();
    while (body.endsWith(QLatin1Char(';')))
        body = body.chopped(1).trimmed();
    return (analyze ? QStringLiteral("EXPLAIN (FORMAT JSON, ANALYZE, BUFFERS) ")
                    : QStringLiteral("EXPLAIN (FORMAT JSON) "))
        + body;
}

ExplainPlan ExplainPlan::parse(const QString &output, Error *error)
{
    const auto fail = [error](const Error &why) {
        if (error)
            *error = why;
        return ExplainPlan();
    };
    const QString trimmed = output.trimmed();
    if (trimmed.isEmpty())
        return fail(planError(QCoreApplication::translate("ExplainPlan", "The server returned no plan.")));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(planError(QCoreApplication::translate("ExplainPlan", "The plan is not valid JSON (%1 at byte %2).")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset),
            QCoreApplication::translate(
                "ExplainPlan", "Only plans from EXPLAIN (FORMAT JSON) can be shown as a tree.")));
    // The server sends an array with one object per statement; a bare object is accepted too.
    const QJsonArray statements = document.array();
    const QJsonObject top = !document.isArray() ? document.object()
        : statements.isEmpty()                  ? QJsonObject()
                                                : statements.first().toObject();
    const QJsonValue planValue = top.value(QLatin1String("Plan"));
    if (!planValue.isObject())
        return fail(planError(QCoreApplication::translate("ExplainPlan", "The JSON holds no query plan.")));

    ExplainPlan plan;
    plan.m_raw = output;
    ExplainPlanParser(plan).addNode(planValue.toObject(), -1, 0);
    plan.m_planningMs = number(top, "Planning Time", -1);
    plan.m_executionMs = number(top, "Execution Time", -1);
    plan.m_analyzed = plan.m_nodes.first().analyzed || plan.m_executionMs >= 0;
    plan.derive();
    return plan;
}

ExplainPlan ExplainPlan::fromResult(const PgResult &result, Error *error)
{
    if (!result.ok()) {
        if (error)
            *error = result.error;
        return {};
    }
    QStringList lines;
    for (const QVariantList &row : result.rows) {
        if (!row.isEmpty())
            lines.append(row.first().toString());
    }
    return parse(lines.join(QLatin1Char('\n')), error);
}

void ExplainPlan::derive()
{
    deriveExclusive();
    deriveShares();
}

// Exclusive time is the node's time over all loops minus its children's. Two corrections keep it honest:
// nodes below a Gather run in several processes at once, so their summed loop times are divided by the
// number of processes (wall-clock, not CPU time); and a CTE's plan hangs below the node that owns the
// WITH, but its time is spent inside the CTE Scans that read it, so it is taken from those instead.
void ExplainPlan::deriveExclusive()
{
    QList<int> processes(m_nodes.size(), 1);
    for (int i = 0; i < m_nodes.size(); ++i) {
        ExplainNode &node = m_nodes[i];
        if (node.parent >= 0) {
            const ExplainNode &parent = m_nodes.at(node.parent);
            const bool gather = parent.nodeType.startsWith(QLatin1String("Gather"));
            processes[i] = gather ? std::max(parent.workersLaunched, 0) + 1 : processes.at(node.parent);
        }
        node.inclusiveMs = node.actualTotalMs * node.loops / processes.at(i);
    }
    QList<int> cteScans;
    for (ExplainNode &node : m_nodes) {
        double childMs = 0;
        double childCost = 0;
        for (int child : std::as_const(node.children)) {
            const ExplainNode &c = m_nodes.at(child);
            if (!c.subplanName.startsWith(QLatin1String("CTE ")))
                childMs += c.inclusiveMs;
            childCost += c.totalCost;
        }
        node.exclusiveMs = std::max(0.0, node.inclusiveMs - childMs);
        node.exclusiveCost = std::max(0.0, node.totalCost - childCost);
    }
    for (const ExplainNode &cte : std::as_const(m_nodes)) {
        if (!cte.subplanName.startsWith(QLatin1String("CTE ")))
            continue;
        const QString name = cte.subplanName.mid(4);
        double remaining = cte.inclusiveMs;
        for (ExplainNode &scan : m_nodes) {
            if (scan.nodeType == QLatin1String("CTE Scan") && scan.cteName == name && remaining > 0) {
                const double taken = std::min(remaining, scan.exclusiveMs);
                scan.exclusiveMs -= taken;
                remaining -= taken;
            }
        }
    }
}

// Shares and the slowest node: by exclusive time when the plan ran with timing, by exclusive cost when it was
// only planned or timed off (total cost would always point at the root, which tells the reader nothing).
void ExplainPlan::deriveShares()
{
    if (m_nodes.isEmpty())
        return;
    m_timed = m_analyzed
        && std::any_of(m_nodes.cbegin(), m_nodes.cend(), [](const ExplainNode &node) { return node.inclusiveMs > 0; });
    double whole = 0;
    if (m_timed) {
        whole = m_executionMs > 0 ? m_executionMs : m_nodes.first().inclusiveMs;
    } else {
        for (const ExplainNode &node : std::as_const(m_nodes))
            whole += node.exclusiveCost;
    }
    m_slowest = 0;
    double worst = -1;
    for (int i = 0; i < m_nodes.size(); ++i) {
        ExplainNode &node = m_nodes[i];
        const double own = m_timed ? node.exclusiveMs : node.exclusiveCost;
        node.percentOfTotal = whole > 0 ? std::clamp(own / whole * 100, 0.0, 100.0) : 0;
        if (own > worst) {
            worst = own;
            m_slowest = i;
        }
    }
    m_nodes[m_slowest].slowest = true;
}
