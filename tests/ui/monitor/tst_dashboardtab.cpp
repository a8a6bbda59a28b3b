#include "common/colours.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "connection/session.h"
#include "console/consoletab.h"
#include "console/sqleditor.h"
#include "database/databaseconnection.h"
#include "dialoganswer.h"
#include "mainwindow/mainwindow.h"
#include "monitor/backendactions.h"
#include "monitor/dashboardtab.h"
#include "monitor/headerfigures.h"
#include "monitor/monitorsampler.h"
#include "monitor/replicationpanel.h"
#include "monitor/sessionfiltermodel.h"
#include "monitor/sessionsmodel.h"
#include "monitor/sessionspanel.h"
#include "monitor/statementsmodel.h"
#include "monitor/storagepanel.h"
#include "monitor/tablemaintenance.h"
#include "monitor/tablesizesmodel.h"
#include "settings/preferences.h"
#include "testcluster.h"
#include "testwait.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace {

constexpr int LongWaitMs = 30000;

} // namespace

// The monitoring dashboard offscreen, opened from the main window on the fixture's cluster.
class TestDashboardTab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensFromTheMainWindowWithFigures();
    void pollingStopsWhileHiddenOrMinimised();
    void secondConnectionAppearsAndDisappears();
    void cancelFromTheTableIsConfirmed();
    void doubleClickedQueryOpensInAConsole();
    void resumesAfterItsConnectionWasEnded();
    void productionConfirmationNamesTheSession();
    void staysResponsiveWhileTheCatalogIsLocked();
    void cadencesAreChosenOnTheToolbarAndKept();
    void followsThePreferences();
    void messageBarFollowsTheTheme();

private:
    DashboardTab *openDashboard();

    TestCluster m_fixture;
    QTemporaryDir m_config;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
};

void TestDashboardTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestDashboardTab::init()
{
    QSettings().remove(QStringLiteral("dashboard")); // the default cadences
    m_profiles = std::make_unique<ProfileStore>(m_config.filePath(QStringLiteral("profiles.json")));
    m_credentials = std::make_unique<CredentialStore>();
    m_credentials->setKeychainEnabled(false);
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_credentials.get());
    m_window->resize(1200, 800);
    m_window->show();
    QSignalSpy ready(m_window.get(), &MainWindow::ready);
    m_window->connectTo(m_fixture.profile(), QString());
    QVERIFY(QTest::qWaitFor([&] { return ready.count() > 0; }, LongWaitMs));
}

void TestDashboardTab::cleanup()
{
    // What the case armed and did not use goes now, before it can answer the next case's dialog; the case
    // fails for it once the rest is cleaned up.
    const QStringList unused = DialogAnswer::reset();
    Preferences::shared()->setValues(Preferences::Values {});
    m_window.reset();
    QVERIFY2(unused.isEmpty(), qPrintable(unused.join(QLatin1Char('\n'))));
}

DashboardTab *TestDashboardTab::openDashboard()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("dashboardAction"));
    if (!action)
        return nullptr;
    action->trigger();
    auto *dashboard = qobject_cast<DashboardTab *>(m_window->tabs()->currentWidget());
    if (dashboard
        && !QTest::qWaitFor([&] { return dashboard->sampler()->lastSample().statementsRun == 2; }, LongWaitMs))
        return nullptr;
    return dashboard;
}

