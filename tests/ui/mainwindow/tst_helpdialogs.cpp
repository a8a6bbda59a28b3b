#include "common/desktopkeys.h"
#include "connection/credentialstore.h"
#include "connection/libraryversions.h"
#include "connection/profilestore.h"
#include "console/consoletab.h"
#include "database/databaseconnection.h"
#include "desktopbindings.h"
#include "mainwindow/aboutdialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/shortcutsdialog.h"
#include "monitor/dashboardtab.h"
#include "testcluster.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeWidget>
#include <Qsci/qsciglobal.h>
#include <QtTest>

// Help → About and Help → Keyboard Shortcuts offscreen, and the keyboard contract they stand for: every action
// of the window in a menu, no shortcut used twice where both could fire, none on a key the desktop gives to its
// tabs and windows (on GNOME, KDE, Windows and macOS alike), and the list showing them all.
class TestHelpDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aboutNamesTheVersions();
    void aboutNamesTheServerWhenConnected();
    void everyActionIsInAMenu();
    void desktopBindingsAreQts();
    void noShortcutIsUsedTwice_data();
    void noShortcutIsUsedTwice();
    void shortcutsListShowsEveryAction();

private:
    bool connectAndWait();
    AboutDialog *openAbout();
    QList<QAction *> menuActions() const;
    // Actions that can fire in the window: its own (menus, toolbar, docks) and, when given, one tab's.
    QList<QAction *> liveActions(QWidget *tab) const;

    TestCluster m_fixture;
    QTemporaryDir m_config;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
};

void TestHelpDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestHelpDialogs::init()
{
    m_profiles = std::make_unique<ProfileStore>(m_config.filePath(QStringLiteral("profiles.json")));
    m_credentials = std::make_unique<CredentialStore>();
    m_credentials->setKeychainEnabled(false);
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_credentials.get());
    m_window->show();
}

void TestHelpDialogs::cleanup()
{
    m_window.reset();
    DesktopKeys::setBindings({});
}

bool TestHelpDialogs::connectAndWait()
{
    QSignalSpy ready(m_window.get(), &MainWindow::ready);
    m_window->connectTo(m_fixture.profile(), QString());
    return QTest::qWaitFor([&] { return ready.count() > 0; }, 20000);
}

AboutDialog *TestHelpDialogs::openAbout()
{
    m_window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    return m_window->findChild<AboutDialog *>();
}

void TestHelpDialogs::aboutNamesTheVersions()
{
    AboutDialog *about = openAbout();
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    const QString text = about->text();
    QVERIFY2(text.contains(
                 QLatin1String("Qt: %1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR))),
        qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("QScintilla: " QSCINTILLA_VERSION_STR)), qPrintable(text));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+")).match(LibraryVersions::libpq()).hasMatch());
    QVERIFY2(text.contains(QLatin1String("libpq: ") + LibraryVersions::libpq()), qPrintable(text));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+")).match(LibraryVersions::qtKeychain()).hasMatch());
    QVERIFY2(text.contains(QLatin1String("QtKeychain: ") + LibraryVersions::qtKeychain()), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Server: not connected")), qPrintable(text));
}

void TestHelpDialogs::aboutNamesTheServerWhenConnected()
{
    QVERIFY(connectAndWait());
    const QString version = m_window->connection()->session()->serverInfo().version;
    QVERIFY(!version.isEmpty());
    AboutDialog *about = openAbout();
    QVERIFY(about);
    QVERIFY2(about->text().contains(QLatin1String("Server: PostgreSQL ") + version), qPrintable(about->text()));
}

QList<QAction *> TestHelpDialogs::menuActions() const
{
    QList<QAction *> found;
    QList<QMenu *> menus;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu())
            menus << top->menu();
    }
    while (!menus.isEmpty()) {
        for (QAction *action : menus.takeFirst()->actions()) {
            if (action->menu())
                menus << action->menu();
            else if (!action->isSeparator())
                found << action;
        }
    }
    return found;
}

QList<QAction *> TestHelpDialogs::liveActions(QWidget *tab) const
{
    QList<QAction *> live;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        // Other tabs' actions only fire while their tab has the focus (WidgetWithChildrenShortcut).
        bool inTabs = false;
        for (QObject *o = action; o && !inTabs; o = o->parent())
            inTabs = o == m_window->tabs();
        if (!inTabs && !action->isSeparator() && !action->menu() && !action->text().isEmpty())
            live << action;
    }
    if (tab)
        live << tab->findChildren<QAction *>();
    return live;
}

