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
    const TableRow *loaded = rowAt(index.row());
    if (!loaded)
        return flags; // its page is being read
    const TableRow &row = *loaded;
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
    TableRow &row = *rowAt(index.row());
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
    noteEdit(row);
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
        m_inserted << fresh;
    }
    endInsertRows();
    return true;
}

bool TableDataModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount() || !isEditable() || writesLocked()
        || m_saving)
        return false;
    for (int r = row; r < row + count; ++r) {
        if (!rowAt(r))
            return false; // a row still being read cannot be marked
    }
    // From the last row down, so that removing an unsaved inserted row does not shift the ones still to do.
    for (int r = row + count - 1; r >= row; --r) {
        TableRow &target = *rowAt(r);
        if (target.state == RowState::Inserted) {
            beginRemoveRows({}, r, r);
            m_inserted.removeAt(r - serverRowCount());
            endRemoveRows();
        } else {
            target.state = RowState::Deleted;
            noteEdit(target);
            emitRowChanged(r);
        }
    }
    return true;
}

QString TableDataModel::keyText(const QVariantList &key)
{
    QStringList parts;
    for (const QVariant &value : key)
        parts << (value.isNull() ? QStringLiteral("\\N")
                                 : value.toString().replace(QLatin1Char('\\'), QLatin1String("\\\\")));
    return parts.join(QLatin1Char('\x1f'));
}

// Keeps a copy of a changed row apart from its page, so that dropping the page loses nothing.
void TableDataModel::noteEdit(const TableRow &row)
{
    if (row.state == RowState::Inserted || row.key.isEmpty())
        return;
    const QString key = keyText(row.key);
    const bool pending = row.state == RowState::Deleted || (row.state == RowState::Modified && !row.changed.isEmpty())
        || !row.error.isEmpty();
    if (pending) {
        if (!m_edits.contains(key))
            m_editOrder << key;
        m_edits.insert(key, row);
    } else if (m_edits.remove(key)) {
        m_editOrder.removeOne(key);
    }
}

void TableDataModel::revert()
{
    if (m_saving)
        return;
    for (int i = int(m_inserted.size()) - 1; i >= 0; --i) {
        if (m_inserted[i].state != RowState::Inserted)
            continue;
        beginRemoveRows({}, serverRowCount() + i, serverRowCount() + i);
        m_inserted.removeAt(i);
        endRemoveRows();
    }
    const QHash<QString, TableRow> edits = std::exchange(m_edits, {});
    m_editOrder.clear();
    const auto restore = [&](qint64 r, TableRow &row) {
        if (row.key.isEmpty() || !edits.contains(keyText(row.key)))
            return;
        row.values = row.original;
        row.changed.clear();
        row.error.clear();
        row.state = RowState::Clean;
        emitRowChanged(int(r));
    };
    m_window.forEachRow(restore);
    for (int i = 0; i < m_inserted.size(); ++i) // rows inserted and saved here, edited since
        restore(serverRowCount() + i, m_inserted[i]);
}

bool TableDataModel::hasPendingChanges() const
{
    if (std::any_of(m_inserted.cbegin(), m_inserted.cend(),
            [](const TableRow &row) { return row.state == RowState::Inserted; }))
        return true;
    return std::any_of(m_edits.cbegin(), m_edits.cend(), [](const TableRow &row) {
        return row.state == RowState::Deleted || (row.state == RowState::Modified && !row.changed.isEmpty());
    });
}

// What a save sends, in the order the user made the changes (inserted rows last), and where each row is.
struct TableDataModel::SaveBatch
{
    QList<TableRow> rows;
    QList<QVariantList> keys; // empty for an inserted row
    int insertedFrom = 0; // rows[i] for i >= insertedFrom is m_inserted[insertedAt[i - insertedFrom]]
    QList<int> insertedAt;
};

