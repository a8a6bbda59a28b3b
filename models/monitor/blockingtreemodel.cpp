#include "blockingtreemodel.h"

#include "monitor/durationtext.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <functional>

BlockingTreeModel::BlockingTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

std::vector<BlockingTreeModel::Node> BlockingTreeModel::build(const QList<ActivityRow> &sessions, int *truncated) const
{
    QHash<int, const ActivityRow *> byPid;
    QHash<int, QList<int>> waitersOf; // blocker pid → pids waiting for it
    for (const ActivityRow &session : sessions)
        byPid.insert(session.pid, &session);
    for (const ActivityRow &session : sessions) {
        for (int blocker : session.blockedBy)
            waitersOf[blocker] << session.pid;
    }
    // Heads: blocking others, not waiting themselves. In a cycle (a deadlock not yet detected) nobody
    // qualifies: then the lowest pid of the cycle stands for it.
    QList<int> heads;
    for (auto it = waitersOf.cbegin(); it != waitersOf.cend(); ++it) {
        const ActivityRow *blocker = byPid.value(it.key());
        if (!blocker || blocker->blockedBy.isEmpty())
            heads << it.key();
    }
    if (heads.isEmpty() && !waitersOf.isEmpty())
        heads << *std::min_element(waitersOf.keyBegin(), waitersOf.keyEnd());
    // Most waiters first, then the oldest transaction.
    std::sort(heads.begin(), heads.end(), [&](int a, int b) {
        if (waitersOf.value(a).size() != waitersOf.value(b).size())
            return waitersOf.value(a).size() > waitersOf.value(b).size();
        const ActivityRow *x = byPid.value(a);
        const ActivityRow *y = byPid.value(b);
        return (x ? x->transactionSeconds.value_or(0) : 0) > (y ? y->transactionSeconds.value_or(0) : 0);
    });

    std::vector<Node> nodes;
    *truncated = 0;
    // Depth first, a pid never twice on one path (cycles), at most m_cap rows.
    std::function<void(int, int, QSet<int> &)> add = [&](int pid, int parent, QSet<int> &path) {
        if (int(nodes.size()) >= m_cap) {
            ++*truncated;
            return;
        }
        Node node;
        if (const ActivityRow *session = byPid.value(pid))
            node.session = *session;
        else
            node.session.pid = pid; // a blocker the role may not see, or beyond the sessions cap
        node.parent = parent;
        const int at = int(nodes.size());
        if (parent >= 0) {
            node.row = int(nodes[size_t(parent)].children.size());
            nodes[size_t(parent)].children.push_back(at);
        }
        nodes.push_back(std::move(node));
        path.insert(pid);
        for (int waiter : waitersOf.value(pid)) {
            if (!path.contains(waiter))
                add(waiter, at, path);
        }
        path.remove(pid);
    };
    int headRow = 0;
    for (int head : std::as_const(heads)) {
        QSet<int> path;
        const size_t at = nodes.size();
        add(head, -1, path);
        if (nodes.size() > at)
            nodes[at].row = headRow++;
    }
    return nodes;
}

void BlockingTreeModel::setSessions(const QList<ActivityRow> &sessions)
{
    int truncated = 0;
    std::vector<Node> nodes = build(sessions, &truncated);
    m_truncated = truncated;
    const bool sameShape = nodes.size() == m_nodes.size()
        && std::equal(nodes.begin(), nodes.end(), m_nodes.begin(),
            [](const Node &a, const Node &b) { return a.parent == b.parent && a.session.pid == b.session.pid; });
    if (sameShape) {
        m_nodes = std::move(nodes);
        if (!m_nodes.empty()) {
            // Every cell of every row may have changed (ages move): tell the view per parent.
            for (size_t i = 0; i < m_nodes.size(); ++i) {
                const Node &node = m_nodes[i];
                if (node.children.empty())
                    continue;
                const QModelIndex parent = createIndex(node.row, 0, quintptr(i));
                Q_EMIT dataChanged(index(0, 0, parent), index(int(node.children.size()) - 1, ColumnCount - 1, parent));
            }
            Q_EMIT dataChanged(index(0, 0), index(int(m_heads.size()) - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_nodes = std::move(nodes);
    m_heads.clear();
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].parent < 0)
            m_heads.push_back(int(i));
    }
    endResetModel();
}

int BlockingTreeModel::headCount() const
{
    return int(m_heads.size());
}

const std::vector<int> &BlockingTreeModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes[size_t(parent.internalId())].children : m_heads;
}

QModelIndex BlockingTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(childrenOf(parent)[size_t(row)]));
}

QModelIndex BlockingTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[size_t(child.internalId())].parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes[size_t(parent)].row, 0, quintptr(parent));
}

int BlockingTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int BlockingTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant BlockingTreeModel::display(const Node &node, int column) const
{
    const ActivityRow &session = node.session;
    switch (column) {
    case Pid:
        return session.pid;
    case User:
        return session.user;
    case State:
        return session.state.isEmpty() && session.user.isEmpty() ? tr("(not visible)") : session.state;
    case Duration:
        // A head holds its locks since its transaction began; a waiter waits since its state changed.
        return node.parent < 0 ? tr("holds for %1").arg(DurationText::format(session.transactionSeconds))
                               : tr("waits for %1").arg(DurationText::format(session.stateSeconds));
    case WaitsFor:
        return session.waitsFor;
    case Query:
        return session.query.simplified().left(300);
    default:
        return {};
    }
}

QVariant BlockingTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes[size_t(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        return display(node, index.column());
    case Qt::ToolTipRole:
        return index.column() == Query ? node.session.query : QVariant();
    case PidRole:
        return node.session.pid;
    case IsHeadRole:
        return node.parent < 0;
    default:
        return {};
    }
}

QVariant BlockingTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Pid:
        return tr("PID");
    case User:
        return tr("User");
    case State:
        return tr("State");
    case Duration:
        return tr("How long");
    case WaitsFor:
        return tr("Lock waited for");
    case Query:
        return tr("Query");
    default:
        return {};
    }
}
