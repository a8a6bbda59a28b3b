#include "browser/schemabrowser.h"
#include "browser/tabletab.h"
#include "catalog/schematreemodel.h"
#include "cluster/demodatabase.h"
#include "connect/connectiondialog.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "database/databaseconnection.h"
#include "dialoganswer.h"
#include "mainwindow/connectionbanner.h"
#include "mainwindow/connectionstatus.h"
#include "mainwindow/mainwindow.h"
#include "table/tabledatamodel.h"
#include "testcluster.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

// The main window offscreen against a real cluster: schema tree, tabs, status bar, losing the server.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void connectsAndShowsTheSchema();
    void statusBarTellsWhereWeAre();
    void opensTablesFromTheTree();
    void unknownTableIsSaidInWords();
    void filterFindsColumns();
    void productionLooksDifferent();
    void missingDatabaseOffersReconnect();
    void serverKilledShowsBannerAndReconnects();
    void followsRelatedRowsAndBack();
    void replacingTheConnectionClosesItsTabs();
    void secondConnectionOpensInItsOwnWindow();
    void demoFromASecondWindowOpensThere();

private:
    bool connectAndWait(const ConnectionProfile &profile);
    QLabel *label(const char *name) const { return m_window->findChild<QLabel *>(QLatin1String(name)); }

    TestCluster m_fixture;
    QTemporaryDir m_config;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // Closed windows remember their tabs; these tests start each window clean, and leave the user's alone.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestMainWindow::init()
{
    // Loss detection must never switch itself off (a notifier left on a socket libpq closed).
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QSocketNotifier: Invalid socket")));
    QSettings().clear();
    m_profiles = std::make_unique<ProfileStore>(m_config.filePath(QStringLiteral("profiles.json")));
    m_credentials = std::make_unique<CredentialStore>();
    m_credentials->setKeychainEnabled(false);
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_credentials.get());
    m_window->show();
}

void TestMainWindow::cleanup()
{
    // What the case armed and did not use goes now, before it can answer the next case's dialog; the case
    // fails for it once the rest is cleaned up.
    const QStringList unused = DialogAnswer::reset();
    m_window.reset();
    // A test that stopped the server and failed half-way must not take the next tests with it.
    Error error;
    if (!m_fixture.cluster().isRunning())
        QVERIFY2(m_fixture.cluster().ensureRunning(&error), qPrintable(error.toString()));
    QVERIFY2(unused.isEmpty(), qPrintable(unused.join(QLatin1Char('\n'))));
}

bool TestMainWindow::connectAndWait(const ConnectionProfile &profile)
{
    QSignalSpy ready(m_window.get(), &MainWindow::ready);
    m_window->connectTo(profile, QString());
    return QTest::qWaitFor([&] { return ready.count() > 0; }, 20000);
}

void TestMainWindow::connectsAndShowsTheSchema()
{
    QVERIFY(connectAndWait(m_fixture.profile()));
    QAbstractItemModel *tree = m_window->schemaBrowser()->view()->model();
    QCOMPARE(tree->index(0, 0).data().toString(), QStringLiteral("public"));
    QStringList tables;
    for (int row = 0; row < tree->rowCount(tree->index(0, 0)); ++row)
        tables << tree->index(row, 0, tree->index(0, 0)).data().toString();
    QCOMPARE(tables,
        (QStringList {
            QStringLiteral("follows"), QStringLiteral("links"), QStringLiteral("messages"), QStringLiteral("users")}));
    QVERIFY(m_window->schemaBrowser()->view()->isExpanded(tree->index(0, 0)));
    QVERIFY(!tree->index(0, 0, tree->index(0, 0)).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(m_window->banner()->isHidden());
    QCOMPARE(m_window->tabs()->count(), 1);
    auto *overview = qobject_cast<QTextBrowser *>(m_window->tabs()->widget(0));
    QVERIFY(overview);
    QVERIFY(overview->toPlainText().contains(QLatin1String("messages")));
}

void TestMainWindow::statusBarTellsWhereWeAre()
{
    QVERIFY(connectAndWait(m_fixture.profile()));
    // Right after ready the session may still be answering the window's first questions (the overview), and the
    // status rightly says "Working…" until it is idle.
    QTRY_COMPARE(m_window->connectionStatus()->stateText(), QStringLiteral("Connected"));
    QVERIFY(label("serverVersion")->text().startsWith(QLatin1String("PostgreSQL 1")));
    QCOMPARE(label("connectionTarget")->text(), QStringLiteral("saytruth_user@saytruth_db"));
    QCOMPARE(label("profileKind")->text(), QStringLiteral("DEMO"));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("saytruth_user@saytruth_db")));
}

