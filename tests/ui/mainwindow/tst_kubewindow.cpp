#include "browser/tabletab.h"
#include "connection/connectionuri.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "console/consoletab.h"
#include "console/sqleditor.h"
#include "database/databaseconnection.h"
#include "fakekube/fakekubeapiserver.h"
#include "kube/kubeforward.h"
#include "kube/kubepodwatcher.h"
#include "mainwindow/connectionstatus.h"
#include "mainwindow/mainwindow.h"
#include "monitor/dashboardtab.h"
#include "monitor/kubepanel.h"
#include "table/tabledatamodel.h"
#include "testcluster.h"

#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

// The main window over a Kubernetes forward, as a support person uses it: a table with an unsaved edit and a
// console with text are open when the pod behind the Service is replaced (a rollout). The forward comes back
// on the same port, the window's sessions reconnect by themselves, the edit is still there and saves, the
// console's text is still there and runs, and the status bar has said what happened.
class TestKubeWindow : public QObject
{
    Q_OBJECT

private:
    TestCluster m_fixture;
    FakeKubeApiServer m_api;
    QTemporaryDir m_home;
    QString m_address;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("SAYTRUTH_NO_LOGIN_SHELL", "1");
        qputenv("HOME", m_home.path().toUtf8());
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        Error error;
        const QString user = m_fixture.profile().user;
        QVERIFY(m_fixture.cluster().setPassword(user, QStringLiteral("window-test"), &error));
        QVERIFY(m_api.start());
        const QString ns = QStringLiteral("saytruth-dev");
        m_api.addNamespace(ns);
        const QMap<QString, QString> labels {{QStringLiteral("app"), QStringLiteral("postgres")}};
        m_api.addPod(ns, QStringLiteral("postgres-0"), labels, {{QStringLiteral("postgresql"), 5432}},
            QStringLiteral("127.0.0.1:%1").arg(m_fixture.cluster().port()));
        m_api.addService(ns, QStringLiteral("postgres-service"), labels,
            {{QStringLiteral("postgres"), 5432, QStringLiteral("5432")}});
        m_api.addVolumeClaim(
            ns, QStringLiteral("postgres-0"), QStringLiteral("postgres-storage-postgres-0"), QStringLiteral("100Mi"));
        m_api.setRestarts(ns, QStringLiteral("postgres-0"), 2, QStringLiteral("OOMKilled"));
        m_api.addSecret(ns, QStringLiteral("postgres-secret"),
            {{QStringLiteral("username"), user.toUtf8()}, {QStringLiteral("password"), QByteArray("window-test")}});
        const QString kubeconfig = m_api.writeKubeconfig(m_home.path(), {{QStringLiteral("dev"), ns}});
        m_address = QStringLiteral("k8s://dev@saytruth-dev/postgres-service/saytruth_db?kubeconfig=") + kubeconfig;
    }

    // The dashboard's Kubernetes panel: the pod's readiness and restarts, and its data volume against what the
    // databases use (the fixture's cluster holds some tens of MB in a 100 MiB claim).
    void dashboardShowsThePodAndItsVolume()
    {
        ProfileStore profiles(m_home.filePath(QStringLiteral("profiles2.json")));
        CredentialStore credentials;
        credentials.setKeychainEnabled(false);
        MainWindow window(&profiles, &credentials);
        window.show();
        QSignalSpy ready(&window, &MainWindow::ready);
        window.connectTo(ConnectionUri::parse(m_address).profile, std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
        DashboardTab *dashboard = window.openDashboard();
        QVERIFY(dashboard);
        KubePanel *panel = dashboard->kubePanel();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(
            !panel->volumeText().isEmpty() && panel->volumeText().contains(QLatin1Char('%')), 30000);
        QVERIFY2(panel->volumeText().contains(QLatin1String("postgres-storage-postgres-0")),
            qPrintable(panel->volumeText()));
        const KubePodStatus status = panel->watcher()->status();
        QCOMPARE(status.pod, QStringLiteral("postgres-0"));
        QVERIFY(status.ready);
        QCOMPARE(status.restarts, 2);
        QCOMPARE(status.lastRestartReason, QStringLiteral("OOMKilled"));
        QCOMPARE(status.dataVolume()->capacityBytes, 100LL << 20);
        auto *restarts = panel->findChild<QLabel *>(QStringLiteral("kubeRestarts"));
        QCOMPARE(restarts->text(), QStringLiteral("2 (last: OOMKilled)"));
        if (const QString dir = qEnvironmentVariable("SAYTRUTH_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.resize(1280, 800);
            auto *panels = dashboard->findChild<QTabWidget *>(QStringLiteral("dashboardPanels"));
            panels->setCurrentWidget(panel);
            QTest::qWait(200);
            window.grab().save(dir + QStringLiteral("/dashboard-kubernetes.png"));
        }
        // A direct connection has no such panel.
        MainWindow direct(&profiles, &credentials);
        QSignalSpy directReady(&direct, &MainWindow::ready);
        direct.connectTo(m_fixture.profile(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(directReady.count(), 1, 20000);
        QVERIFY(!direct.openDashboard()->kubePanel());
    }

    void editsAndConsoleSurviveARollout()
    {
        ProfileStore profiles(m_home.filePath(QStringLiteral("profiles.json")));
        CredentialStore credentials;
        credentials.setKeychainEnabled(false);
        MainWindow window(&profiles, &credentials);
        window.show();
        QSignalSpy ready(&window, &MainWindow::ready);
        const ConnectionUri::Result parsed = ConnectionUri::parse(m_address);
        QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
        window.connectTo(parsed.profile, std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
        auto *status = window.findChild<ConnectionStatus *>();
        QVERIFY2(
            status->forwardText().contains(QStringLiteral("up — pod/postgres-0")), qPrintable(status->forwardText()));
        const int port = window.connection()->forward()->localPort();

        window.openTable(QStringLiteral("users"));
        auto *table = qobject_cast<TableTab *>(window.tabs()->currentWidget());
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 20000);
        const QString id = table->model()->index(0, 0).data().toString();
        QVERIFY(table->model()->setData(table->model()->index(0, 2), QStringLiteral("kept_across_rollout")));
        QVERIFY(table->model()->hasPendingChanges());

        ConsoleTab *console = window.openConsole();
        QVERIFY(console);
        console->editor()->setText(QStringLiteral("SELECT count(*) FROM users"));
        QTRY_VERIFY_WITH_TIMEOUT(console->session()->isConnected(), 20000);

        // The rollout: the pod is replaced, its forwards cut.
        QSignalSpy reopened(window.connection(), &DatabaseConnection::opened);
        m_api.replacePod(QStringLiteral("saytruth-dev"), QStringLiteral("postgres-0"), QStringLiteral("postgres-0-b"));
        QTRY_VERIFY_WITH_TIMEOUT(status->forwardText().contains(QLatin1String("reconnecting")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(status->forwardText().contains(QStringLiteral("up — pod/postgres-0-b")), 60000);
        QCOMPARE(window.connection()->forward()->localPort(), port);
        QTRY_VERIFY_WITH_TIMEOUT(reopened.count() > 0 && window.connection()->session()->isConnected(), 60000);

        // The edit was kept and saves through the new pod; the console's text is there and runs.
        QVERIFY(table->model()->hasPendingChanges());
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("kept_across_rollout"));
        QSignalSpy saved(table->model(), &TableDataModel::saved);
        table->model()->save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
        QCOMPARE(console->editor()->text(), QStringLiteral("SELECT count(*) FROM users"));
        QTRY_VERIFY_WITH_TIMEOUT(console->session()->isConnected(), 30000);
        QVERIFY(console->run(ConsoleTab::Scope::Script));
        QTRY_VERIFY_WITH_TIMEOUT(!console->runner()->isRunning(), 20000);

        DatabaseConnection check(m_fixture.profile(), QString());
        QSignalSpy opened(&check, &DatabaseConnection::opened);
        check.open();
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
        const PgResult row = [&] {
            auto future = check.session()->run(QStringLiteral("SELECT username FROM users WHERE id = $1"), {id});
            (void)QTest::qWaitFor([&] { return future.isFinished(); }, 20000);
            return future.result();
        }();
        QCOMPARE(row.value(0, 0).toString(), QStringLiteral("kept_across_rollout"));
    }
};

QTEST_MAIN(TestKubeWindow)
#include "tst_kubewindow.moc"