QList<PendingChange> TableDataModel::pendingChanges() const
{
    QList<TableRow> rows;
    for (const QString &key : m_editOrder)
        rows << m_edits.value(key);
    const int insertedFrom = int(rows.size());
    QList<int> insertedAt;
    for (int i = 0; i < m_inserted.size(); ++i) {
        if (m_inserted[i].state == RowState::Inserted) { // not those saved already (their edits are above)
            rows << m_inserted[i];
            insertedAt << i;
        }
    }
    QList<PendingChange> changes = PendingChanges::build(m_query, rows);
    // Rows as the grid numbers them now (-1: not loaded at the moment).
    for (PendingChange &change : changes) {
        change.row = change.row >= insertedFrom ? serverRowCount() + insertedAt[change.row - insertedFrom]
                                                : rowWithKey(rows[change.row].key);
    }
    return changes;
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
    SaveBatch batch;
    for (const QString &key : std::as_const(m_editOrder)) {
        batch.rows << m_edits.value(key);
        batch.keys << m_edits.value(key).key;
    }
    batch.insertedFrom = int(batch.rows.size());
    for (int i = 0; i < m_inserted.size(); ++i) {
        if (m_inserted[i].state != RowState::Inserted)
            continue; // saved already; an edit of it is in m_edits
        batch.rows << m_inserted[i];
        batch.keys << QVariantList();
        batch.insertedAt << i;
    }
    const QList<PendingChange> changes = PendingChanges::build(m_query, batch.rows);
    if (changes.isEmpty()) {
        Q_EMIT saved(0);
        return;
    }
    m_saving = true;
    // Nothing is sent for the lock or the unlock: the server stays the guard, through this model's own save
    // transactions (READ ONLY while locked, READ WRITE unlocked), so a reconnect or a pooler loses nothing.
    const TableSave::Access access = saveAccess();
    whenFinished(m_session->call([query = m_query, changes, catalog = m_catalog, access](PgConnection &conn) {
        return TableSave::run(conn, query, changes, catalog, access);
    }),
        this, [this, batch, count = int(changes.size())](const SaveOutcome &outcome) {
            applySaved(outcome, batch);
            if (outcome.committed)
                Q_EMIT saved(count);
        });
}

void TableDataModel::applySaved(const SaveOutcome &outcome, const SaveBatch &batch)
{
    m_saving = false;
    const auto modelRow = [&](int i) {
        if (i < 0 || i >= batch.rows.size())
            return -1;
        return i >= batch.insertedFrom ? serverRowCount() + batch.insertedAt[i - batch.insertedFrom]
                                       : rowWithKey(batch.keys[i]);
    };
    const auto markError = [&](int i, const QString &words) {
        const int row = modelRow(i);
        if (TableRow *target = rowAt(row)) {
            target->error = words;
            noteEdit(*target);
            emitRowChanged(row);
        } else if (i >= 0 && i < batch.insertedFrom && m_edits.contains(keyText(batch.keys[i]))) {
            m_edits[keyText(batch.keys[i])].error = words;
        }
    };
    if (outcome.conflictRow >= 0) {
        markError(outcome.conflictRow, outcome.conflictWords);
        Q_EMIT conflict(modelRow(outcome.conflictRow), outcome.theirValues, outcome.conflictWords);
        return;
    }
    if (!outcome.committed) {
        SaveFailure failure = outcome.failure;
        markError(failure.row, failure.plainWords);
        failure.row = modelRow(failure.row);
        Q_EMIT saveFailed(failure);
        return;
    }
    // Saved rows take the server's version (new xmin, defaults filled in); their copies are no longer needed.
    qint64 deleted = 0;
    for (int i = 0; i < batch.insertedFrom; ++i) {
        deleted += batch.rows[i].state == RowState::Deleted ? 1 : 0;
        if (m_edits.remove(keyText(batch.keys[i])))
            m_editOrder.removeOne(keyText(batch.keys[i]));
    }
    for (const auto &[i, values] : outcome.refreshed) {
        const int row = modelRow(i);
        TableRow *target = rowAt(row);
        if (!target)
            continue;
        // A saved row shows the server's version; an inserted one stays at the end (clean) until the table
        // is read again, rather than vanishing from a filtered view or jumping to its place in the order.
        TableRow fresh = TableRow::fromResult(m_query, values);
        fresh.foreignNames = target->foreignNames; // still right where the key did not change
        for (const auto &[column, display] : m_foreignOfColumn.asKeyValueRange()) {
            if (display < fresh.foreignNames.size() && fresh.values.value(column) != target->original.value(column))
                fresh.foreignNames[display].clear();
        }
        *target = fresh;
        emitRowChanged(row);
    }
    if (deleted) {
        // Rows went: every position after them moved. Read the pages again where the view is.
        m_window.dropAll();
        applyTotal(m_window.total() - deleted, m_window.isExact());
        emitRowsChanged(0, m_window.total() - 1);
    }
}
