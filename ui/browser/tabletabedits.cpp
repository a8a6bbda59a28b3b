#include "tabletab.h"

#include "browser/foreignkeypicker.h"
#include "browser/pendingchangesdialog.h"
#include "catalog/schemacatalog.h"
#include "common/selectiontext.h"
#include "common/writelockbutton.h"
#include "connection/writelock.h"
#include "database/databaseconnection.h"
#include "settings/preferences.h"
#include "table/auditlog.h"
#include "table/tabledatamodel.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTableView>

#include <algorithm>

// A table tab's edits: rows inserted, deleted, copied and pasted, a foreign key picked by name, the review and the
// one-transaction save (with its audit entry on production), and what a failed save or a conflict says.

void TableTab::insertRow()
{
    const int row = m_model->rowCount();
    if (!m_model->insertRows(row, 1))
        return;
    m_view->scrollToBottom();
    m_view->setCurrentIndex(m_model->index(row, 0));
    updateStatus();
}

void TableTab::deleteSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_model->removeRows(*it, 1);
    updateStatus();
}

QString TableTab::selectionAsText(bool csv) const
{
    // Secrets are never copied; NULL is an empty cell.
    return SelectionText::block(
        m_view->selectionModel(),
        [](const QModelIndex &index) {
            return index.data(TableDataModel::IsMaskedRole).toBool() || index.data(TableDataModel::IsNullRole).toBool()
                ? QString()
                : index.data(Qt::EditRole).toString();
        },
        csv ? SelectionText::Format::Csv : SelectionText::Format::Tsv);
}

bool TableTab::pasteText(const QString &text)
{
    if (!m_model->isEditable() || m_model->writesLocked()) {
        showMessage(m_model->isEditable() ? tr("Unlock writes before pasting.") : m_model->readOnlyReason(), true);
        return false;
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    const QModelIndex start = m_view->currentIndex().isValid() ? m_view->currentIndex() : m_model->index(0, 0);
    int row = qMax(0, start.row());
    for (const QString &line : std::as_const(lines)) {
        if (row >= m_model->rowCount() && !m_model->insertRows(m_model->rowCount(), 1))
            return false;
        const QStringList cells = QString(line).remove(QLatin1Char('\r')).split(QLatin1Char('\t'));
        for (int i = 0; i < cells.size() && start.column() + i < m_model->columnCount(); ++i)
            m_model->setData(m_model->index(row, start.column() + i), cells[i]);
        ++row;
    }
    updateStatus();
    return true;
}

void TableTab::pickForeignKey(const QModelIndex &index)
{
    if (!index.isValid() || !(m_model->flags(index) & Qt::ItemIsEditable))
        return;
    ForeignKeyPicker *picker = ForeignKeyPicker::create(m_connection->session(), m_connection->catalog()->snapshot(),
        m_table, index.column(), index.data(Qt::EditRole), this);
    if (!picker)
        return;
    picker->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex target(index);
    connect(picker, &QDialog::accepted, this, [this, picker, target] {
        if (target.isValid() && !picker->chosenKey().isNull())
            m_model->setData(target, picker->chosenKey());
        updateStatus();
    });
    picker->open();
}

bool TableTab::save()
{
    if (!m_model->hasPendingChanges())
        return false;
    const QList<PendingChange> changes = m_model->pendingChanges();
    PendingChangesDialog review(changes, m_model->saveScript(changes), m_profile.isProduction(), this);
    if (review.exec() != QDialog::Accepted)
        return false;
    if (m_profile.isProduction()) {
        // Written only once this very save has succeeded: the log holds what really changed. A failed save
        // drops it (onSaveFailed/onConflict), so a later save never logs these changes or this reason.
        const QString reason = review.reason();
        m_pendingAudit = PendingAudit {m_connection->session()->serverInfo().user, changes,
            reason.isEmpty() ? m_model->writeLock()->reason() : reason};
    }
    showMessage(tr("Saving…"), false);
    m_model->save();
    updateStatus();
    return true;
}

void TableTab::revert()
{
    m_model->revert();
    showMessage({}, false);
    updateStatus();
}

bool TableTab::confirmClose()
{
    if (!m_model->hasPendingChanges() || !Preferences::shared()->values().confirmCloseUnsaved)
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?").arg(m_table),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Save)
        save();
    return false; // saving is asynchronous: the tab stays until the user closes it again
}

void TableTab::setWritesUnlocked(bool unlocked, const QString &reason)
{
    m_lockButton->setUnlocked(unlocked, reason);
}

void TableTab::onSaveFailed(const SaveFailure &failure)
{
    m_pendingAudit.reset(); // nothing was written, so nothing is logged
    const QString column
        = failure.column >= 0 ? m_model->headerData(failure.column, Qt::Horizontal).toString() : QString();
    QString where = failure.row >= 0 ? tr("Row %1").arg(failure.row + 1) : QString();
    if (!column.isEmpty())
        where += tr(", column %1").arg(column);
    showMessage(tr("Nothing was saved. %1: %2")
                    .arg(where, failure.plainWords.isEmpty() ? failure.error.toString() : failure.plainWords),
        true);
    if (failure.row >= 0)
        m_view->setCurrentIndex(m_model->index(failure.row, qMax(0, failure.column)));
    updateStatus();
}

void TableTab::onConflict(int row, const QVariantMap &theirs, const QString &why)
{
    m_pendingAudit.reset(); // nothing was written, so nothing is logged
    const auto shown = [](const QVariant &value) {
        return value.isNull() ? QStringLiteral("NULL") : value.toString().left(120);
    };
    QStringList their;
    QStringList yours;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString name = m_model->headerData(column, Qt::Horizontal).toString();
        const QModelIndex index = m_model->index(row, column);
        if (index.data(TableDataModel::IsMaskedRole).toBool())
            continue;
        yours << QStringLiteral("%1 = %2").arg(name, shown(index.data(Qt::EditRole)));
        if (theirs.contains(name))
            their << QStringLiteral("%1 = %2").arg(name, shown(theirs.value(name)));
    }
    showMessage(tr("Nothing was saved: row %1 was changed by someone else since you read it. %2\n"
                   "Theirs: %3\nYours: %4\n"
                   "Your edits are kept; Refresh to see their version, then edit again.")
                    .arg(row + 1)
                    .arg(why, theirs.isEmpty() ? tr("(deleted)") : their.join(QStringLiteral(", ")),
                        yours.join(QStringLiteral(", "))),
        true);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    updateStatus();
}
