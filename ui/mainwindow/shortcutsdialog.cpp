#include "mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(520, 560);

    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Action or key"));
    filterLabel->setBuddy(m_filter);

    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("shortcuts"));
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    QString group;
    QTreeWidgetItem *groupItem = nullptr;
    for (const Entry &entry : entries(window)) {
        if (!groupItem || entry.group != group) {
            group = entry.group;
            groupItem = new QTreeWidgetItem(m_view, {group});
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            groupItem->setFirstColumnSpanned(true);
            groupItem->setExpanded(true);
        }
        new QTreeWidgetItem(groupItem, {entry.action, entry.shortcut});
    }
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(QMainWindow *window)
{
    QList<Entry> entries;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            addMenu(entries, plainText(top), top->menu());
    }
    // The current tab's own actions (a console's Run, a table's Save) work while it has the focus.
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    if (QWidget *tab = tabs ? tabs->currentWidget() : nullptr) {
        const QString group = tr("Current tab: %1").arg(tabs->tabText(tabs->currentIndex()));
        QStringList seen;
        for (const QAction *action : tab->findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || action->text().isEmpty() || seen.contains(action->text()))
                continue;
            seen << action->text();
            entries << Entry {group, plainText(action), action->shortcut().toString(QKeySequence::NativeText)};
        }
    }
    return entries;
}

void ShortcutsDialog::addMenu(QList<Entry> &entries, const QString &group, const QMenu *menu)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            addMenu(entries, group + QStringLiteral(" → ") + plainText(action), action->menu());
            continue;
        }
        entries << Entry {group, plainText(action), action->shortcut().toString(QKeySequence::NativeText)};
    }
}

void ShortcutsDialog::filter(const QString &text)
{
    for (int g = 0; g < m_view->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_view->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                || item->text(1).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}