void TestDashboardTab::opensFromTheMainWindowWithFigures()
{
    DashboardTab *dashboard = openDashboard();
    QVERIFY(dashboard);
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("dashboardAction"))->shortcut(),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QVERIFY(dashboard->isPolling());
    QCOMPARE(dashboard->interval(), 2000);
    HeaderFigures *figures = dashboard->figures();
    QVERIFY2(
        figures->value(QStringLiteral("server")).startsWith(m_window->connection()->session()->serverInfo().version),
        qPrintable(figures->value(QStringLiteral("server"))));
    QVERIFY(figures->value(QStringLiteral("connections")).contains(QLatin1Char('/')));
    QVERIFY(figures->value(QStringLiteral("cache")).endsWith(QLatin1Char('%')));
    QCOMPARE(figures->value(QStringLiteral("replication")), QStringLiteral("primary, 0 standby(s)"));
    // Its own session shows, marked as the dashboard's.
    const int ownPid = dashboard->session()->serverInfo().backendPid;
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->sessionsModel()->sessionOfPid(ownPid), LongWaitMs);
    QVERIFY(dashboard->sessionsModel()->sessionOfPid(ownPid)->own);
    QCOMPARE(dashboard->session()->serverInfo().database, m_fixture.profile().database);
    // The statements panel reads the installed extension.
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->statementsModel()->rowCount() > 0, LongWaitMs);
    // Sizes are read when their panel is first shown, not before.
    QVERIFY(!dashboard->tableSizesModel()->readAt().isValid());
    dashboard->panels()->setCurrentIndex(3);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->tableSizesModel()->rowCount() > 0, LongWaitMs);
    // Their age is shown with them.
    auto *readAt = dashboard->findChild<QLabel *>(QStringLiteral("sizesReadAt"));
    QTRY_VERIFY_WITH_TIMEOUT(readAt->text().contains(QLatin1String(" ago at ")), LongWaitMs);
    // VACUUM (ANALYZE) from there, confirmed, on a connection of its own.
    auto *storage = dashboard->findChild<StoragePanel *>();
    QSignalSpy vacuumed(dashboard->maintenance(), &TableMaintenance::finished);
    QString question;
    const auto vacuum = DialogAnswer::next(QStringLiteral("VACUUM (ANALYZE)"), [&](QWidget *dialog) {
        question = qobject_cast<QMessageBox *>(dialog)->text();
        QVERIFY(DialogAnswer::click(dialog, QStringLiteral("Vacuum")));
    });
    QVERIFY(storage->askVacuum(QStringLiteral("public"), QStringLiteral("links")));
    QVERIFY2(vacuum->answered(), qPrintable(vacuum->report()));
    QVERIFY(question.contains(QLatin1String("public.links")));
    QTRY_COMPARE_WITH_TIMEOUT(vacuumed.count(), 1, LongWaitMs);
    QVERIFY(vacuumed.first().at(1).value<Error>().isNull());
    // Opening it again shows the same tab.
    const int tabs = m_window->tabs()->count();
    QCOMPARE(m_window->openDashboard(), dashboard);
    QCOMPARE(m_window->tabs()->count(), tabs);
}

void TestDashboardTab::pollingStopsWhileHiddenOrMinimised()
{
    DashboardTab *dashboard = openDashboard();
    QVERIFY(dashboard);
    dashboard->setInterval(250);
    QTabWidget *tabs = m_window->tabs();
    const int dashboardIndex = tabs->currentIndex();
    tabs->setCurrentIndex(0); // the overview: the dashboard is hidden
    QVERIFY(!dashboard->isVisible());
    QVERIFY(!dashboard->isPolling());
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->sampler()->isRefreshing(), LongWaitMs);
    const int refreshes = dashboard->sampler()->refreshCount();
    QTest::qWait(1500); // six intervals: nothing may be sent while hidden
    QCOMPARE(dashboard->sampler()->refreshCount(), refreshes);

    tabs->setCurrentIndex(dashboardIndex);
    QVERIFY(dashboard->isPolling());
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->sampler()->refreshCount() > refreshes, LongWaitMs);

    m_window->setWindowState(Qt::WindowMinimized);
    QVERIFY(!dashboard->isPolling());
    m_window->setWindowState(Qt::WindowNoState);
    QVERIFY(dashboard->isPolling());

    QMetaObject::invokeMethod(dashboard->findChild<QObject *>(QStringLiteral("pauseRefresh")), "toggle");
    QVERIFY(!dashboard->isPolling());
    dashboard->setPaused(false);
    QVERIFY(dashboard->isPolling());
}

void TestDashboardTab::secondConnectionAppearsAndDisappears()
{
    DashboardTab *dashboard = openDashboard();
    QVERIFY(dashboard);
    dashboard->setInterval(250);
    auto other = std::make_unique<Session>(m_fixture.profile(), QString(), QStringLiteral("second"));
    QVERIFY(TestWait::open(*other));
    const int pid = other->serverInfo().backendPid;
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->sessionsModel()->sessionOfPid(pid), LongWaitMs);
    QCOMPARE(dashboard->sessionsModel()->sessionOfPid(pid)->application, QStringLiteral("SayTruth Studio: second"));
    // Hide idle: the idle second connection leaves the table, not the model.
    auto *view = dashboard->sessionsPanel()->view();
    const int shown = view->model()->rowCount();
    dashboard->sessionsPanel()->filter()->setHideIdle(true);
    QVERIFY(view->model()->rowCount() < shown);
    dashboard->sessionsPanel()->filter()->setHideIdle(false);
    other.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->sessionsModel()->sessionOfPid(pid), LongWaitMs);
}

