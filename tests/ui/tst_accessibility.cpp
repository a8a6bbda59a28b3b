#include "backup/backupwizard.h"
#include "backup/restorewizard.h"
#include "browser/tabletab.h"
#include "catalog/schemacatalog.h"
#include "connect/connectiondialog.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "console/consoletab.h"
#include "console/sqleditor.h"
#include "database/databaseconnection.h"
#include "mainwindow/mainwindow.h"
#include "settings/preferencesdialog.h"
#include "table/tabledatamodel.h"
#include "testcluster.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QWizard>
#include <Qsci/qscicommandset.h>
#include <QtTest>

// Screen readers and keyboard users: every input control of the main window (with a table, a console and the
// dashboard open), the connection dialog, the backup and restore wizards and the Preferences dialog has a name an
// assistive technology reads (its own, or its label's), and Tab reaches every control of each dialog. Every
// main action has a key, which the SQL editor does not take for itself, and a tab's keys act on that tab only.
class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowControlsHaveNames();
    void connectionDialogControlsHaveNames();
    void wizardControlsHaveNames();
    void tabReachesEveryDialogControl();
    void preferencesDialogIsAccessible();
    void mainActionsHaveKeys();
    void tabKeysActOnTheCurrentTabOnly();

private:
    static bool isInputControl(const QWidget *widget);
    // Enough to find the widget: its name and class, and its parents'.
    static QString describe(const QWidget *widget);
    // Input controls without an accessible name, as "objectName (class)".
    static QStringList unnamed(QWidget *root);
    // The visible, enabled input controls of root.
    static QList<QWidget *> tabControls(QWidget *root);
    // The widgets Tab visits, pressed again and again from root's first control, each once, in order.
    static QList<QWidget *> tabSequence(QWidget *root);
    // The controls of root that Tab never reaches.
    static QStringList unreachableByTab(QWidget *root);
    // Where Tab jumps back up a page (a form is read top to bottom), as "from → to".
    static QStringList tabGoesUp(QWidget *page);
    // A window connected to the fixture's database, shown and active.
    bool connectWindow(MainWindow *window);

    TestCluster m_fixture;
    QTemporaryDir m_config;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<DatabaseConnection> m_connection;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_profiles = std::make_unique<ProfileStore>(m_config.filePath(QStringLiteral("profiles.json")));
    m_credentials = std::make_unique<CredentialStore>();
    m_credentials->setKeychainEnabled(false);
    m_connection = std::make_unique<DatabaseConnection>(m_fixture.profile(), QString());
    QSignalSpy loaded(m_connection->catalog(), &SchemaCatalog::loaded);
    m_connection->open();
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0; }, 30000));
}

void TestAccessibility::cleanupTestCase()
{
    m_connection.reset();
}

bool TestAccessibility::isInputControl(const QWidget *widget)
{
    if (!(widget->focusPolicy() & Qt::TabFocus))
        return false;
    // A combo box's line edit or a spin box's editor is part of its owner, which carries the name.
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (qobject_cast<const QComboBox *>(up) || qobject_cast<const QAbstractSpinBox *>(up))
            return false;
    }
    if (qobject_cast<const QTabBar *>(widget))
        return false; // its tabs are named by their titles
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QAbstractButton *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
        || widget->inherits("QsciScintillaBase");
}

QString TestAccessibility::describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *up = widget; up && path.size() < 4; up = up->parentWidget())
        path << QStringLiteral("%1 (%2)").arg(up->objectName(), QString::fromLatin1(up->metaObject()->className()));
    return path.join(QLatin1String(" in ")) + QStringLiteral(" \"%1\"").arg(widget->toolTip());
}

QStringList TestAccessibility::unnamed(QWidget *root)
{
    QStringList missing;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!isInputControl(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            missing << describe(widget);
    }
    return missing;
}

QList<QWidget *> TestAccessibility::tabControls(QWidget *root)
{
    QList<QWidget *> controls;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (isInputControl(widget) && widget->isVisibleTo(root) && widget->isEnabled())
            controls << widget;
    }
    return controls;
}

QList<QWidget *> TestAccessibility::tabSequence(QWidget *root)
{
    const QList<QWidget *> controls = tabControls(root);
    QList<QWidget *> sequence;
    if (controls.isEmpty())
        return sequence;
    controls.first()->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 4 * controls.size() + 4; ++i) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused)
            break;
        if (!sequence.contains(focused))
            sequence << focused;
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    return sequence;
}

QStringList TestAccessibility::unreachableByTab(QWidget *root)
{
    const QList<QWidget *> reached = tabSequence(root);
    QStringList missing;
    for (QWidget *widget : tabControls(root)) {
        // Tab enters a group of radio buttons at its checked one; the arrow keys move within it (as everywhere).
        const auto *radio = qobject_cast<QRadioButton *>(widget);
        const bool groupReached
            = radio && radio->autoExclusive() && std::any_of(reached.cbegin(), reached.cend(), [radio](QWidget *other) {
                  auto *sibling = qobject_cast<QRadioButton *>(other);
                  return sibling && sibling->autoExclusive() && sibling->parentWidget() == radio->parentWidget();
              });
        if (!reached.contains(widget) && !groupReached)
            missing << describe(widget);
    }
    return missing;
}

