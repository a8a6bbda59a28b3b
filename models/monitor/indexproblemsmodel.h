#pragma once

#include "monitor/monitortypes.h"

#include <QAbstractTableModel>

// Indexes worth a look (invalid, duplicate, never used), as read with the table sizes.
class IndexProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Index, Table, Problem, Size, Scans, ColumnCount };

    explicit IndexProblemsModel(QObject *parent = nullptr);

    void setIndexes(QList<IndexProblemRow> indexes);
    const QList<IndexProblemRow> &indexes() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IndexProblemRow> m_rows;
};
