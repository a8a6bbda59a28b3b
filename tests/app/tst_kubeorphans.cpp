#include "fakekube/fakekubeapiserver.h"
#include "kube/kubectl.h"
#include "processes.h"
#include "testcluster.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

// No kubectl outlives the app that started it: not when it quits, and not when it is killed with SIGKILL
// (the forward's kubectl carries a parent-death signal). The real app binary, the real kubectl, the tests'
// API server forwarding to the test cluster.

class TestKubeOrphans : public QObject
{
    Q_OBJECT

private:
    TestCluster m_cluster;
    FakeKubeApiServer m_api;
    QTemporaryDir m_home;
    QString m_kubeconfig;
    QString m_address;

    void startApp(QProcess &app, bool quitWhenReady)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("SAYTRUTH_NO_LOGIN_SHELL"), QStringLiteral("1"));
        if (quitWhenReady)
            environment.insert(QStringLiteral("SAYTRUTH_QUIT_WHEN_READY"), QStringLiteral("1"));
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(SAYTRUTH_STUDIO_BINARY), {m_address});
        QVERIFY(app.waitForStarted());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
        Error error;
        const QString user = m_cluster.profile().user;
        QVERIFY(m_cluster.cluster().setPassword(user, QStringLiteral("orphan-test"), &error));
        QVERIFY(m_api.start());
        const QString ns = QStringLiteral("saytruth-dev");
        m_api.addNamespace(ns);
        const QMap<QString, QString> labels {{QStringLiteral("app"), QStringLiteral("postgres")}};
        m_api.addPod(ns, QStringLiteral("postgres-0"), labels, {{QStringLiteral("postgresql"), 5432}},
            QStringLiteral("127.0.0.1:%1").arg(m_cluster.cluster().port()));
        m_api.addService(ns, QStringLiteral("postgres-service"), labels,
            {{QStringLiteral("postgres"), 5432, QStringLiteral("5432")}});
        m_api.addSecret(ns, QStringLiteral("postgres-secret"),
            {{QStringLiteral("username"), user.toUtf8()}, {QStringLiteral("password"), QByteArray("orphan-test")}});
        m_kubeconfig = m_api.writeKubeconfig(m_home.path(), {{QStringLiteral("dev"), ns}});
        m_address = QStringLiteral("k8s://dev@saytruth-dev/postgres-service/saytruth_db?kubeconfig=") + m_kubeconfig;
    }

    void quitLeavesNoKubectl()
    {
        QProcess app;
        startApp(app, true);
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(m_api.requests().join(QLatin1Char('\n')).contains(QLatin1String("/portforward")));
        QTRY_VERIFY(processesWith({"port-forward", m_kubeconfig.toUtf8()}).isEmpty());
    }

    void sigkillLeavesNoKubectl()
    {
        QProcess app;
        startApp(app, false);
        QList<RunningProcess> forwards;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(forwards = processesWith({"port-forward", m_kubeconfig.toUtf8()})).isEmpty(), 120000);
        QCOMPARE(forwards.first().parent, app.processId());
        ::kill(pid_t(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(processesWith({"port-forward", m_kubeconfig.toUtf8()}).isEmpty(), 10000);
    }

    // The mechanism itself, where nothing else would end the child: a kubectl that writes nothing more (an
    // idle forward) would live on after its parent's SIGKILL, were it not for the parent-death signal. (A
    // kubectl that writes dies of SIGPIPE anyway, which is why the test above cannot tell.) The parent is
    // this test binary in a second role (see main): it starts `sleep` the way the app starts kubectl.
    void parentDeathSignalEndsASilentChild()
    {
        QProcess parent;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SAYTRUTH_TEST_BOUND_PARENT"), QStringLiteral("1"));
        parent.setProcessEnvironment(environment);
        parent.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(parent.waitForReadyRead(20000));
        qint64 child = 0;
        QTRY_VERIFY([&] {
            for (const RunningProcess &process : processesWith({"sleep"})) {
                if (process.parent == parent.processId())
                    child = process.pid;
            }
            return child > 0;
        }());
        ::kill(pid_t(parent.processId()), SIGKILL);
        QVERIFY(parent.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(child), 10000);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("SAYTRUTH_TEST_BOUND_PARENT")) {
        QCoreApplication app(argc, argv);
        QProcess child;
        Kubectl::bindToParent(&child);
        child.start(QStringLiteral("sleep"), {QStringLiteral("300")});
        child.waitForStarted();
        std::puts("started");
        std::fflush(stdout);
        return app.exec();
    }
    QCoreApplication app(argc, argv);
    TestKubeOrphans test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_kubeorphans.moc"
