#pragma once

#include "common/error.h"
#include "monitor/keyedtablemodel.h"
#include "monitor/monitortypes.h"

class Session;

// Replication as this server sees it: on a primary, one row per standby streaming from it with its lag in
// bytes of WAL and in time; on a standby, receiver() says so and how far behind it is. Read on request (the
// dashboard asks while its replication panel is shown), two statements in one job on the dashboard's Session.
class ReplicationModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        Application,
        Client,
        State,
        SyncState,
        SentLag,
        WriteLag,
        FlushLag,
        ReplayLag,
        WriteTime,
        FlushTime,
        ReplayTime,
        ColumnCount
    };
    enum DataRole { SortRole = Qt::UserRole + 1, PidRole };

    explicit ReplicationModel(Session *session = nullptr, QObject *parent = nullptr);

    // Reads the standbys and this server's own receiver; false while one is under way or when not connected.
    bool refresh();
    bool isRefreshing() const { return m_refreshing; }
    // A reading has arrived since the model was made.
    bool isRead() const { return m_read; }

    void setReading(QList<StandbyRow> standbys, const ReceiverStatus &receiver);
    const QList<StandbyRow> &standbys() const { return m_rows; }
    const ReceiverStatus &receiver() const { return m_receiver; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void failed(const Error &error);

private:
    QVariant display(const StandbyRow &row, int column) const;
    QVariant sortValue(const StandbyRow &row, int column) const;

    Session *m_session;
    QList<StandbyRow> m_rows;
    ReceiverStatus m_receiver;
    bool m_refreshing = false;
    bool m_read = false;
};
