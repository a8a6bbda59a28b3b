#include "replicationmodel.h"

#include "common/whenfinished.h"
#include "connection/session.h"
#include "monitor/durationtext.h"
#include "monitor/monitorqueries.h"

#include <QLocale>

namespace {

struct ReplicationReading
{
    QList<StandbyRow> standbys;
    ReceiverStatus receiver;
    Error error;
};

QString bytesText(std::optional<qint64> bytes)
{
    return bytes ? QLocale().formattedDataSize(*bytes, 1, QLocale::DataSizeTraditionalFormat) : QString();
}

} // namespace

ReplicationModel::ReplicationModel(Session *session, QObject *parent)
    : KeyedTableModel(parent)
    , m_session(session)
{
    if (m_session) {
        // A job lost with its connection never reports back.
        connect(m_session, &Session::opened, this, [this] { m_refreshing = false; });
    }
}

bool ReplicationModel::refresh()
{
    if (m_refreshing || !m_session || !m_session->isConnected())
        return false;
    m_refreshing = true;
    auto job = [](PgConnection &connection) {
        ReplicationReading reading;
        reading.standbys = MonitorQueries::readStandbys(connection, &reading.error);
        if (!reading.error)
            reading.receiver = MonitorQueries::readReceiver(connection, &reading.error);
        return reading;
    };
    whenFinished(m_session->call(std::move(job)), this, [this](const ReplicationReading &reading) {
        m_refreshing = false;
        if (reading.error) {
            Q_EMIT failed(reading.error);
            return;
        }
        setReading(reading.standbys, reading.receiver);
        Q_EMIT refreshed();
    });
    return true;
}

void ReplicationModel::setReading(QList<StandbyRow> standbys, const ReceiverStatus &receiver)
{
    m_receiver = receiver;
    m_read = true;
    replaceRows(m_rows, std::move(standbys), [](const StandbyRow &row) { return row.pid; });
}

int ReplicationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReplicationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplicationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StandbyRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case PidRole:
        return row.pid;
    case Qt::TextAlignmentRole:
        return index.column() >= SentLag ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() >= WriteTime)
            return tr("Empty when the standby has been idle and caught up, or when your role may not see it.");
        if (index.column() >= SentLag)
            return tr("WAL written here that the standby has not yet reached at this stage.");
        return {};
    default:
        return {};
    }
}

QVariant ReplicationModel::display(const StandbyRow &row, int column) const
{
    switch (column) {
    case Application:
        return row.application;
    case Client:
        return row.client.isEmpty() ? tr("local socket") : row.client;
    case State:
        return row.state;
    case SyncState:
        return row.syncState;
    case SentLag:
        return bytesText(row.sentLagBytes);
    case WriteLag:
        return bytesText(row.writeLagBytes);
    case FlushLag:
        return bytesText(row.flushLagBytes);
    case ReplayLag:
        return bytesText(row.replayLagBytes);
    case WriteTime:
        return DurationText::format(row.writeLagSeconds);
    case FlushTime:
        return DurationText::format(row.flushLagSeconds);
    case ReplayTime:
        return DurationText::format(row.replayLagSeconds);
    default:
        return {};
    }
}

QVariant ReplicationModel::sortValue(const StandbyRow &row, int column) const
{
    const auto bytes = [](std::optional<qint64> value) {
        return value ? QVariant(*value) : QVariant(qint64(-1));
    };
    const auto seconds = [](std::optional<double> value) {
        return value ? QVariant(*value) : QVariant(-1.0);
    };
    switch (column) {
    case SentLag:
        return bytes(row.sentLagBytes);
    case WriteLag:
        return bytes(row.writeLagBytes);
    case FlushLag:
        return bytes(row.flushLagBytes);
    case ReplayLag:
        return bytes(row.replayLagBytes);
    case WriteTime:
        return seconds(row.writeLagSeconds);
    case FlushTime:
        return seconds(row.flushLagSeconds);
    case ReplayTime:
        return seconds(row.replayLagSeconds);
    default:
        return display(row, column);
    }
}

QVariant ReplicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Application:
        return tr("Standby");
    case Client:
        return tr("Client");
    case State:
        return tr("State");
    case SyncState:
        return tr("Sync");
    case SentLag:
        return tr("Not sent");
    case WriteLag:
        return tr("Not written");
    case FlushLag:
        return tr("Not flushed");
    case ReplayLag:
        return tr("Not replayed");
    case WriteTime:
        return tr("Write lag");
    case FlushTime:
        return tr("Flush lag");
    case ReplayTime:
        return tr("Replay lag");
    default:
        return {};
    }
}
