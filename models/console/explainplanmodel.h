#pragma once

#include "console/explainplan.h"

#include <QAbstractItemModel>

// An EXPLAIN plan as a tree for a QTreeView: one row per plan node, with its cost, estimated and actual rows,
// loops, exclusive time and share of the whole; the details in tooltips. Colours are the view's business:
// the model says which node is the slowest (SlowestRole) and how hot each one is (HeatRole).
class ExplainPlanModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NodeColumn,
        CostColumn,
        EstimatedRowsColumn,
        ActualRowsColumn,
        LoopsColumn,
        TimeColumn,
        PercentColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SlowestRole = Qt::UserRole + 1, // bool: the node that took the most time (or cost, without ANALYZE)
        HeatRole, // double 0..1: the node's share of the whole plan
        ValueRole, // the column's figure as a number (the title in NodeColumn), for sorting and tests
        NodeIndexRole, // int: index into ExplainPlan::nodes()
    };

    explicit ExplainPlanModel(QObject *parent = nullptr);
    ~ExplainPlanModel() override;

    void setPlan(const ExplainPlan &plan);
    const ExplainPlan &plan() const { return m_plan; }
    // The model index of a plan node (an index into ExplainPlan::nodes()).
    QModelIndex indexOfNode(int node, int column = NodeColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant displayText(const ExplainNode &node, int column) const;
    QVariant value(const ExplainNode &node, int column) const;
    QString toolTip(const ExplainNode &node) const;
    QStringList actualLines(const ExplainNode &node) const;

    ExplainPlan m_plan;
};