QStringList TestAccessibility::tabGoesUp(QWidget *page)
{
    // The page's controls in Tab order, from the top one: each is on the row of the one before, or below it.
    QList<QWidget *> sequence;
    for (QWidget *widget : tabSequence(page)) {
        if (page->isAncestorOf(widget))
            sequence << widget;
    }
    const auto top = [page](const QWidget *widget) {
        return widget->mapTo(page, QPoint(0, 0)).y();
    };
    const auto first = std::min_element(
        sequence.begin(), sequence.end(), [&top](const QWidget *a, const QWidget *b) { return top(a) < top(b); });
    std::rotate(sequence.begin(), first, sequence.end());
    QStringList upwards;
    for (int i = 1; i < sequence.size(); ++i) {
        if (top(sequence.at(i)) + 8 < top(sequence.at(i - 1)))
            upwards << describe(sequence.at(i - 1)) + QStringLiteral(" → ") + describe(sequence.at(i));
    }
    return upwards;
}

void TestAccessibility::mainWindowControlsHaveNames()
{
    MainWindow window(m_profiles.get(), m_credentials.get());
    window.show();
    QSignalSpy ready(&window, &MainWindow::ready);
    window.connectTo(m_fixture.profile(), QString());
    QVERIFY(QTest::qWaitFor([&] { return ready.count() > 0; }, 20000));
    window.openTable(QStringLiteral("users"));
    window.openConsole();
    window.openDashboard();
    const QStringList missing = unnamed(&window);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
}

void TestAccessibility::connectionDialogControlsHaveNames()
{
    ConnectionDialog dialog(m_profiles.get(), m_credentials.get());
    dialog.show();
    const QStringList missing = unnamed(&dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
}

void TestAccessibility::wizardControlsHaveNames()
{
    BackupWizard backup(m_fixture.profile(), QString(), m_connection->catalog()->snapshot());
    backup.show();
    QStringList missing = unnamed(&backup);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("backup: ") + missing.join(QLatin1String(", "))));
    RestoreWizard restore(m_fixture.profile(), QString());
    restore.show();
    missing = unnamed(&restore);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("restore: ") + missing.join(QLatin1String(", "))));
}

void TestAccessibility::tabReachesEveryDialogControl()
{
    ConnectionDialog dialog(m_profiles.get(), m_credentials.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QStringList missing = unreachableByTab(&dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("connection dialog: ") + missing.join(QLatin1String(", "))));
    // The form is read top to bottom, the saved profiles' list after it (as its tab stops in the .ui say).
    QStringList order;
    for (QWidget *widget : tabSequence(&dialog))
        order << widget->objectName();
    QStringList form {QStringLiteral("nameEdit"), QStringLiteral("uriEdit"), QStringLiteral("hostEdit"),
        QStringLiteral("portSpin"), QStringLiteral("databaseEdit"), QStringLiteral("userEdit"),
        QStringLiteral("passwordEdit"), QStringLiteral("rememberCheck"), QStringLiteral("sslModeCombo"),
        QStringLiteral("kindCombo"), QStringLiteral("colorButton"), QStringLiteral("testButton"),
        QStringLiteral("profileList")};
    form.removeIf([&dialog](const QString &name) { // "Remember" is off without a keychain
        auto *widget = dialog.findChild<QWidget *>(name);
        return !widget || !widget->isEnabled() || !widget->isVisible();
    });
    QStringList formOrder;
    for (const QString &name : order) {
        if (form.contains(name))
            formOrder << name;
    }
    std::rotate(formOrder.begin(), std::find(formOrder.begin(), formOrder.end(), form.first()), formOrder.end());
    QVERIFY2(formOrder == form, qPrintable(formOrder.join(QLatin1String(", "))));
    dialog.close();

    // Each wizard's first page (the pages after it are built from the same kinds of controls).
    BackupWizard backup(m_fixture.profile(), QString(), m_connection->catalog()->snapshot());
    backup.show();
    QVERIFY(QTest::qWaitForWindowActive(&backup));
    missing = unreachableByTab(backup.currentPage());
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("backup: ") + missing.join(QLatin1String(", "))));
    missing = tabGoesUp(backup.currentPage());
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("backup: ") + missing.join(QLatin1String(", "))));
    backup.close();
    RestoreWizard restore(m_fixture.profile(), QString());
    restore.show();
    QVERIFY(QTest::qWaitForWindowActive(&restore));
    missing = unreachableByTab(restore.currentPage());
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("restore: ") + missing.join(QLatin1String(", "))));
    missing = tabGoesUp(restore.currentPage());
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("restore: ") + missing.join(QLatin1String(", "))));
}