void TestHelpDialogs::everyActionIsInAMenu()
{
    QVERIFY(connectAndWait());
    const QList<QAction *> inMenus = menuActions();
    QVERIFY(inMenus.size() >= 15);
    for (QToolBar *toolbar : m_window->findChildren<QToolBar *>()) {
        for (QAction *action : toolbar->actions())
            QVERIFY2(action->isSeparator() || inMenus.contains(action), qPrintable(action->text()));
    }
    // Every key the window itself answers to (not a tab's own tools) is also in a menu, where it can be found.
    for (QAction *action : liveActions(nullptr))
        QVERIFY2(action->shortcut().isEmpty() || inMenus.contains(action), qPrintable(action->text()));
    for (const char *name : {"newConsoleAction", "dashboardAction", "backupAction", "restoreAction", "reconnectAction",
             "disconnectAction", "backAction", "shortcutsAction", "aboutAction"})
        QVERIFY2(inMenus.contains(m_window->findChild<QAction *>(QLatin1String(name))), name);
    // Main actions have keys (About and showing the toolbar need none).
    const QList<QAction *> keyless {m_window->findChild<QAction *>(QStringLiteral("aboutAction")),
        m_window->findChild<QToolBar *>(QStringLiteral("mainToolbar"))->toggleViewAction()};
    for (QAction *action : inMenus)
        QVERIFY2(keyless.contains(action) || !action->shortcut().isEmpty(), qPrintable(action->text()));
}

// The table the next test takes the other desktops' keys from is Qt's own: its Windows column is what Qt answers
// offscreen (the platform theme's default keyboard scheme).
void TestHelpDialogs::desktopBindingsAreQts()
{
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QSKIP("Qt answers with the Windows bindings only offscreen");
    // The table is a copy of Qt 6.4's (what Debian 12 has). A later Qt may have changed keys this app does not
    // take (Qt 6.8 gives Windows a Save As key): said, not failed. The keys the contract is about must match on
    // every Qt.
    const QList<QKeySequence::StandardKey> windowKeys = DesktopKeys::windowKeys();
    const QMetaEnum keys = QMetaEnum::fromType<QKeySequence::StandardKey>();
    for (int i = 0; i < keys.keyCount(); ++i) {
        const auto key = QKeySequence::StandardKey(keys.value(i));
        const bool same
            = DesktopBindings::keyBindings(DesktopBindings::Desktop::Windows, key) == QKeySequence::keyBindings(key);
        if (!same && QT_VERSION >= QT_VERSION_CHECK(6, 5, 0) && !windowKeys.contains(key)) {
            qInfo("Qt %s binds %s otherwise than the 6.4 table; no window key", qVersion(), keys.key(i));
            continue;
        }
        QVERIFY2(same, keys.key(i));
    }
    // The keys this contract is about.
    QCOMPARE(DesktopBindings::keyBindings(DesktopBindings::Desktop::Kde, QKeySequence::NextChild).value(1),
        QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QCOMPARE(DesktopBindings::keyBindings(DesktopBindings::Desktop::Kde, QKeySequence::PreviousChild).value(1),
        QKeySequence(Qt::CTRL | Qt::Key_Period));
    QCOMPARE(DesktopBindings::keyBindings(DesktopBindings::Desktop::Gnome, QKeySequence::Refresh).value(0),
        QKeySequence(Qt::CTRL | Qt::Key_R));
}

void TestHelpDialogs::noShortcutIsUsedTwice_data()
{
    QTest::addColumn<int>("desktopIndex");
    for (const auto desktop : {DesktopBindings::Desktop::Gnome, DesktopBindings::Desktop::Kde,
             DesktopBindings::Desktop::Windows, DesktopBindings::Desktop::MacOS})
        QTest::newRow(qPrintable(DesktopBindings::name(desktop))) << int(desktop);
}

// Each desktop's keys in turn (the window made again under its bindings): no key of two actions that can fire
// together, and no action on a key the desktop gives to its tabs and windows unless it is that very command, with
// all of the desktop's keys for it or its first (on KDE Ctrl+, and Ctrl+. switch tabs; on GNOME and macOS Ctrl+R
// refreshes).
void TestHelpDialogs::noShortcutIsUsedTwice()
{
    QFETCH(int, desktopIndex);
    const auto desktop = DesktopBindings::Desktop(desktopIndex);
    DesktopKeys::setBindings(
        [desktop](QKeySequence::StandardKey key) { return DesktopBindings::keyBindings(desktop, key); });
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_credentials.get());
    m_window->show();
    QVERIFY(connectAndWait());
    m_window->openTable(QStringLiteral("users"));
    QWidget *table = m_window->tabs()->currentWidget();
    QWidget *console = m_window->openConsole();
    QWidget *dashboard = m_window->openDashboard();
    QVERIFY(table && console && dashboard && table != console);
    const QMetaEnum standardKeys = QMetaEnum::fromType<QKeySequence::StandardKey>();
    const QKeySequence::StandardKey windowKeys[] = {QKeySequence::NextChild, QKeySequence::PreviousChild,
        QKeySequence::Close, QKeySequence::Back, QKeySequence::Forward, QKeySequence::Refresh, QKeySequence::FullScreen,
        QKeySequence::HelpContents, QKeySequence::WhatsThis, QKeySequence::Open, QKeySequence::New,
        QKeySequence::Preferences, QKeySequence::Quit};
    for (QWidget *tab : {static_cast<QWidget *>(nullptr), table, console, dashboard}) {
        QHash<QKeySequence, QAction *> used;
        for (QAction *action : liveActions(tab)) {
            for (const QKeySequence &key : action->shortcuts()) {
                const QAction *other = used.value(key);
                QVERIFY2(!other || other == action,
                    qPrintable(QStringLiteral("%1: %2 and %3")
                                   .arg(key.toString(), other ? other->text() : QString(), action->text())));
                used.insert(key, action);
                for (const QKeySequence::StandardKey windowKey : windowKeys) {
                    const QList<QKeySequence> desktopKeys = DesktopBindings::keyBindings(desktop, windowKey);
                    const bool isThatCommand = action->shortcuts() == desktopKeys
                        || action->shortcuts() == QList<QKeySequence> {desktopKeys.value(0)};
                    QVERIFY2(!desktopKeys.contains(key) || isThatCommand,
                        qPrintable(QStringLiteral("%1 of %2 is the desktop's key for %3")
                                       .arg(key.toString(), action->text(),
                                           QLatin1String(standardKeys.valueToKey(windowKey)))));
                }
            }
        }
    }
}