void TestDashboardTab::cancelFromTheTableIsConfirmed()
{
    DashboardTab *dashboard = openDashboard();
    QVERIFY(dashboard);
    dashboard->setInterval(250);
    Session other(m_fixture.profile(), QString(), QStringLiteral("sleeper"));
    QVERIFY(TestWait::open(other));
    const int pid = other.serverInfo().backendPid;
    QFuture<PgResult> sleeping = other.run(QStringLiteral("SELECT pg_sleep(300)"));
    SessionsModel *model = dashboard->sessionsModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->sessionOfPid(pid) && model->sessionOfPid(pid)->state == QLatin1String("active"), LongWaitMs);
    QTableView *view = dashboard->sessionsPanel()->view();
    auto *filter = dashboard->sessionsPanel()->filter();
    view->selectRow(filter->mapFromSource(model->index(model->rowOfPid(pid), 0)).row());
    auto *cancel = dashboard->findChild<QPushButton *>(QStringLiteral("cancelQuery"));
    QVERIFY(cancel->isEnabled());
    QString question;
    const auto cancelled = DialogAnswer::next(QStringLiteral("Cancel query"), [&](QWidget *dialog) {
        question = qobject_cast<QMessageBox *>(dialog)->text();
        QVERIFY(DialogAnswer::click(dialog, QStringLiteral("Cancel query")));
    });
    cancel->click();
    QVERIFY2(cancelled->answered(), qPrintable(cancelled->report()));
    QVERIFY2(question.contains(QString::number(pid)), qPrintable(question));
    QCOMPARE(TestWait::result(sleeping, LongWaitMs).error.sqlState, QStringLiteral("57014"));
}

void TestDashboardTab::doubleClickedQueryOpensInAConsole()
{
    DashboardTab *dashboard = openDashboard();
    QVERIFY(dashboard);
    SessionsModel *model = dashboard->sessionsModel();
    const int ownPid = dashboard->session()->serverInfo().backendPid;
    QTRY_VERIFY_WITH_TIMEOUT(model->sessionOfPid(ownPid), LongWaitMs);
    const QString query = model->sessionOfPid(ownPid)->query;
    QTableView *view = dashboard->sessionsPanel()->view();
    const QModelIndex cell = dashboard->sessionsPanel()->filter()->mapFromSource(
        model->index(model->rowOfPid(ownPid), SessionsModel::Query));
    view->scrollTo(cell);
    const QPoint centre = view->visualRect(cell).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    auto *console = qobject_cast<ConsoleTab *>(m_window->tabs()->currentWidget());
    QVERIFY(console);
    QCOMPARE(console->editor()->text(), query);
}

void TestDashboardTab::resumesAfterItsConnectionWasEnded()
{
    DashboardTab *dashboard = openDashboard();
    QVERIFY(dashboard);
    dashboard->setInterval(250);
    const int ownPid = dashboard->session()->serverInfo().backendPid;
    Session other(m_fixture.profile(), QString(), QStringLiteral("killer"));
    QVERIFY(TestWait::open(other));
    QSignalSpy lost(dashboard->session(), &Session::connectionLost);
    QVERIFY(TestWait::result(other.run(QStringLiteral("SELECT pg_terminate_backend($1)"), {ownPid})).ok());
    QTRY_VERIFY_WITH_TIMEOUT(lost.count() == 1, LongWaitMs);
    // It reconnects by itself (a new backend) and polls again.
    QTRY_VERIFY_WITH_TIMEOUT(
        dashboard->session()->isConnected() && dashboard->session()->serverInfo().backendPid != ownPid, LongWaitMs);
    const int refreshes = dashboard->sampler()->refreshCount();
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->sampler()->refreshCount() > refreshes + 1, LongWaitMs);
    const int newPid = dashboard->session()->serverInfo().backendPid;
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->sessionsModel()->sessionOfPid(newPid), LongWaitMs);
    QVERIFY(!dashboard->sessionsModel()->sessionOfPid(ownPid));
}

void TestDashboardTab::productionConfirmationNamesTheSession()
{
    SessionsModel model;
    ActivityRow row;
    row.pid = 4242;
    row.user = QStringLiteral("alice");
    row.application = QStringLiteral("psql");
    row.client = QStringLiteral("10.0.0.5");
    row.state = QStringLiteral("active");
    row.query = QStringLiteral("UPDATE messages SET content = ''");
    model.setSessions({row});
    ConnectionProfile production = m_fixture.profile();
    production.kind = ConnectionProfile::Kind::Production;
    QSignalSpy signalled(&model, &SessionsModel::backendSignalled);
    QString question;
    QString defaultButton;
    const auto kept = DialogAnswer::next(QStringLiteral("Terminate session"), [&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        question = box->text();
        defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
        QVERIFY(DialogAnswer::click(dialog, QStringLiteral("Keep it running")));
    });
    QVERIFY(
        !BackendActions::confirmAndSend(m_window.get(), &model, production, 4242, SessionsModel::Signal::Terminate));
    QVERIFY2(kept->answered(), qPrintable(kept->report()));
    for (const char *part : {"PRODUCTION", "4242", "alice", "psql", "10.0.0.5"})
        QVERIFY2(question.contains(QLatin1String(part)), qPrintable(question));
    QCOMPARE(defaultButton, QStringLiteral("Keep it running"));
    QCOMPARE(signalled.count(), 0);
}

