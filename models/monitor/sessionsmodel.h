#pragma once

#include "common/error.h"
#include "monitor/keyedtablemodel.h"
#include "monitor/monitortypes.h"

class Session;

// The server's client sessions (pg_stat_activity) as a table, updated row by row (by pid) on each refresh.
// Flags mark the dashboard's own backend, long-running queries and long idle-in-transaction sessions; the
// view decides how they look. Cancel query and Terminate session are verbs here, run on the given Session
// with the pid bound; the outcome (or a refusal in words) arrives in backendSignalled().
class SessionsModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { Pid, User, Application, Client, State, Wait, TransactionAge, QueryAge, Query, ColumnCount };
    enum Flag { NoFlag = 0, Own = 1, LongRunning = 2, LongIdleInTransaction = 4, Waiting = 8 };
    enum Role {
        PidRole = Qt::UserRole + 1, // int
        FlagsRole, // int: Flag bits
        SortRole, // numbers as numbers (ages in seconds), text as text
        IdleRole, // bool: the session is idle (not in a transaction)
    };
    enum class Signal { Cancel, Terminate };
    Q_ENUM(Signal)

    explicit SessionsModel(Session *session = nullptr, QObject *parent = nullptr);

    void setSessions(QList<ActivityRow> sessions);
    const QList<ActivityRow> &sessions() const { return m_rows; }
    // The row of a pid, -1 when not shown.
    int rowOfPid(int pid) const;
    const ActivityRow *sessionOfPid(int pid) const;

    // Thresholds for the highlights (seconds).
    void setLongRunningSeconds(double seconds) { m_longRunning = seconds; }
    void setIdleInTransactionSeconds(double seconds) { m_idleInTransaction = seconds; }
    static int flagsOf(const ActivityRow &row, double longRunning, double idleInTransaction);

    // pg_cancel_backend / pg_terminate_backend of the session with this pid; ends in backendSignalled().
    void cancelQuery(int pid) { signalBackend(pid, Signal::Cancel); }
    void terminateSession(int pid) { signalBackend(pid, Signal::Terminate); }
    void signalBackend(int pid, Signal signal);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // error is null when the server did it; otherwise it says why not (refused, no such session, offline).
    void backendSignalled(int pid, SessionsModel::Signal signal, const Error &error);

private:
    QVariant display(const ActivityRow &row, int column) const;
    QVariant sortValue(const ActivityRow &row, int column) const;

    Session *m_session;
    QList<ActivityRow> m_rows;
    double m_longRunning = 60;
    double m_idleInTransaction = 30;
};
