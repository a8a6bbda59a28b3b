#include "resultsetmodel.h"

#include <algorithm>

ResultSetModel::ResultSetModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ResultSetModel::setColumns(const QList<ResultColumn> &columns)
{
    beginResetModel();
    m_columns = columns;
    m_chunks.clear();
    m_chunkStarts.clear();
    m_rows = 0;
    endResetModel();
}

void ResultSetModel::clear()
{
    setColumns({});
}

void ResultSetModel::appendChunk(std::shared_ptr<const ResultChunk> chunk)
{
    if (!chunk || chunk->rowCount() == 0 || chunk->columnCount() != m_columns.size())
        return;
    beginInsertRows({}, m_rows, m_rows + chunk->rowCount() - 1);
    m_chunkStarts.push_back(m_rows);
    m_rows += chunk->rowCount();
    m_chunks.push_back(std::move(chunk));
    endInsertRows();
}

std::pair<const ResultChunk *, int> ResultSetModel::locate(int row) const
{
    const auto it = std::upper_bound(m_chunkStarts.begin(), m_chunkStarts.end(), row);
    const size_t chunk = size_t(std::distance(m_chunkStarts.begin(), it)) - 1;
    return {m_chunks[chunk].get(), row - m_chunkStarts[chunk]};
}

bool ResultSetModel::isNull(int row, int column) const
{
    const auto [chunk, inChunk] = locate(row);
    return chunk->isNull(inChunk, column);
}

QString ResultSetModel::text(int row, int column) const
{
    const auto [chunk, inChunk] = locate(row);
    return QString::fromUtf8(chunk->cell(inChunk, column));
}

qsizetype ResultSetModel::memoryBytes() const
{
    qsizetype bytes = 0;
    for (const auto &chunk : m_chunks)
        bytes += chunk->byteSize();
    return bytes + qsizetype(m_chunkStarts.capacity() * sizeof(int));
}

int ResultSetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ResultSetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ResultSetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const auto [chunk, inChunk] = locate(index.row());
        if (chunk->isNull(inChunk, index.column()))
            return QStringLiteral("NULL");
        // Never turn megabytes into a QString for a cell that shows a few words: DisplayLimit characters
        // take at most 4 × DisplayLimit bytes of UTF-8, so decoding that much is always enough.
        const QByteArray bytes = chunk->cell(inChunk, index.column());
        const QByteArray head = bytes.left(DisplayLimit * 4);
        QString shown = QString::fromUtf8(head);
        bool cut = head.size() < bytes.size();
        if (shown.size() > DisplayLimit) {
            shown.truncate(DisplayLimit);
            cut = true;
        }
        shown.replace(QLatin1Char('\n'), QChar(0x21B5)).replace(QLatin1Char('\t'), QLatin1Char(' '));
        return cut ? shown + QChar(0x2026) : shown;
    }
    case Qt::EditRole:
        return isNull(index.row(), index.column()) ? QVariant() : QVariant(text(index.row(), index.column()));
    case Qt::TextAlignmentRole:
        return m_columns[index.column()].isNumeric() ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IsNullRole:
        return isNull(index.row(), index.column());
    case IsNumericRole:
        return m_columns[index.column()].isNumeric();
    default:
        return {};
    }
}

QVariant ResultSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section < m_columns.size() ? QVariant(m_columns[section].name) : QVariant();
}

Qt::ItemFlags ResultSetModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}