void TestDashboardTab::staysResponsiveWhileTheCatalogIsLocked()
{
    DashboardTab *dashboard = openDashboard();
    QVERIFY(dashboard);
    QCOMPARE(dashboard->interval(), 2000);
    // A superuser's open transaction holds pg_extension, which every fast refresh reads (overview.sql): the
    // refresh waits for the lock until the dashboard's lock_timeout (2 s) gives up.
    ConnectionProfile superuser = m_fixture.profile();
    superuser.user = QStringLiteral("postgres");
    Session locker(superuser, QString(), QStringLiteral("locker"));
    QVERIFY(TestWait::open(locker));
    QSignalSpy failed(dashboard->sampler(), &MonitorSampler::failed);
    QVERIFY(TestWait::result(locker.run(QStringLiteral("BEGIN"))).ok());
    QVERIFY(TestWait::result(locker.run(QStringLiteral("LOCK TABLE pg_catalog.pg_extension IN ACCESS EXCLUSIVE MODE")))
                .ok());
    int beats = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&beats] { ++beats; });
    heartbeat.start(20);

    // While held: a refresh slower than a fifth of the interval backs it off, and the status line says so.
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->statusText().contains(QLatin1String("slow: refreshing every")), LongWaitMs);
    QVERIFY(dashboard->cadence().isBackedOff());
    QVERIFY(dashboard->cadence().current() > dashboard->interval());
    // The lock timeout reads as one message in words, not the server's error with its context.
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, LongWaitMs);
    QCOMPARE(failed.first().first().value<Error>().sqlState, QStringLiteral("55P03"));
    auto *message = dashboard->findChild<QLabel *>(QStringLiteral("dashboardMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("holds a lock on a catalog table")), qPrintable(message->text()));
    QVERIFY2(!message->text().contains(QLatin1Char('\n')), qPrintable(message->text()));
    QVERIFY(!message->text().contains(QLatin1String("canceling statement")));

    // The event loop kept running all along: timers fire, panels and tabs switch, the dashboard pauses.
    const int beatsBefore = beats;
    QTRY_VERIFY_WITH_TIMEOUT(beats > beatsBefore + 3, LongWaitMs);
    dashboard->panels()->setCurrentWidget(dashboard->replicationPanel());
    QCOMPARE(dashboard->panels()->currentWidget(), dashboard->replicationPanel());
    QTabWidget *tabs = m_window->tabs();
    const int dashboardIndex = tabs->currentIndex();
    tabs->setCurrentIndex(0);
    QVERIFY(!dashboard->isPolling());
    tabs->setCurrentIndex(dashboardIndex);
    QVERIFY(dashboard->isPolling());
    dashboard->setPaused(true);
    QVERIFY(!dashboard->isPolling());
    dashboard->setPaused(false);
    QVERIFY(dashboard->isPolling());

    // Released: refreshes resume by themselves, the message goes and the interval is the chosen one again.
    QSignalSpy sampled(dashboard->sampler(), &MonitorSampler::sampled);
    QVERIFY(TestWait::result(locker.run(QStringLiteral("ROLLBACK"))).ok());
    QTRY_VERIFY_WITH_TIMEOUT(sampled.count() > 0, 3 * LongWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!message->isVisible(), LongWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->cadence().isBackedOff(), 3 * LongWaitMs);
    QCOMPARE(dashboard->cadence().current(), 2000);
}

void TestDashboardTab::cadencesAreChosenOnTheToolbarAndKept()
{
    DashboardTab *dashboard = openDashboard();
    QVERIFY(dashboard);
    QCOMPARE(dashboard->interval(), 2000);
    QCOMPARE(dashboard->statementsInterval(), 15000);
    auto *interval = dashboard->findChild<QComboBox *>(QStringLiteral("refreshInterval"));
    auto *statements = dashboard->findChild<QComboBox *>(QStringLiteral("statementsInterval"));
    QVERIFY(interval && statements);
    // The user's choice, by keyboard as by mouse, is applied at once and kept.
    QTest::keyClick(interval, Qt::Key_Up);
    QCOMPARE(dashboard->interval(), 1000);
    QTest::keyClick(statements, Qt::Key_Down);
    QCOMPARE(dashboard->statementsInterval(), 30000);
    QCOMPARE(statements->currentText(), QStringLiteral("every 30 s"));
    QCOMPARE(QSettings().value(QStringLiteral("dashboard/refreshIntervalMs")).toInt(), 1000);
    QCOMPARE(QSettings().value(QStringLiteral("dashboard/statementsIntervalMs")).toInt(), 30000);
    QTest::keyClick(statements, Qt::Key_Down);
    QCOMPARE(statements->currentText(), QStringLiteral("every 1 min"));
    QCOMPARE(QSettings().value(QStringLiteral("dashboard/statementsIntervalMs")).toInt(), 60000);
    // What a caller sets for one tab (a test, --dashboard) is not the user's choice: not kept.
    dashboard->setInterval(250);
    QCOMPARE(QSettings().value(QStringLiteral("dashboard/refreshIntervalMs")).toInt(), 1000);

    // The next dashboard starts with the kept choices.
    m_window.reset();
    m_profiles = std::make_unique<ProfileStore>(m_config.filePath(QStringLiteral("profiles.json")));
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_credentials.get());
    m_window->show();
    QSignalSpy ready(m_window.get(), &MainWindow::ready);
    m_window->connectTo(m_fixture.profile(), QString());
    QVERIFY(QTest::qWaitFor([&] { return ready.count() > 0; }, LongWaitMs));
    dashboard = openDashboard();
    QVERIFY(dashboard);
    QCOMPARE(dashboard->interval(), 1000);
    QCOMPARE(dashboard->statementsInterval(), 60000);
    QCOMPARE(dashboard->findChild<QComboBox *>(QStringLiteral("statementsInterval"))->currentText(),
        QStringLiteral("every 1 min"));
}

