#pragma once

#include "console/resultchunk.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

// One result set of the SQL console as a table model. Rows arrive in chunks while the query still runs
// (appendChunk, on the GUI thread); cells stay in libpq's compact text form and become QStrings only when a
// view asks for them. Long cells are shortened for display; the whole text is in Qt::EditRole.
class ResultSetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IsNullRole = Qt::UserRole + 1, // bool: the cell is SQL NULL (the view shows it greyed)
        IsNumericRole, // bool: the column is numeric (right-aligned)
    };
    static constexpr int DisplayLimit = 300; // characters of a cell shown in the grid

    explicit ResultSetModel(QObject *parent = nullptr);

    void setColumns(const QList<ResultColumn> &columns);
    void appendChunk(std::shared_ptr<const ResultChunk> chunk);
    void clear();

    const QList<ResultColumn> &columns() const { return m_columns; }
    const std::vector<std::shared_ptr<const ResultChunk>> &chunks() const { return m_chunks; }
    bool isNull(int row, int column) const;
    QString text(int row, int column) const; // the whole cell
    qsizetype memoryBytes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    // The chunk holding a row, and the row's index inside it.
    std::pair<const ResultChunk *, int> locate(int row) const;

    QList<ResultColumn> m_columns;
    std::vector<std::shared_ptr<const ResultChunk>> m_chunks;
    std::vector<int> m_chunkStarts; // first row of each chunk
    int m_rows = 0;
};