void TestHelpDialogs::shortcutsListShowsEveryAction()
{
    QVERIFY(connectAndWait());
    m_window->openConsole();
    m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QHash<QString, QString> shown; // action text → shortcut, from the list on screen
    QTreeWidget *view = dialog->view();
    for (int g = 0; g < view->topLevelItemCount(); ++g) {
        for (int i = 0; i < view->topLevelItem(g)->childCount(); ++i) {
            QTreeWidgetItem *item = view->topLevelItem(g)->child(i);
            if (!shown.contains(item->text(0))) // the menus come first; a tab's action of the same name after
                shown.insert(item->text(0), item->text(1));
        }
    }
    const auto plain = [](QString text) {
        return text.remove(QLatin1Char('&')).remove(QChar(0x2026));
    };
    for (QAction *action : menuActions()) {
        QVERIFY2(shown.contains(plain(action->text())), qPrintable(action->text()));
        QCOMPARE(shown.value(plain(action->text())), action->shortcut().toString(QKeySequence::NativeText));
    }
    // The console's own keys are there while it is the current tab.
    for (const char *text : {"Run", "Commit", "Rollback", "Export result"}) {
        QVERIFY2(shown.contains(QLatin1String(text)), text);
        QVERIFY2(!shown.value(QLatin1String(text)).isEmpty(), text);
    }
    // Typing filters the list.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("shortcutsFilter")), QStringLiteral("dashboard"));
    int visible = 0;
    for (int g = 0; g < view->topLevelItemCount(); ++g) {
        for (int i = 0; i < view->topLevelItem(g)->childCount(); ++i)
            visible += view->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
    }
    QCOMPARE(visible, 1);
    dialog->close();

    // A table's, while it is the current tab.
    m_window->openTable(QStringLiteral("users"));
    QHash<QString, QString> table;
    for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::entries(m_window.get())) {
        if (entry.group.contains(QLatin1String("users")))
            table.insert(entry.action, entry.shortcut);
    }
    for (const char *text : {"Refresh", "Count rows", "Last rows", "Save", "Revert", "Export"}) {
        QVERIFY2(table.contains(QLatin1String(text)), qPrintable(QStringList(table.keys()).join(QLatin1String(", "))));
        QVERIFY2(!table.value(QLatin1String(text)).isEmpty(), text);
    }
}

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
