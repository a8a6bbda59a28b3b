#include "indexproblemsmodel.h"

#include <QLocale>

IndexProblemsModel::IndexProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void IndexProblemsModel::setIndexes(QList<IndexProblemRow> indexes)
{
    beginResetModel();
    m_rows = std::move(indexes);
    endResetModel();
}

int IndexProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndexProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndexProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndexProblemRow &row = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Size ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Index:
        return row.schema + QLatin1Char('.') + row.index;
    case Table:
        return row.table;
    case Problem:
        switch (row.problem) {
        case IndexProblemRow::Problem::Invalid:
            return tr("invalid: a failed CREATE INDEX CONCURRENTLY; drop it or REINDEX");
        case IndexProblemRow::Problem::Duplicate:
            return tr("duplicate of %1").arg(row.duplicateOf);
        case IndexProblemRow::Problem::Unused:
            return tr("never scanned since the statistics were reset");
        }
        return {};
    case Size:
        return QLocale().formattedDataSize(row.bytes, 1, QLocale::DataSizeTraditionalFormat);
    case Scans:
        return QLocale().toString(row.scans);
    default:
        return {};
    }
}

QVariant IndexProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Index:
        return tr("Index");
    case Table:
        return tr("Table");
    case Problem:
        return tr("Problem");
    case Size:
        return tr("Size");
    case Scans:
        return tr("Scans");
    default:
        return {};
    }
}
