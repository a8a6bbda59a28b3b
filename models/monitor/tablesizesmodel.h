#pragma once

#include "common/error.h"
#include "monitor/monitortypes.h"

#include <QAbstractTableModel>
#include <QDateTime>

class IndexProblemsModel;
class Session;

// Per table: total, table, index and TOAST size, live and dead rows, sequential and index scans, time since
// the last (auto)vacuum and analyze, for every user schema, largest first. Sizes cost the server a stat() per
// file, so they are read only on refresh() (on opening and on request), never on a timer; readAt() says
// how old they are. The same job reads the index problems into indexProblems().
class TableSizesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Table,
        Total,
        TableSize,
        Indexes,
        Toast,
        LiveRows,
        DeadRows,
        SeqScans,
        IndexScans,
        Vacuum,
        Analyze,
        ColumnCount
    };
    enum DataRole { SortRole = Qt::UserRole + 1 };

    explicit TableSizesModel(Session *session = nullptr, QObject *parent = nullptr);

    // Reads on the session; false when one is under way or not connected.
    bool refresh();
    bool isRefreshing() const { return m_refreshing; }
    QDateTime readAt() const { return m_readAt; }
    IndexProblemsModel *indexProblems() const { return m_indexes; }

    void setTables(QList<TableSizeRow> tables);
    const QList<TableSizeRow> &tables() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void failed(const Error &error);

private:
    QVariant display(const TableSizeRow &row, int column) const;
    QVariant sortValue(const TableSizeRow &row, int column) const;

    Session *m_session;
    IndexProblemsModel *m_indexes;
    QList<TableSizeRow> m_rows;
    QDateTime m_readAt;
    bool m_refreshing = false;
};
