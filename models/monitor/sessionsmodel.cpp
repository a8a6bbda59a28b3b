#include "sessionsmodel.h"

#include "common/whenfinished.h"
#include "common/sqlresource.h"
#include "connection/session.h"
#include "monitor/durationtext.h"

SessionsModel::SessionsModel(Session *session, QObject *parent)
    : KeyedTableModel(parent)
    , m_session(session)
{ }

void SessionsModel::setSessions(QList<ActivityRow> sessions)
{
    replaceRows(m_rows, std::move(sessions), [](const ActivityRow &row) { return row.pid; });
}

int SessionsModel::rowOfPid(int pid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].pid == pid)
            return i;
    }
    return -1;
}

const ActivityRow *SessionsModel::sessionOfPid(int pid) const
{
    const int row = rowOfPid(pid);
    return row < 0 ? nullptr : &m_rows[row];
}

int SessionsModel::flagsOf(const ActivityRow &row, double longRunning, double idleInTransaction)
{
    int flags = NoFlag;
    if (row.own)
        flags |= Own;
    if (row.state == QLatin1String("active") && row.querySeconds.value_or(0) >= longRunning)
        flags |= LongRunning;
    if (row.isIdleInTransaction() && row.stateSeconds.value_or(0) >= idleInTransaction)
        flags |= LongIdleInTransaction;
    if (row.waitEventType == QLatin1String("Lock"))
        flags |= Waiting;
    return flags;
}

void SessionsModel::signalBackend(int pid, Signal signal)
{
    const bool cancel = signal == Signal::Cancel;
    const QString what
        = cancel ? tr("Cancelling the query of session %1").arg(pid) : tr("Terminating session %1").arg(pid);
    if (!m_session || !m_session->isConnected()) {
        Q_EMIT backendSignalled(pid, signal, Error {what, tr("The dashboard is not connected."), {}, {}});
        return;
    }
    const QString sql = SqlResource::text(
        cancel ? QStringLiteral("monitor/cancel-backend.sql") : QStringLiteral("monitor/terminate-backend.sql"));
    const QString role = m_session->serverInfo().user;
    whenFinished(m_session->run(sql, {pid}), this, [this, pid, signal, what, role, cancel](const PgResult &result) {
        Error error;
        if (!result.ok()) {
            error = result.error;
            error.what = what;
            if (error.sqlState == QLatin1String("42501")) {
                // The server's own words are in detail; say it plainly first.
                error.why = cancel ? tr("Your role %1 may not cancel queries of this session's role.").arg(role)
                                   : tr("Your role %1 may not end sessions of this session's role.").arg(role);
                error.hint = tr("A superuser can allow it: GRANT pg_signal_backend TO %1; (never for "
                                "superusers' sessions).")
                                 .arg(role);
            }
        } else if (!result.rows.value(0).value(0).toBool()) { // run() has converted the cells
            error = Error {what, tr("The server has no session %1 any more: it has ended.").arg(pid), {}, {}};
        }
        Q_EMIT backendSignalled(pid, signal, error);
    });
}

int SessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionsModel::display(const ActivityRow &row, int column) const
{
    switch (column) {
    case Pid:
        return row.pid;
    case User:
        return row.user;
    case Application:
        return row.application;
    case Client:
        return row.client;
    case State:
        return row.state;
    case Wait:
        return row.waitEventType.isEmpty() ? QString() : row.waitEventType + QStringLiteral(": ") + row.waitEvent;
    case TransactionAge:
        return DurationText::format(row.transactionSeconds);
    case QueryAge:
        return DurationText::format(row.querySeconds);
    case Query:
        return row.query.simplified().left(300);
    default:
        return {};
    }
}

QVariant SessionsModel::sortValue(const ActivityRow &row, int column) const
{
    switch (column) {
    case Pid:
        return row.pid;
    case TransactionAge:
        return row.transactionSeconds.value_or(-1);
    case QueryAge:
        return row.querySeconds.value_or(-1);
    default:
        return display(row, column);
    }
}

QVariant SessionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (row.own)
            return tr("The dashboard's own session: left out of the per-state counts, and not to be ended from here.");
        if (index.column() == Query)
            return row.query;
        if (index.column() == Wait && !row.waitsFor.isEmpty())
            return tr("Waits for %1").arg(row.waitsFor);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Pid || index.column() == TransactionAge || index.column() == QueryAge)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PidRole:
        return row.pid;
    case FlagsRole:
        return flagsOf(row, m_longRunning, m_idleInTransaction);
    case SortRole:
        return sortValue(row, index.column());
    case IdleRole:
        return row.isIdle();
    default:
        return {};
    }
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Pid:
        return tr("PID");
    case User:
        return tr("User");
    case Application:
        return tr("Application");
    case Client:
        return tr("Client");
    case State:
        return tr("State");
    case Wait:
        return tr("Waiting for");
    case TransactionAge:
        return tr("Transaction");
    case QueryAge:
        return tr("Query age");
    case Query:
        return tr("Query");
    default:
        return {};
    }
}