void TestMainWindow::opensTablesFromTheTree()
{
    QVERIFY(connectAndWait(m_fixture.profile()));
    QTreeView *view = m_window->schemaBrowser()->view();
    const QModelIndex publicSchema = view->model()->index(0, 0);
    const QModelIndex messages = view->model()->index(2, 0, publicSchema);
    QCOMPARE(messages.data().toString(), QStringLiteral("messages"));
    view->setFocus();
    view->setCurrentIndex(messages);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(m_window->tabs()->count(), 2);
    QCOMPARE(m_window->tabs()->currentWidget()->objectName(), QStringLiteral("table:public.messages"));
    // Opening it again focuses the existing tab instead of adding one.
    m_window->tabs()->setCurrentIndex(0);
    m_window->openTable(QStringLiteral("public.messages"));
    QCOMPARE(m_window->tabs()->count(), 2);
    QCOMPARE(m_window->tabs()->currentIndex(), 1);
    m_window->openTable(QStringLiteral("users"));
    QCOMPARE(m_window->tabs()->count(), 3);
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("users"));
    // The overview tab cannot be closed; table tabs can.
    emit m_window->tabs()->tabCloseRequested(0);
    emit m_window->tabs()->tabCloseRequested(2);
    QCOMPARE(m_window->tabs()->count(), 2);
}

void TestMainWindow::unknownTableIsSaidInWords()
{
    QVERIFY(connectAndWait(m_fixture.profile()));
    m_window->openTable(QStringLiteral("no_such_table"));
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY(m_window->banner()->message().contains(QLatin1String("no_such_table")));
    QCOMPARE(m_window->tabs()->count(), 1);
}

void TestMainWindow::filterFindsColumns()
{
    QVERIFY(connectAndWait(m_fixture.profile()));
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("schemaFilter"));
    QTest::keyClicks(filter, QStringLiteral("hashed_pass"));
    QAbstractItemModel *tree = m_window->schemaBrowser()->view()->model();
    const QModelIndex publicSchema = tree->index(0, 0);
    QCOMPARE(tree->rowCount(publicSchema), 1);
    QCOMPARE(tree->index(0, 0, publicSchema).data().toString(), QStringLiteral("users"));
    filter->clear();
    QCOMPARE(tree->rowCount(publicSchema), 4);
}

void TestMainWindow::productionLooksDifferent()
{
    ConnectionProfile profile = m_fixture.profile();
    profile.demo = false;
    profile.name = QStringLiteral("SayTruth prod");
    profile.kind = ConnectionProfile::Kind::Production;
    QVERIFY(connectAndWait(profile));
    QVERIFY(m_window->windowTitle().startsWith(QLatin1String("[PRODUCTION]")));
    QVERIFY(label("profileStrip")->isVisible());
    QVERIFY(label("profileStrip")->text().contains(QLatin1String("read-only")));
    QVERIFY(label("profileKind")->text().startsWith(QLatin1String("PRODUCTION")));
    QVERIFY(m_window->connection()->session()->serverInfo().readOnly);
    // A named profile that connected becomes the one reopened on the next start.
    QCOMPARE(m_profiles->lastProfileName(), QStringLiteral("SayTruth prod"));
}

void TestMainWindow::missingDatabaseOffersReconnect()
{
    ConnectionProfile profile = m_fixture.profile();
    profile.database = QStringLiteral("saytruth_missing");
    m_window->connectTo(profile, QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->message().contains(QLatin1String("does not exist")), 10000);
    QVERIFY(m_window->banner()->findChild<QPushButton *>(QStringLiteral("reconnectButton"))->isVisible());
    QCOMPARE(m_window->connectionStatus()->stateText(), QStringLiteral("Not connected"));
}