void TestDashboardTab::followsThePreferences()
{
    DashboardTab *dashboard = openDashboard();
    QVERIFY(dashboard);
    Preferences::Values values;
    values.dashboardIntervalMs = 10000;
    values.confirmSessionSignals = false;
    Preferences::shared()->setValues(values);
    QCOMPARE(dashboard->interval(), 10000);
    QCOMPARE(dashboard->findChild<QComboBox *>(QStringLiteral("refreshInterval"))->currentText(),
        QStringLiteral("every 10 s"));

    // Asked not to, cancelling another session's query on development goes without a question (a question
    // would be closed here, and seen).
    dashboard->setInterval(250);
    Session other(m_fixture.profile(), QString(), QStringLiteral("sleeper"));
    QVERIFY(TestWait::open(other));
    const int pid = other.serverInfo().backendPid;
    QFuture<PgResult> sleeping = other.run(QStringLiteral("SELECT pg_sleep(300)"));
    SessionsModel *model = dashboard->sessionsModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->sessionOfPid(pid) && model->sessionOfPid(pid)->state == QLatin1String("active"), LongWaitMs);
    QTableView *view = dashboard->sessionsPanel()->view();
    view->selectRow(dashboard->sessionsPanel()->filter()->mapFromSource(model->index(model->rowOfPid(pid), 0)).row());
    const auto asked = DialogAnswer::next(QStringLiteral("Cancel query"), [](QWidget *dialog) { dialog->close(); });
    dashboard->findChild<QPushButton *>(QStringLiteral("cancelQuery"))->click();
    QVERIFY(!asked->answered());
    DialogAnswer::withdraw(asked);
    QCOMPARE(TestWait::result(sleeping, LongWaitMs).error.sqlState, QStringLiteral("57014"));
}

// A message bar (here: a session was cancelled) takes the colours of a dark palette switched to while it shows.
void TestDashboardTab::messageBarFollowsTheTheme()
{
    DashboardTab *dashboard = openDashboard();
    QVERIFY(dashboard);
    Q_EMIT dashboard->sessionsModel()->backendSignalled(4242, SessionsModel::Signal::Cancel, Error {});
    auto *message = dashboard->findChild<QLabel *>(QStringLiteral("dashboardMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("4242")), qPrintable(message->text()));
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    for (const auto role : {QPalette::Window, QPalette::Button})
        dark.setColor(role, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(role, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    const QString styleSheet = message->styleSheet();
    QApplication::setPalette(original);
    QCOMPARE(styleSheet, Colours::messageStyle(Colours::Tone::Success, QStringLiteral("QLabel"), dark));
}

QTEST_MAIN(TestDashboardTab)
#include "tst_dashboardtab.moc"
