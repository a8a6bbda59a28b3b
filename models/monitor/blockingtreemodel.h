#pragma once

#include "monitor/monitortypes.h"

#include <QAbstractItemModel>
#include <vector>

// Who blocks whom, as a tree built from the sessions' pg_blocking_pids: each head blocker (blocking others
// while not waiting itself) on top, with how long its transaction has been open, and under it the sessions
// waiting for it, with the lock they wait for and how long. Rows are capped, so a server with thousands of
// waiting sessions stays usable; truncatedCount() says how many were left out.
class BlockingTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Pid, User, State, Duration, WaitsFor, Query, ColumnCount };
    enum Role { PidRole = Qt::UserRole + 1, IsHeadRole };
    static constexpr int DefaultRowCap = 200;

    explicit BlockingTreeModel(QObject *parent = nullptr);

    void setRowCap(int cap) { m_cap = cap; }
    // Rebuilds the tree from one reading of the sessions; unchanged structure only updates the cells.
    void setSessions(const QList<ActivityRow> &sessions);
    int headCount() const;
    int truncatedCount() const { return m_truncated; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        ActivityRow session;
        int parent = -1; // node index; -1 for a head blocker
        int row = 0; // among its parent's children
        std::vector<int> children;
    };
    std::vector<Node> build(const QList<ActivityRow> &sessions, int *truncated) const;
    const std::vector<int> &childrenOf(const QModelIndex &parent) const;
    QVariant display(const Node &node, int column) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_heads;
    int m_cap = DefaultRowCap;
    int m_truncated = 0;
};