void TestMainWindow::serverKilledShowsBannerAndReconnects()
{
    QVERIFY(connectAndWait(m_fixture.profile()));
    m_window->openTable(QStringLiteral("users"));
    Error error;
    QVERIFY2(m_fixture.cluster().stop(&error, LocalCluster::StopMode::Immediate), qPrintable(error.toString()));
    const bool noticed = QTest::qWaitFor(
        [this] {
            return m_window->banner()->isVisible() && m_window->banner()->message().contains(QLatin1String("lost"));
        },
        20000);
    QVERIFY2(noticed,
        qPrintable(QStringLiteral("state: %1; banner: %2")
                       .arg(m_window->connectionStatus()->stateText(), m_window->banner()->message())));
    QCOMPARE(m_window->connectionStatus()->stateText(), QStringLiteral("Connection lost"));
    QCOMPARE(m_window->tabs()->count(), 2); // nothing the user had open is gone
    auto *reconnect = m_window->banner()->findChild<QPushButton *>(QStringLiteral("reconnectButton"));
    QVERIFY(reconnect->isVisible());
    // While the server is still down, reconnecting fails in words and offers to try again.
    QTest::mouseClick(reconnect, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->message().contains(QLatin1String("No PostgreSQL server")), 10000);
    QVERIFY2(m_fixture.cluster().ensureRunning(&error), qPrintable(error.toString()));
    QTest::mouseClick(reconnect, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionStatus()->stateText(), QStringLiteral("Connected"), 10000);
    QTRY_VERIFY(m_window->banner()->isHidden());
}

