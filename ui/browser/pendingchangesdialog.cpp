#include "pendingchangesdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString shown(const QVariant &value)
{
    return value.isNull() ? QStringLiteral("NULL") : value.toString().left(200);
}

QString kindText(RowState kind)
{
    switch (kind) {
    case RowState::Inserted:
        return PendingChangesDialog::tr("insert");
    case RowState::Deleted:
        return PendingChangesDialog::tr("delete");
    default:
        return PendingChangesDialog::tr("update");
    }
}

} // namespace

PendingChangesDialog::PendingChangesDialog(
    const QList<PendingChange> &changes, const QString &script, bool askReason, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pendingChangesDialog"));
    setWindowTitle(tr("Review changes"));
    resize(900, 520);
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("pendingChangesTree"));
    tree->setHeaderLabels({tr("Change"), tr("Row"), tr("Column"), tr("Before"), tr("After")});
    tree->setRootIsDecorated(false);
    for (const PendingChange &change : changes) {
        QStringList key;
        for (const QVariant &value : change.rowKey)
            key << shown(value);
        const int lines = qMax(1, int(change.columns.size()));
        for (int i = 0; i < lines; ++i) {
            new QTreeWidgetItem(tree,
                {i == 0 ? kindText(change.kind) : QString(), i == 0 ? key.join(QStringLiteral(", ")) : QString(),
                    change.columns.value(i),
                    change.kind == RowState::Inserted ? QString() : shown(change.before.value(i)),
                    change.kind == RowState::Deleted ? QString() : shown(change.after.value(i))});
        }
    }
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *sqlView = new QPlainTextEdit(this);
    sqlView->setObjectName(QStringLiteral("pendingChangesSql"));
    sqlView->setReadOnly(true);
    sqlView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    sqlView->setPlainText(script);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%n change(s) will be written in one transaction. If any fails, none is kept.",
                                     nullptr, int(changes.size())),
        this));
    layout->addWidget(tree, 2);
    layout->addWidget(sqlView, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    if (askReason) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("auditReason"));
        m_reason->setPlaceholderText(tr("Why? (kept in the audit log with these changes)"));
        layout->addWidget(m_reason);
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        connect(m_reason, &QLineEdit::textChanged, this, [buttons](const QString &text) {
            buttons->button(QDialogButtonBox::Save)->setEnabled(!text.trimmed().isEmpty());
        });
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PendingChangesDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}
