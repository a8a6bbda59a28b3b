#include "mainwindow.h"

#include "browser/tabletab.h"
#include "catalog/schemacatalog.h"
#include "console/consoletab.h"
#include "console/sqleditor.h"
#include "database/databaseconnection.h"
#include "mainwindow/aboutdialog.h"
#include "mainwindow/shortcutsdialog.h"
#include "monitor/dashboardtab.h"
#include "settings/preferencesdialog.h"

#include <QTabWidget>

// The main window's memory and its Help dialogs: which tabs it had open on a profile, reopened on the next
// start of that profile, and the About, Keyboard Shortcuts and Preferences dialogs.

namespace {

// A console tied to a file comes back tied to it, with what the file holds now; its unsaved edits on top
// when nobody asked about them. A file gone since: the text as it was, untied (the console says why).
void restoreConsole(ConsoleTab *console, const SavedTabs::Tab &tab)
{
    if (tab.file.isEmpty() || !console->openFile(tab.file)) {
        console->editor()->setText(tab.text);
        return;
    }
    if (tab.unsaved && console->editor()->text() != tab.text) {
        console->editor()->setText(tab.text);
        console->editor()->setModified(true);
    }
}

} // namespace

QString MainWindow::savedTabsKey() const
{
    const ConnectionProfile &profile = m_connection->profile();
    if (profile.demo)
        return QStringLiteral("demo");
    return profile.name.isEmpty() ? profile.displayTarget() : profile.name;
}

SavedTabs::Tabs MainWindow::openTabs() const
{
    SavedTabs::Tabs open;
    for (int i = 1; i < m_tabs->count(); ++i) {
        QWidget *widget = m_tabs->widget(i);
        SavedTabs::Tab tab;
        if (auto *table = qobject_cast<TableTab *>(widget)) {
            tab.kind = SavedTabs::Tab::Kind::Table;
            tab.name = table->qualifiedName();
        } else if (qobject_cast<DashboardTab *>(widget)) {
            tab.kind = SavedTabs::Tab::Kind::Dashboard;
        } else if (auto *console = qobject_cast<ConsoleTab *>(widget)) {
            tab.kind = SavedTabs::Tab::Kind::Console;
            tab.text = console->editor()->text(); // also what comes back should the file be gone
            tab.file = console->filePath();
            // Asked on the way out, the user's answer is on disk (saved, or discarded on purpose); not asked,
            // the edits come back as edits.
            tab.unsaved = console->editor()->isModified() && !console->asksToSaveOnClose();
        } else {
            continue;
        }
        if (i == m_tabs->currentIndex())
            open.current = int(open.tabs.size());
        open.tabs << tab;
    }
    return open;
}

void MainWindow::restoreOpenTabs()
{
    if (hasConnectionTabs())
        return;
    const SavedTabs::Tabs saved = SavedTabs::tabs(savedTabsKey());
    const auto snapshot = m_connection->catalog()->snapshot();
    QWidget *current = nullptr;
    for (int i = 0; i < saved.tabs.size(); ++i) {
        const SavedTabs::Tab &tab = saved.tabs.at(i);
        QWidget *opened = nullptr;
        switch (tab.kind) {
        case SavedTabs::Tab::Kind::Table:
            // A table dropped since is simply not reopened: nothing to say about it.
            if (snapshot->findTable(tab.name)) {
                openTable(tab.name);
                opened = m_tabs->currentWidget();
            }
            break;
        case SavedTabs::Tab::Kind::Dashboard:
            opened = openDashboard();
            break;
        case SavedTabs::Tab::Kind::Console:
            if (ConsoleTab *console = openConsole()) {
                restoreConsole(console, tab);
                opened = console;
            }
            break;
        }
        if (i == saved.current)
            current = opened;
    }
    m_tabs->setCurrentWidget(current ? current : m_tabs->widget(0));
}

void MainWindow::showAbout()
{
    const bool connected = m_connection && m_connection->session()->isConnected();
    auto *dialog = new AboutDialog(connected ? m_connection->session()->serverInfo().version : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(Preferences::shared(), this);
    dialog->setObjectName(QStringLiteral("preferencesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
