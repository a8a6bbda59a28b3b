#include "tablesizesmodel.h"

#include "common/whenfinished.h"
#include "connection/session.h"
#include "monitor/durationtext.h"
#include "monitor/indexproblemsmodel.h"
#include "monitor/monitorqueries.h"

#include <QLocale>

namespace {

struct StorageReading
{
    QList<TableSizeRow> tables;
    QList<IndexProblemRow> indexes;
    Error error;
};

} // namespace

TableSizesModel::TableSizesModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_indexes(new IndexProblemsModel(this))
{ }

bool TableSizesModel::refresh()
{
    if (m_refreshing || !m_session || !m_session->isConnected())
        return false;
    m_refreshing = true;
    auto job = [](PgConnection &connection) {
        StorageReading reading;
        reading.tables = MonitorQueries::readTableSizes(connection, MonitorQueries::TableRowCap, &reading.error);
        if (!reading.error)
            reading.indexes = MonitorQueries::readIndexProblems(connection, &reading.error);
        return reading;
    };
    whenFinished(m_session->call(std::move(job)), this, [this](const StorageReading &reading) {
        m_refreshing = false;
        if (reading.error) {
            Q_EMIT failed(reading.error);
            return;
        }
        m_readAt = QDateTime::currentDateTime();
        setTables(reading.tables);
        m_indexes->setIndexes(reading.indexes);
        Q_EMIT refreshed();
    });
    return true;
}

void TableSizesModel::setTables(QList<TableSizeRow> tables)
{
    beginResetModel();
    m_rows = std::move(tables);
    endResetModel();
}

int TableSizesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableSizesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableSizesModel::display(const TableSizeRow &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Table:
        return row.schema + QLatin1Char('.') + row.name;
    case Total:
        return locale.formattedDataSize(row.totalBytes, 1, QLocale::DataSizeTraditionalFormat);
    case TableSize:
        return locale.formattedDataSize(row.tableBytes, 1, QLocale::DataSizeTraditionalFormat);
    case Indexes:
        return locale.formattedDataSize(row.indexBytes, 1, QLocale::DataSizeTraditionalFormat);
    case Toast:
        return locale.formattedDataSize(row.toastBytes, 1, QLocale::DataSizeTraditionalFormat);
    case LiveRows:
        return locale.toString(row.liveRows);
    case DeadRows:
        return locale.toString(row.deadRows);
    case SeqScans:
        return locale.toString(row.seqScans);
    case IndexScans:
        return locale.toString(row.indexScans);
    case Vacuum:
        return row.vacuumAgeSeconds ? tr("%1 ago").arg(DurationText::format(row.vacuumAgeSeconds)) : tr("never");
    case Analyze:
        return row.analyzeAgeSeconds ? tr("%1 ago").arg(DurationText::format(row.analyzeAgeSeconds)) : tr("never");
    default:
        return {};
    }
}

QVariant TableSizesModel::sortValue(const TableSizeRow &row, int column) const
{
    switch (column) {
    case Total:
        return row.totalBytes;
    case TableSize:
        return row.tableBytes;
    case Indexes:
        return row.indexBytes;
    case Toast:
        return row.toastBytes;
    case LiveRows:
        return row.liveRows;
    case DeadRows:
        return row.deadRows;
    case SeqScans:
        return row.seqScans;
    case IndexScans:
        return row.indexScans;
    case Vacuum:
        return row.vacuumAgeSeconds.value_or(1e12);
    case Analyze:
        return row.analyzeAgeSeconds.value_or(1e12);
    default:
        return display(row, column);
    }
}

QVariant TableSizesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableSizeRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() != Table ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant TableSizesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Table:
        return tr("Table");
    case Total:
        return tr("Total");
    case TableSize:
        return tr("Table data");
    case Indexes:
        return tr("Indexes");
    case Toast:
        return tr("TOAST");
    case LiveRows:
        return tr("Live rows");
    case DeadRows:
        return tr("Dead rows");
    case SeqScans:
        return tr("Seq. scans");
    case IndexScans:
        return tr("Index scans");
    case Vacuum:
        return tr("Last vacuum");
    case Analyze:
        return tr("Last analyze");
    default:
        return {};
    }
}