void TestAccessibility::preferencesDialogIsAccessible()
{
    Preferences preferences(m_config.filePath(QStringLiteral("preferences.ini")));
    PreferencesDialog dialog(&preferences);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QStringList missing = unnamed(&dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("unnamed: ") + missing.join(QLatin1String(", "))));
    missing = unreachableByTab(&dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("unreachable: ") + missing.join(QLatin1String(", "))));
    // Read top to bottom: fonts, editor, tables, confirmations, language, then the buttons.
    missing = tabGoesUp(&dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("upwards: ") + missing.join(QLatin1String(", "))));
}

bool TestAccessibility::connectWindow(MainWindow *window)
{
    window->show();
    QSignalSpy ready(window, &MainWindow::ready);
    window->connectTo(m_fixture.profile(), QString());
    return QTest::qWaitFor([&] { return ready.count() > 0; }, 20000) && QTest::qWaitForWindowActive(window);
}

void TestAccessibility::mainActionsHaveKeys()
{
    MainWindow window(m_profiles.get(), m_credentials.get());
    QVERIFY(connectWindow(&window));
    window.openTable(QStringLiteral("users"));
    auto *table = qobject_cast<TableTab *>(window.tabs()->currentWidget());
    ConsoleTab *console = window.openConsole();
    QVERIFY(table && console);
    const std::pair<QWidget *, QStringList> owners[] = {
        {&window,
            {QStringLiteral("reconnectAction"), QStringLiteral("disconnectAction"), QStringLiteral("newWindowAction"),
                QStringLiteral("newConsoleAction"), QStringLiteral("dashboardAction"), QStringLiteral("backupAction"),
                QStringLiteral("restoreAction"), QStringLiteral("backAction"), QStringLiteral("preferencesAction"),
                QStringLiteral("userGuideAction"), QStringLiteral("shortcutsAction")}},
        {table,
            {QStringLiteral("refreshAction"), QStringLiteral("countAction"), QStringLiteral("jumpToEndAction"),
                QStringLiteral("goToKeyAction"), QStringLiteral("insertRowAction"), QStringLiteral("deleteRowsAction"),
                QStringLiteral("saveAction"), QStringLiteral("revertAction"), QStringLiteral("exportAction")}},
        {console,
            {QStringLiteral("runAction"), QStringLiteral("runScriptAction"), QStringLiteral("cancelAction"),
                QStringLiteral("explainAction"), QStringLiteral("explainAnalyzeAction"), QStringLiteral("commitAction"),
                QStringLiteral("rollbackAction"), QStringLiteral("openAction"), QStringLiteral("saveAction"),
                QStringLiteral("exportAction"), QStringLiteral("historyAction"), QStringLiteral("snippetsAction"),
                QStringLiteral("findAction")}},
    };
    QList<QAction *> windowKeys;
    for (const auto &[owner, names] : owners) {
        for (const QString &name : names) {
            auto *action = owner->findChild<QAction *>(name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name));
            // A tab's key works in that tab only: two open tabs never fight over it.
            QCOMPARE(action->shortcutContext(), owner == &window ? Qt::WindowShortcut : Qt::WidgetWithChildrenShortcut);
            if (owner != table) // keys that fire while the console's editor has the focus
                windowKeys << action;
        }
    }
    // The SQL editor keeps keys of its own (Ctrl+L cuts a line, Ctrl+Shift+Backspace deletes to its start): a key
    // it has bound never reaches an action while typing.
    for (QAction *action : std::as_const(windowKeys)) {
        const QsciCommand *taken = console->editor()->standardCommands()->boundTo(action->shortcut()[0].toCombined());
        QVERIFY2(!taken,
            qPrintable(QStringLiteral("%1 (%2) is the editor's %3")
                           .arg(action->objectName(), action->shortcut().toString(),
                               taken ? taken->description() : QString())));
    }
}

void TestAccessibility::tabKeysActOnTheCurrentTabOnly()
{
    MainWindow window(m_profiles.get(), m_credentials.get());
    QVERIFY(connectWindow(&window));
    window.openTable(QStringLiteral("users"));
    auto *users = qobject_cast<TableTab *>(window.tabs()->currentWidget());
    window.openTable(QStringLiteral("follows"));
    auto *follows = qobject_cast<TableTab *>(window.tabs()->currentWidget());
    QVERIFY(users && follows && users != follows);
    QTRY_VERIFY_WITH_TIMEOUT(follows->model()->rowCount() > 0, 20000);
    QSignalSpy usersCounted(users->model(), &TableDataModel::exactCountReady);
    QSignalSpy followsCounted(follows->model(), &TableDataModel::exactCountReady);
    follows->view()->setFocus();
    QTest::keyClick(follows->view(), Qt::Key_F5, Qt::ControlModifier); // Count rows
    QTRY_COMPARE_WITH_TIMEOUT(followsCounted.count(), 1, 20000);
    QTest::qWait(200);
    QCOMPARE(usersCounted.count(), 0);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
