#include "mainwindow.h"

#include "backup/jobwizards.h"
#include "common/desktopkeys.h"
#include "common/icons.h"
#include "database/databaseconnection.h"
#include "mainwindow/guidedialog.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QTabWidget>
#include <QToolBar>

// The main window's menus, their keys and the toolbar: every action of the window is in a menu, where it can be
// found with its key (Help → Keyboard Shortcuts lists them all).

void MainWindow::createActions()
{
    QMenu *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    QAction *connectAction = connectionMenu->addAction(tr("&Connect…"), this, &MainWindow::showConnectionDialog);
    connectAction->setShortcut(DesktopKeys::primary(QKeySequence::Open));
    QAction *reconnectAction = connectionMenu->addAction(tr("&Reconnect"), this, &MainWindow::reconnect);
    reconnectAction->setObjectName(QStringLiteral("reconnectAction"));
    // GNOME and macOS refresh with Ctrl+R (the schema, below): Ctrl+Alt+R reconnects there.
    reconnectAction->setShortcut(
        DesktopKeys::firstFree({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)}));
    QAction *disconnectAction = connectionMenu->addAction(tr("&Disconnect"), this, &MainWindow::disconnectFromServer);
    disconnectAction->setObjectName(QStringLiteral("disconnectAction"));
    disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    QAction *newWindow
        = connectionMenu->addAction(tr("New &window"), this, [this] { openWindow()->showConnectionDialog(); });
    newWindow->setObjectName(QStringLiteral("newWindowAction"));
    newWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connectionMenu->addSeparator();
    QAction *quit = connectionMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    // Without a desktop's platform theme (a bare X session, offscreen) Qt has no key for Quit: Ctrl+Q then.
    quit->setShortcuts(DesktopKeys::standard(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = viewMenu->addAction(tr("&Refresh schema"), this, [this] {
        if (m_connection && m_connection->session()->isConnected())
            m_connection->refreshCatalog();
    });
    refresh->setShortcut(DesktopKeys::primary(QKeySequence::Refresh));
    QAction *schemaToggle = findChild<QDockWidget *>(QStringLiteral("schemaDock"))->toggleViewAction();
    schemaToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    viewMenu->addAction(schemaToggle);
    QAction *closeTabAction = viewMenu->addAction(tr("&Close tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    closeTabAction->setShortcut(DesktopKeys::primary(QKeySequence::Close));
    QAction *back = viewMenu->addAction(tr("&Back"), this, &MainWindow::goBack);
    back->setObjectName(QStringLiteral("backAction"));
    back->setShortcut(DesktopKeys::primary(QKeySequence::Back));

    QMenu *sqlMenu = menuBar()->addMenu(tr("&SQL"));
    QAction *console = sqlMenu->addAction(tr("New SQL &console"), this, &MainWindow::openConsole);
    console->setObjectName(QStringLiteral("newConsoleAction"));
    console->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));

    QAction *dashboard = viewMenu->addAction(tr("Monitoring &dashboard"), this, &MainWindow::openDashboard);
    dashboard->setObjectName(QStringLiteral("dashboardAction"));
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QAction *backup
        = toolsMenu->addAction(tr("&Back up…"), this, [this] { JobWizards::openBackup(m_connection.get(), this); });
    backup->setObjectName(QStringLiteral("backupAction"));
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QAction *restore
        = toolsMenu->addAction(tr("&Restore…"), this, [this] { JobWizards::openRestore(m_connection.get(), this); });
    restore->setObjectName(QStringLiteral("restoreAction"));
    restore->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    toolsMenu->addSeparator();
    QAction *preferences = toolsMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // Not every platform theme has a key for Preferences: Ctrl+, then (as most editors use), but on KDE, where
    // Ctrl+, goes to the next tab, Ctrl+Shift+, (KDE's own key for configuring an application).
    preferences->setShortcuts(DesktopKeys::standard(QKeySequence::Preferences,
        DesktopKeys::firstFree(
            {QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma)})));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *guide = helpMenu->addAction(tr("User &Guide"), this, [this] { GuideDialog::showFor(this); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(DesktopKeys::primary(QKeySequence::HelpContents));
    QAction *shortcuts = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    QAction *about = helpMenu->addAction(tr("&About SayTruth Studio"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    const std::pair<QAction *, const char *> icons[]
        = {{connectAction, "connect"}, {reconnectAction, "reconnect"}, {disconnectAction, "disconnect"},
            {newWindow, "new-window"}, {quit, "quit"}, {refresh, "refresh"}, {schemaToggle, "schema-panel"},
            {closeTabAction, "close-tab"}, {back, "back"}, {console, "console"}, {dashboard, "monitor"},
            {backup, "backup"}, {restore, "restore"}, {guide, "help"}, {shortcuts, "shortcuts"}, {about, "about"}};
    for (const auto &[action, icon] : icons)
        action->setIcon(Icons::get(QLatin1String(icon)));

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(connectAction);
    toolbar->addAction(reconnectAction);
    toolbar->addAction(refresh);
    toolbar->addAction(console);
    toolbar->addAction(dashboard);
    viewMenu->insertAction(schemaToggle, toolbar->toggleViewAction());
}
