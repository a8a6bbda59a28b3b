// The edit path of TableDataModel: the pending-changes buffer and the one-transaction save.
#include "tabledatamodel.h"

#include "common/whenfinished.h"
#include "connection/session.h"
#include "connection/writelock.h"
#include "tablesave.h"

Qt::ItemFlags TableDataModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    const TableRow &row = m_rows[index.row()];
    // A cut cell may only be edited once its whole value is loaded: saving the first 200 characters back
    // would silently lose the rest.
    if (isEditable() && !writesLocked() && !m_saving && row.state != RowState::Deleted
        && !row.truncated.value(index.column()) && !m_query.isBinary(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TableDataModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    TableRow &row = m_rows[index.row()];
    const int column = index.column();
    const QVariant text = value.isNull() ? QVariant() : QVariant(value.toString());
    row.values[column] = text;
    row.error.clear();
    if (row.state == RowState::Inserted) {
        row.changed.insert(column);
    } else if (text == row.original[column] && text.isNull() == row.original[column].isNull()) {
        row.changed.remove(column); // typed back what was there: nothing to write
        if (row.changed.isEmpty())
            row.state = RowState::Clean;
    } else {
        row.changed.insert(column);
        row.state = RowState::Modified;
    }
    emitRowChanged(index.row());
    return true;
}

bool TableDataModel::insertRows(int row, int count, const QModelIndex &parent)
{
    // New rows go at the end only: in the middle they would pretend to have a place in the sort order.
    if (parent.isValid() || row != rowCount() || count < 1 || !isEditable() || writesLocked() || m_saving)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        TableRow fresh;
        fresh.state = RowState::Inserted;
        for (int c = 0; c < m_query.columnCount(); ++c) {
            fresh.values << QVariant();
            fresh.truncated << false;
        }
        fresh.original = fresh.values;
        m_rows.insert(row + i, fresh);
    }
    endInsertRows();
    return true;
}

bool TableDataModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount() || !isEditable() || writesLocked()
        || m_saving)
        return false;
    // From the last row down, so that removing an unsaved inserted row does not shift the ones still to do.
    for (int r = row + count - 1; r >= row; --r) {
        if (m_rows[r].state == RowState::Inserted) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        } else {
            m_rows[r].state = RowState::Deleted;
            emitRowChanged(r);
        }
    }
    return true;
}

void TableDataModel::revert()
{
    if (m_saving)
        return;
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        TableRow &row = m_rows[r];
        if (row.state == RowState::Inserted) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        } else if (row.state != RowState::Clean || !row.error.isEmpty()) {
            row.values = row.original;
            row.changed.clear();
            row.error.clear();
            row.state = RowState::Clean;
            emitRowChanged(r);
        }
    }
}

bool TableDataModel::hasPendingChanges() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const TableRow &row) {
        return row.state == RowState::Inserted || row.state == RowState::Deleted
            || (row.state == RowState::Modified && !row.changed.isEmpty());
    });
}

QList<PendingChange> TableDataModel::pendingChanges() const
{
    return PendingChanges::build(m_query, m_rows);
}

QString TableDataModel::saveScript(const QList<PendingChange> &changes) const
{
    return TableSave::script(changes, saveAccess());
}

TableSave::Access TableDataModel::saveAccess() const
{
    if (m_writeLock->isUnlocked())
        return TableSave::Access::ReadWrite;
    return m_writeLock->isLocked() ? TableSave::Access::ReadOnly : TableSave::Access::Default;
}

void TableDataModel::save()
{
    if (m_saving || !m_session || !isEditable())
        return;
    const QList<PendingChange> changes = pendingChanges();
    if (changes.isEmpty()) {
        Q_EMIT saved(0);
        return;
    }
    m_saving = true;
    for (const PendingChange &change : changes)
        m_rows[change.row].error.clear();
    // Nothing is sent for the lock or the unlock: the server stays the guard, through this model's own save
    // transactions (READ ONLY while locked, READ WRITE unlocked), so a reconnect or a pooler loses nothing.
    const TableSave::Access access = saveAccess();
    whenFinished(m_session->call([query = m_query, changes, catalog = m_catalog, access](PgConnection &conn) {
        return TableSave::run(conn, query, changes, catalog, access);
    }),
        this, [this, count = int(changes.size()), generation = m_generation](const SaveOutcome &outcome) {
            applySaved(outcome, count, generation);
        });
}

void TableDataModel::applySaved(const SaveOutcome &outcome, int changeCount, quint64 generation)
{
    m_saving = false;
    if (generation != m_generation) { // reloaded meanwhile: the rows the outcome speaks of are gone
        if (outcome.committed)
            Q_EMIT saved(changeCount);
        else if (outcome.conflictRow < 0)
            Q_EMIT saveFailed(outcome.failure);
        else
            Q_EMIT conflict(outcome.conflictRow, outcome.theirValues, outcome.conflictWords);
        return;
    }
    if (outcome.conflictRow >= 0) {
        m_rows[outcome.conflictRow].error = outcome.conflictWords;
        emitRowChanged(outcome.conflictRow);
        Q_EMIT conflict(outcome.conflictRow, outcome.theirValues, outcome.conflictWords);
        return;
    }
    if (!outcome.committed) {
        if (outcome.failure.row >= 0 && outcome.failure.row < m_rows.size()) {
            m_rows[outcome.failure.row].error = outcome.failure.plainWords;
            emitRowChanged(outcome.failure.row);
        }
        Q_EMIT saveFailed(outcome.failure);
        return;
    }
    // Saved rows take the server's version (new xmin, defaults filled in); deleted ones go.
    for (const auto &[row, values] : outcome.refreshed) {
        m_rows[row] = TableRow::fromResult(m_query, values);
        emitRowChanged(row);
    }
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        if (m_rows[r].state == RowState::Deleted) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        }
    }
    Q_EMIT saved(changeCount);
}