void TestMainWindow::followsRelatedRowsAndBack()
{
    QVERIFY(connectAndWait(m_fixture.profile()));
    m_window->openTable(QStringLiteral("users"));
    QWidget *users = m_window->tabs()->currentWidget();
    ColumnFilter byUser {1, ColumnFilter::Op::Equals, 1, {}};
    m_window->openRelated(QStringLiteral("public.messages"), {byUser});
    auto *messages = qobject_cast<TableTab *>(m_window->tabs()->currentWidget());
    QVERIFY(messages);
    QCOMPARE(messages->qualifiedName(), QStringLiteral("public.messages"));
    QTRY_VERIFY_WITH_TIMEOUT(messages->model()->rowCount() > 0 && !messages->model()->isLoading(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(messages->model()->index(0, 1).data(Qt::EditRole).toString() == QLatin1String("1"), 10000);
    for (int row = 0; row < messages->model()->rowCount(); ++row) {
        messages->model()->fetchRows(row, row);
        QTRY_VERIFY_WITH_TIMEOUT(messages->model()->isRowLoaded(row) || row >= messages->model()->rowCount(), 10000);
        if (row < messages->model()->rowCount())
            QCOMPARE(messages->model()->index(row, 1).data(Qt::EditRole).toString(), QStringLiteral("1"));
    }
    m_window->goBack();
    QCOMPARE(m_window->tabs()->currentWidget(), users);
}

// Connecting elsewhere from a window with open tabs asks; "here" closes the old connection's tabs first, so no
// tab is left holding a connection that is gone (a right-click on such a tab crashed the app).
void TestMainWindow::replacingTheConnectionClosesItsTabs()
{
    QVERIFY(connectAndWait(m_fixture.profile()));
    m_window->openTable(QStringLiteral("users"));
    QPointer<TableTab> users = qobject_cast<TableTab *>(m_window->tabs()->currentWidget());
    QVERIFY(users);
    QPointer<DatabaseConnection> first = m_window->connection();
    ConnectionProfile other = m_fixture.profile();
    other.database = QStringLiteral("postgres");
    const QString where = QStringLiteral("Open the connection where?");
    const auto here = DialogAnswer::next(where, [](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("placementQuestion"));
        QVERIFY(DialogAnswer::click(dialog, QStringLiteral("Close tabs and connect here")));
    });
    QSignalSpy ready(m_window.get(), &MainWindow::ready);
    m_window->connectTo(other, QString());
    QVERIFY2(here->answered(), qPrintable(here->report()));
    QVERIFY(users.isNull()); // closed before the connection it belonged to went
    QVERIFY(first.isNull());
    QCOMPARE(m_window->tabs()->count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    QCOMPARE(m_window->connection()->profile().database, QStringLiteral("postgres"));
    // Cancel keeps everything as it was.
    m_window->openConsole();
    QCOMPARE(m_window->tabs()->count(), 2);
    const auto cancelled = DialogAnswer::next(
        where, [](QWidget *dialog) { QVERIFY(DialogAnswer::click(dialog, QStringLiteral("Cancel"))); });
    m_window->connectTo(m_fixture.profile(), QString());
    QVERIFY2(cancelled->answered(), qPrintable(cancelled->report()));
    QCOMPARE(m_window->tabs()->count(), 2);
    QCOMPARE(m_window->connection()->profile().database, QStringLiteral("postgres"));
}

// A second connection in a window of its own: the first window's tabs keep working while the second is
// opened, reconnected and closed.
void TestMainWindow::secondConnectionOpensInItsOwnWindow()
{
    QVERIFY(connectAndWait(m_fixture.profile()));
    m_window->openTable(QStringLiteral("users"));
    auto *users = qobject_cast<TableTab *>(m_window->tabs()->currentWidget());
    QVERIFY(users);
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() > 0, 10000);
    ConnectionProfile other = m_fixture.profile();
    other.database = QStringLiteral("postgres");
    QSignalSpy opened(m_window.get(), &MainWindow::windowOpened);
    const auto newWindow = DialogAnswer::next(QStringLiteral("Open the connection where?"),
        [](QWidget *dialog) { QVERIFY(DialogAnswer::click(dialog, QStringLiteral("New window"))); });
    m_window->connectTo(other, QString());
    QVERIFY2(newWindow->answered(), qPrintable(newWindow->report()));
    QCOMPARE(opened.count(), 1);
    QPointer<MainWindow> second = opened.first().first().value<MainWindow *>();
    QVERIFY(second);
    QTRY_COMPARE_WITH_TIMEOUT(second->connectionStatus()->stateText(), QStringLiteral("Connected"), 20000);
    QCOMPARE(second->connection()->profile().database, QStringLiteral("postgres"));
    QCOMPARE(m_window->connection()->profile().database, m_fixture.profile().database);
    QCOMPARE(m_window->tabs()->count(), 2);
    second->openConsole();
    QCOMPARE(second->tabs()->count(), 2);
    // Reconnecting the first window touches nothing of the second.
    Session *secondSession = second->connection()->session();
    m_window->findChild<QAction *>(QStringLiteral("reconnectAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionStatus()->stateText(), QStringLiteral("Connected"), 20000);
    QCOMPARE(second->connection()->session(), secondSession);
    QCOMPARE(secondSession->state(), Session::State::Connected);
    QCOMPARE(second->tabs()->count(), 2);
    // The first window's tab still reads and navigates after the second window is gone.
    second->close();
    QTRY_VERIFY(second.isNull());
    const QModelIndex cell = users->model()->index(0, 0);
    QVERIFY(!users->relatedRowsFor(cell).isEmpty());
    QSignalSpy page(users->model(), &TableDataModel::pageLoaded);
    users->model()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(page.count() > 0, 10000);
    QVERIFY(users->model()->rowCount() > 0);
}

// The demo asked for in a second window connects that window (it used to open in the first one, and its
// Connect dialog's empty form was tried as well), and a later demo start from the first window leaves the
// second window's connection alone.
void TestMainWindow::demoFromASecondWindowOpensThere()
{
    QVERIFY(connectAndWait(m_fixture.profile()));
    QPointer<DatabaseConnection> first = m_window->connection();
    QPointer<MainWindow> second = m_window->openWindow();
    QSignalSpy asked(m_window.get(), &MainWindow::demoRequested);
    second->showConnectionDialog();
    auto *dialog = second->findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("demoButton")), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().first().value<MainWindow *>(), second.data());
    QVERIFY(!second->connection()); // the dialog's empty form was not tried
    // What the application does with the request: the demo database (here: the fixture's cluster, already
    // running) connects the window that asked.
    DemoDatabase demo(m_fixture.cluster().directory());
    QSignalSpy secondReady(second.data(), &MainWindow::ready);
    asked.first().first().value<MainWindow *>()->startDemo(&demo);
    QTRY_COMPARE_WITH_TIMEOUT(secondReady.count(), 1, 20000);
    QVERIFY(second->connection());
    QCOMPARE(m_window->connection(), first.data());
    // The first window now asks for the demo too: only it reconnects.
    QPointer<DatabaseConnection> secondConnection = second->connection();
    QSignalSpy firstReady(m_window.get(), &MainWindow::ready);
    m_window->startDemo(&demo);
    QTRY_VERIFY_WITH_TIMEOUT(first.isNull() && m_window->connection(), 20000);
    QCOMPARE(second->connection(), secondConnection.data());
    QCOMPARE(secondReady.count(), 1);
    second->close();
    QTRY_VERIFY(second.isNull());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
