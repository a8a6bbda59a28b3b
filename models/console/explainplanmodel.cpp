#include "explainplanmodel.h"

#include <QLocale>
#include <cmath>

namespace {

QString formatNumber(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// Rows are whole numbers except where PostgreSQL 16+ averages them over loops.
QString formatRows(double rows)
{
    return formatNumber(rows, rows == std::floor(rows) ? 0 : 2);
}

} // namespace

ExplainPlanModel::ExplainPlanModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

ExplainPlanModel::~ExplainPlanModel() = default;

void ExplainPlanModel::setPlan(const ExplainPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

QModelIndex ExplainPlanModel::indexOfNode(int node, int column) const
{
    if (node < 0 || node >= m_plan.nodes().size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(m_plan.node(node).row, column, quintptr(node));
}

QModelIndex ExplainPlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 && !m_plan.isEmpty() ? createIndex(0, column, quintptr(0)) : QModelIndex();
    if (parent.model() != this || parent.column() != 0)
        return {};
    const QList<int> &children = m_plan.node(int(parent.internalId())).children;
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex ExplainPlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_plan.node(int(child.internalId())).parent;
    return parentNode < 0 ? QModelIndex() : indexOfNode(parentNode);
}

int ExplainPlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_plan.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return int(m_plan.node(int(parent.internalId())).children.size());
}

int ExplainPlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ExplainPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ExplainNode &node = m_plan.node(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        return displayText(node, index.column());
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::TextAlignmentRole:
        return index.column() == NodeColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case SlowestRole:
        return node.slowest;
    case HeatRole:
        return std::clamp(node.percentOfTotal / 100, 0.0, 1.0);
    case ValueRole:
        return value(node, index.column());
    case NodeIndexRole:
        return int(index.internalId());
    default:
        return {};
    }
}

QVariant ExplainPlanModel::displayText(const ExplainNode &node, int column) const
{
    const bool ran = node.analyzed && !node.neverExecuted();
    switch (column) {
    case NodeColumn:
        return node.subplanName.isEmpty() ? node.title : tr("%1: %2").arg(node.subplanName, node.title);
    case CostColumn:
        return formatNumber(node.totalCost, 2);
    case EstimatedRowsColumn:
        return formatRows(node.planRows);
    case ActualRowsColumn:
        if (!node.analyzed)
            return {};
        return ran ? formatRows(node.actualRows) : tr("never executed");
    case LoopsColumn:
        return node.analyzed ? QLocale().toString(qint64(node.loops)) : QVariant();
    case TimeColumn:
        return ran ? formatNumber(node.exclusiveMs, 3) : QVariant();
    case PercentColumn:
        return tr("%1 %").arg(formatNumber(node.percentOfTotal, 1));
    default:
        return {};
    }
}

QVariant ExplainPlanModel::value(const ExplainNode &node, int column) const
{
    switch (column) {
    case NodeColumn:
        return node.title;
    case CostColumn:
        return node.totalCost;
    case EstimatedRowsColumn:
        return node.planRows;
    case ActualRowsColumn:
        return node.analyzed ? QVariant(node.actualRows) : QVariant();
    case LoopsColumn:
        return node.analyzed ? QVariant(node.loops) : QVariant();
    case TimeColumn:
        return node.analyzed ? QVariant(node.exclusiveMs) : QVariant();
    case PercentColumn:
        return node.percentOfTotal;
    default:
        return {};
    }
}

QStringList ExplainPlanModel::actualLines(const ExplainNode &node) const
{
    if (!node.analyzed)
        return {};
    if (node.neverExecuted())
        return {tr("Never executed")};
    QStringList lines;
    lines.append(tr("Actual: %1..%2 ms per loop, %3 rows × %4 loops")
                     .arg(formatNumber(node.actualStartupMs, 3), formatNumber(node.actualTotalMs, 3),
                         formatRows(node.actualRows), QLocale().toString(qint64(node.loops))));
    lines.append(tr("Time in this node: %1 ms of %2 ms with its children (%3 % of the total)")
                     .arg(formatNumber(node.exclusiveMs, 3), formatNumber(node.inclusiveMs, 3),
                         formatNumber(node.percentOfTotal, 1)));
    if (node.estimateFactor() >= 10)
        lines.append(tr("The row estimate was off by a factor of %1.").arg(formatNumber(node.estimateFactor(), 0)));
    return lines;
}

QString ExplainPlanModel::toolTip(const ExplainNode &node) const
{
    QStringList lines {node.title};
    if (!node.subplanName.isEmpty())
        lines.append(node.subplanName);
    if (!node.parentRelationship.isEmpty())
        lines.append(tr("Relationship to parent: %1").arg(node.parentRelationship));
    lines.append(tr("Cost: %1..%2, %3 rows of %4 bytes estimated")
                     .arg(formatNumber(node.startupCost, 2), formatNumber(node.totalCost, 2), formatRows(node.planRows),
                         QLocale().toString(node.planWidth)));
    lines += actualLines(node);
    if (node.slowest)
        lines.append(tr("This is the slowest node of the plan."));
    const QList<QPair<QString, QString>> conditions {{tr("Index Cond"), node.indexCond},
        {tr("Recheck Cond"), node.recheckCond}, {tr("Hash Cond"), node.hashCond}, {tr("Merge Cond"), node.mergeCond},
        {tr("Join Filter"), node.joinFilter}, {tr("Filter"), node.filter},
        {tr("Sort Key"), node.sortKey.join(QLatin1String(", "))},
        {tr("Group Key"), node.groupKey.join(QLatin1String(", "))}};
    for (const auto &[label, text] : conditions) {
        if (!text.isEmpty())
            lines.append(tr("%1: %2").arg(label, text));
    }
    const QList<QPair<QString, double>> removed {{tr("Rows Removed by Filter"), node.rowsRemovedByFilter},
        {tr("Rows Removed by Join Filter"), node.rowsRemovedByJoinFilter},
        {tr("Rows Removed by Index Recheck"), node.rowsRemovedByIndexRecheck}};
    for (const auto &[label, count] : removed) {
        if (count >= 0)
            lines.append(tr("%1: %2").arg(label, formatRows(count)));
    }
    if (node.workersPlanned >= 0)
        lines.append(tr("Workers: %1 planned, %2 launched")
                         .arg(node.workersPlanned)
                         .arg(node.workersLaunched >= 0 ? QString::number(node.workersLaunched) : tr("none")));
    if (!node.buffers.isEmpty())
        lines.append(tr("Buffers: %1").arg(node.buffers.toString()));
    for (const auto &[key, text] : node.details)
        lines.append(tr("%1: %2").arg(key, text));
    return lines.join(QLatin1Char('\n'));
}

QVariant ExplainPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NodeColumn:
            return tr("Node");
        case CostColumn:
            return tr("Cost");
        case EstimatedRowsColumn:
            return tr("Rows (est.)");
        case ActualRowsColumn:
            return tr("Rows (actual)");
        case LoopsColumn:
            return tr("Loops");
        case TimeColumn:
            return tr("Time (ms, exclusive)");
        case PercentColumn:
            return tr("% of total");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CostColumn:
            return tr("The planner's estimated total cost, in its own units, including the children");
        case ActualRowsColumn:
            return tr("Rows returned per loop, as measured");
        case TimeColumn:
            return tr("Time spent in this node itself over all its loops, without its children");
        case PercentColumn:
            return tr("The node's own share of the execution time (of the cost when the statement was not run)");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && section != NodeColumn)
        return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

Qt::ItemFlags ExplainPlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
