#include "connection/connectionuri.h"
#include "database/databaseconnection.h"
#include "fakekube/fakekubeapiserver.h"
#include "kube/kubectl.h"
#include "kube/kubeforward.h"
#include "kube/kubeforwards.h"
#include "processes.h"
#include "testcluster.h"
#include "testwait.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

// A Kubernetes connection end to end, with the real kubectl (each one found: PATH's, and those listed in
// SAYTRUTH_TEST_KUBECTLS) against the tests' own API server, forwarding to the test cluster: through a
// Service and a pod, credentials from each operator's Secret layout, the forward dying and coming back on the
// same port, RBAC refusals, kubectl missing, a slow API server, and no kubectl left behind.
namespace {

const QString Namespace = QStringLiteral("saytruth-dev");
const QString Password = QStringLiteral("kube-Pa55:w@rd");

// Shorter kubectl timeouts for one test, put back when it ends, whatever its outcome.
class ShortTimeouts
{
public:
    explicit ShortTimeouts(const std::function<void(Kubectl::Timeouts &)> &change)
        : m_saved(Kubectl::timeouts())
    {
        Kubectl::Timeouts shorter = m_saved;
        change(shorter);
        Kubectl::setTimeouts(shorter);
    }
    ~ShortTimeouts() { Kubectl::setTimeouts(m_saved); }

private:
    const Kubectl::Timeouts m_saved;
};

// SAYTRUTH_KUBECTL names another kubectl for one test, put back when it ends, whatever its outcome.
class ChosenKubectl
{
public:
    explicit ChosenKubectl(const QByteArray &program)
        : m_saved(qgetenv("SAYTRUTH_KUBECTL"))
    {
        qputenv("SAYTRUTH_KUBECTL", program);
    }
    ~ChosenKubectl()
    {
        if (m_saved.isEmpty())
            qunsetenv("SAYTRUTH_KUBECTL");
        else
            qputenv("SAYTRUTH_KUBECTL", m_saved);
    }

private:
    const QByteArray m_saved;
};

// An executable shell script at path.
bool writeScript(const QString &path, const QByteArray &text)
{
    QFile script(path);
    return script.open(QIODevice::WriteOnly) && script.write(text) == text.size()
        && script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

class TestKubeConnection : public QObject
{
    Q_OBJECT

private:
    TestCluster m_cluster;
    std::unique_ptr<FakeKubeApiServer> m_api;
    QTemporaryDir m_home;
    QString m_kubeconfig;
    QString m_user;

    ConnectionProfile profileFor(const QString &address)
    {
        const QString separator = address.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
        const ConnectionUri::Result parsed
            = ConnectionUri::parse(address + separator + QStringLiteral("kubeconfig=") + m_kubeconfig);
        if (!parsed.ok)
            qWarning("%s", qPrintable(parsed.error.toString()));
        return parsed.profile;
    }

    // Opens a connection and waits for opened() or openFailed(); the error (empty when it opened).
    Error open(DatabaseConnection &connection, int timeoutMs = 60000)
    {
        QSignalSpy opened(&connection, &DatabaseConnection::opened);
        QSignalSpy failed(&connection, &DatabaseConnection::openFailed);
        connection.open();
        if (!QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, timeoutMs))
            return {QStringLiteral("test"), QStringLiteral("neither opened nor failed in time")};
        return failed.isEmpty() ? Error {} : failed.first().first().value<Error>();
    }

    QString countUsers(DatabaseConnection &connection)
    {
        const PgResult result
            = TestWait::result(connection.session()->run(QStringLiteral("SELECT count(*) FROM users")));
        return result.ok() ? result.value(0, 0).toString() : result.error.toString();
    }

    // Connects through an API server over TLS (kubectl runs exec plugins only there) whose kubeconfig takes its
    // credentials from the exec plugin named.
    Error openThroughPlugin(const QString &plugin, QStringList *requests)
    {
        FakeKubeApiServer secure;
        if (!secure.startHttps())
            return {QStringLiteral("test"), QStringLiteral("the TLS API server did not start")};
        secure.setExecPlugin(plugin);
        QTemporaryDir dir;
        const QString kubeconfig = secure.writeKubeconfig(dir.path(), {{QStringLiteral("gke"), Namespace}});
        DatabaseConnection connection(
            ConnectionUri::parse(
                QStringLiteral("k8s://gke@saytruth-dev/postgres-service/saytruth_db?kubeconfig=") + kubeconfig)
                .profile,
            QString());
        const Error error = open(connection);
        *requests = secure.requests();
        return error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("SAYTRUTH_NO_LOGIN_SHELL", "1");
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8()); // never the developer's ~/.kube
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
        m_user = m_cluster.profile().user;
        Error error;
        QVERIFY2(m_cluster.cluster().setPassword(m_user, Password, &error), qPrintable(error.toString()));
        m_api = std::make_unique<FakeKubeApiServer>();
        QVERIFY(m_api->start());
        const QString target = QStringLiteral("127.0.0.1:%1").arg(m_cluster.cluster().port());
        for (const QString &ns : {QStringLiteral("saytruth-prod"), QStringLiteral("cnpg")})
            m_api->addNamespace(ns);
        const QMap<QString, QString> labels {{QStringLiteral("app"), QStringLiteral("postgres")}};
        // The seed's layout, in saytruth-dev and in two namespaces where RBAC refuses one thing each.
        for (const QString &ns : {Namespace, QStringLiteral("no-forward"), QStringLiteral("no-secrets")}) {
            m_api->addNamespace(ns);
            m_api->addPod(ns, QStringLiteral("postgres-0"), labels, {{QStringLiteral("postgresql"), 5432}}, target);
            m_api->addService(ns, QStringLiteral("postgres-service"), labels,
                {{QStringLiteral("postgres"), 5432, QStringLiteral("postgresql")}});
            m_api->addSecret(ns, QStringLiteral("postgres-secret"),
                {{QStringLiteral("username"), m_user.toUtf8()}, {QStringLiteral("password"), Password.toUtf8()}});
        }
        m_api->deny(QStringLiteral("create"), QStringLiteral("pods/portforward"), QStringLiteral("no-forward"));
        m_api->deny(QStringLiteral("get"), QStringLiteral("secrets"), QStringLiteral("no-secrets"));
        // CloudNativePG's layout: <cluster>-rw, <cluster>-app with a uri.
        m_api->addPod(QStringLiteral("cnpg"), QStringLiteral("pg-1"),
            {{QStringLiteral("cnpg.io/cluster"), QStringLiteral("pg")}}, {{QStringLiteral("postgresql"), 5432}},
            target);
        m_api->addService(QStringLiteral("cnpg"), QStringLiteral("pg-rw"),
            {{QStringLiteral("cnpg.io/cluster"), QStringLiteral("pg")}},
            {{QStringLiteral("postgres"), 5432, QStringLiteral("5432")}});
        m_api->addSecret(QStringLiteral("cnpg"), QStringLiteral("pg-app"),
            {{QStringLiteral("username"), m_user.toUtf8()}, {QStringLiteral("password"), Password.toUtf8()},
                {QStringLiteral("uri"),
                    QStringLiteral("postgresql://%1:%2@pg-rw.cnpg:5432/saytruth_db")
                        .arg(m_user, QString::fromLatin1(QUrl::toPercentEncoding(Password)))
                        .toUtf8()}});
        // Crunchy PGO's: user/password keys (and a verifier that must never be used).
        m_api->addSecret(Namespace, QStringLiteral("hippo-pguser-hippo"),
            {{QStringLiteral("user"), m_user.toUtf8()}, {QStringLiteral("password"), Password.toUtf8()},
                {QStringLiteral("verifier"), QByteArray("SCRAM-SHA-256$4096:abc=$x:y")}});
        // Services without a selector, whose Endpoints Patroni writes: Zalando's primary leads to the pod's IP,
        // Crunchy's -primary to the cluster IP of -ha, whose Endpoints lead to the pod's IP.
        m_api->addNamespace(QStringLiteral("zalando"));
        m_api->addPod(QStringLiteral("zalando"), QStringLiteral("acid-db-0"),
            {{QStringLiteral("cluster-name"), QStringLiteral("acid-db")},
                {QStringLiteral("spilo-role"), QStringLiteral("master")}},
            {{QStringLiteral("postgresql"), 5432}}, target);
        m_api->addService(QStringLiteral("zalando"), QStringLiteral("acid-db"), {},
            {{QStringLiteral("postgresql"), 5432, QStringLiteral("5432")}});
        m_api->setEndpoints(QStringLiteral("zalando"), QStringLiteral("acid-db"),
            {m_api->podIp(QStringLiteral("zalando"), QStringLiteral("acid-db-0"))});
        m_api->addSecret(QStringLiteral("zalando"),
            QStringLiteral("postgres.acid-db.credentials.postgresql.acid.zalan.do"),
            {{QStringLiteral("username"), m_user.toUtf8()}, {QStringLiteral("password"), Password.toUtf8()}});
        m_api->addNamespace(QStringLiteral("crunchy"));
        m_api->addPod(QStringLiteral("crunchy"), QStringLiteral("hippo-instance1-x7kq-0"),
            {{QStringLiteral("postgres-operator.crunchydata.com/cluster"), QStringLiteral("hippo")}},
            {{QStringLiteral("postgres"), 5432}}, target);
        for (const QString &name : {QStringLiteral("hippo-ha"), QStringLiteral("hippo-primary")})
            m_api->addService(
                QStringLiteral("crunchy"), name, {}, {{QStringLiteral("postgres"), 5432, QStringLiteral("5432")}});
        m_api->setEndpoints(QStringLiteral("crunchy"), QStringLiteral("hippo-ha"),
            {m_api->podIp(QStringLiteral("crunchy"), QStringLiteral("hippo-instance1-x7kq-0"))});
        m_api->setEndpoints(QStringLiteral("crunchy"), QStringLiteral("hippo-primary"),
            {m_api->serviceIp(QStringLiteral("crunchy"), QStringLiteral("hippo-ha"))});
        m_api->addSecret(QStringLiteral("crunchy"), QStringLiteral("hippo-pguser-hippo"),
            {{QStringLiteral("user"), m_user.toUtf8()}, {QStringLiteral("password"), Password.toUtf8()}});
        m_kubeconfig = m_api->writeKubeconfig(m_home.path(),
            {{QStringLiteral("dev"), Namespace}, {QStringLiteral("prod"), QStringLiteral("saytruth-prod")}});
    }

    void cleanup() { QTRY_COMPARE(KubeForwards::count(), 0); }

    void connectsThroughTheForward_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("seed Service") << "k8s://dev@saytruth-dev/postgres-service/saytruth_db";
        QTest::newRow("pod by named port") << "k8s://dev@saytruth-dev/pod/postgres-0:postgresql/saytruth_db";
        QTest::newRow("CloudNativePG, database from the uri") << "k8s://dev@cnpg/pg-rw/?secret=pg-app";
        QTest::newRow("Crunchy keys")
            << "k8s://dev@saytruth-dev/postgres-service/saytruth_db?secret=hippo-pguser-hippo&user-key=user";
        QTest::newRow("Zalando primary: no selector, Endpoints to the pod")
            << "k8s://dev@zalando/acid-db/saytruth_db?secret=postgres.acid-db.credentials.postgresql.acid.zalan.do";
        QTest::newRow("Crunchy primary: Endpoints to -ha's cluster IP")
            << "k8s://dev@crunchy/hippo-primary/saytruth_db?secret=hippo-pguser-hippo&user-key=user";
    }
    void connectsThroughTheForward()
    {
        QFETCH(QString, address);
        auto owned = std::make_unique<DatabaseConnection>(profileFor(address), QString());
        DatabaseConnection &connection = *owned;
        const Error error = open(connection);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(connection.profile().host, QStringLiteral("127.0.0.1"));
        QCOMPARE(connection.profile().port, connection.forward()->localPort());
        // Below the kernel's ephemeral range, where no outgoing connection takes it while the forward restarts.
        QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
        QVERIFY(range.open(QIODevice::ReadOnly));
        QVERIFY2(connection.profile().port < range.readAll().simplified().split(' ').value(0).toInt(),
            qPrintable(QString::number(connection.profile().port)));
        QCOMPARE(connection.profile().sslMode, QStringLiteral("disable"));
        QCOMPARE(connection.profile().user, m_user); // from the Secret
        QCOMPARE(connection.profile().database, QStringLiteral("saytruth_db"));
        QCOMPARE(countUsers(connection), QStringLiteral("1000"));
        // A second session of the same profile (a console) goes through the same forward.
        auto console = connection.createSession(QStringLiteral("console"));
        QVERIFY(TestWait::open(*console));
        QCOMPARE(KubeForwards::count(), 1);
        const qint64 kubectl = connection.forward()->kubectlProcessId();
        QVERIFY(processAlive(kubectl));
        console.reset();
        // No orphans: the forward's kubectl ends with the connection.
        owned.reset();
        QTRY_VERIFY(!processAlive(kubectl));
    }

    void forwardComesBackOnTheSamePort_data()
    {
        QTest::addColumn<QString>("cut");
        QTest::newRow("rollout: the pod replaced") << "replace";
        QTest::newRow("the API server cuts the streams") << "reset";
        QTest::newRow("the pod resets the connection (kubernetes#111825)") << "reset-pod";
    }
    void forwardComesBackOnTheSamePort()
    {
        QFETCH(QString, cut);
        DatabaseConnection connection(
            profileFor(QStringLiteral("k8s://dev@saytruth-dev/postgres-service/saytruth_db")), QString());
        QVERIFY(open(connection).isNull());
        KubeForward *forward = connection.forward();
        const int port = forward->localPort();
        const qint64 kubectl = forward->kubectlProcessId();
        QSignalSpy reopened(&connection, &DatabaseConnection::opened);
        QSignalSpy states(forward, &KubeForward::stateChanged);
        if (cut == QLatin1String("replace"))
            m_api->replacePod(Namespace, QStringLiteral("postgres-0"), QStringLiteral("postgres-0-new"));
        else if (cut == QLatin1String("reset"))
            m_api->resetForwards();
        else
            m_api->resetPodConnections();
        // Reconnecting, then up again with a new kubectl on the same local port.
        QTRY_VERIFY_WITH_TIMEOUT(
            states.contains(QVariantList {QVariant::fromValue(KubeForward::State::Reconnecting)}), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(forward->state(), KubeForward::State::Up, 60000);
        QCOMPARE(forward->localPort(), port);
        QVERIFY(forward->kubectlProcessId() != kubectl);
        QCOMPARE(forward->pod(),
            cut == QLatin1String("replace") ? QStringLiteral("postgres-0-new") : QStringLiteral("postgres-0"));
        // The main session notices and reconnects by itself; queries work again on the same port.
        QTRY_VERIFY_WITH_TIMEOUT(connection.session()->isConnected() && reopened.count() > 0, 60000);
        QCOMPARE(countUsers(connection), QStringLiteral("1000"));
        if (cut == QLatin1String("replace"))
            m_api->replacePod(Namespace, QStringLiteral("postgres-0-new"), QStringLiteral("postgres-0"));
    }

    void credentialPluginMissing()
    {
        // The pre-flight reads the kubeconfig itself.
        QStringList requests;
        const Error error = openThroughPlugin(QStringLiteral("saytruth-test-no-such-auth-plugin"), &requests);
        QVERIFY2(error.toString().contains(QLatin1String("\"saytruth-test-no-such-auth-plugin\" was not found")),
            qPrintable(error.toString()));
        QVERIFY(requests.isEmpty()); // said before kubectl ever asked the server
    }

    void refusesInWords_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("words");
        QTest::newRow("no port-forward right") << "k8s://dev@no-forward/postgres-service/saytruth_db"
                                               << "may not create pods/portforward";
        QTest::newRow("no Secret right") << "k8s://dev@no-secrets/postgres-service/saytruth_db"
                                         << "may not get secrets/postgres-secret";
        QTest::newRow("unknown namespace") << "k8s://dev@nowhere/postgres-service/saytruth_db"
                                           << "no namespace nowhere";
        QTest::newRow("unknown Service") << "k8s://dev@saytruth-dev/nothing-here/saytruth_db"
                                         << "svc/nothing-here";
        QTest::newRow("unknown Secret") << "k8s://dev@saytruth-dev/postgres-service/saytruth_db?secret=nope"
                                        << "no Secret nope";
        QTest::newRow("unknown context") << "k8s://staging@saytruth-dev/postgres-service/saytruth_db"
                                         << "no such context";
    }
    void refusesInWords()
    {
        QFETCH(QString, address);
        QFETCH(QString, words);
        DatabaseConnection connection(profileFor(address), QString());
        const Error error = open(connection);
        QVERIFY(!error.isNull());
        QVERIFY2(error.toString().contains(words), qPrintable(error.toString()));
        // kubectl's bare "no" is not repeated under the sentence that says it.
        QVERIFY2(!error.toString().trimmed().endsWith(QLatin1String("\nno")), qPrintable(error.toString()));
        QVERIFY(!error.toString().contains(Password));
        QVERIFY(!connection.forward());
    }

    void noReadyPod()
    {
        m_api->setPodReady(Namespace, QStringLiteral("postgres-0"), false);
        DatabaseConnection connection(
            profileFor(QStringLiteral("k8s://dev@saytruth-dev/postgres-service/saytruth_db")), QString());
        const Error error = open(connection);
        m_api->setPodReady(Namespace, QStringLiteral("postgres-0"), true);
        QVERIFY2(error.toString().contains(QLatin1String("No pod behind the Service postgres-service is ready")),
            qPrintable(error.toString()));
    }

    void kubectlMissing()
    {
        const ChosenKubectl missing("/nonexistent/kubectl");
        DatabaseConnection connection(
            profileFor(QStringLiteral("k8s://dev@saytruth-dev/postgres-service/saytruth_db")), QString());
        const Error error = open(connection);
        QVERIFY2(error.toString().contains(QLatin1String("kubernetes-client")), qPrintable(error.toString()));
    }

    void slowApiServer()
    {
        m_api->setDelay(1500);
        DatabaseConnection connection(
            profileFor(QStringLiteral("k8s://dev@saytruth-dev/postgres-service/saytruth_db")), QString());
        const Error error = open(connection, 120000);
        m_api->setDelay(0);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(countUsers(connection), QStringLiteral("1000"));
    }

    // The Secret's password rotated while connected (an operator's rotation): the next open reads the Secret
    // again, after a refused password or after the forward came back, and the sessions made earlier (a
    // console) take the new password too.
    void rotatedSecretIsReadAgain_data()
    {
        QTest::addColumn<bool>("forwardRestarts");
        QTest::newRow("Reconnect after the server ended the sessions") << false;
        QTest::newRow("the forward comes back") << true;
    }
    void rotatedSecretIsReadAgain()
    {
        QFETCH(bool, forwardRestarts);
        DatabaseConnection connection(
            profileFor(QStringLiteral("k8s://dev@saytruth-dev/postgres-service/saytruth_db")), QString());
        QVERIFY(open(connection).isNull());
        auto console = connection.createSession(QStringLiteral("console"));
        QVERIFY(TestWait::open(*console));
        const QString rotated = QStringLiteral("rotated-%1").arg(forwardRestarts);
        const auto setPassword = [this](const QString &password) {
            Error error;
            QVERIFY2(m_cluster.cluster().setPassword(m_user, password, &error), qPrintable(error.toString()));
            m_api->addSecret(Namespace, QStringLiteral("postgres-secret"),
                {{QStringLiteral("username"), m_user.toUtf8()}, {QStringLiteral("password"), password.toUtf8()}});
        };
        setPassword(rotated);
        const auto restore = qScopeGuard([&] { setPassword(Password); }); // for the tests that follow
        QSignalSpy lost(&connection, &DatabaseConnection::connectionLost);
        QSignalSpy consoleLost(console.get(), &Session::connectionLost);
        QSignalSpy opened(&connection, &DatabaseConnection::opened);
        QSignalSpy failed(&connection, &DatabaseConnection::openFailed);
        if (forwardRestarts) {
            m_api->resetForwards(); // both sessions lose their connection; the forward restarts by itself
        } else {
            Error error;
            QVERIFY(m_cluster.cluster().execute(
                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
                    .arg(m_user),
                &error));
        }
        QTRY_VERIFY_WITH_TIMEOUT(lost.count() > 0 && consoleLost.count() > 0, 60000);
        if (!forwardRestarts)
            connection.open(); // Connection → Reconnect
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, 60000);
        const QString why = failed.isEmpty() ? QString() : failed.first().first().value<Error>().toString();
        QVERIFY2(failed.isEmpty(), qPrintable(why));
        QCOMPARE(countUsers(connection), QStringLiteral("1000"));
        console->open();
        QVERIFY2(TestWait::open(*console), qPrintable(console->lastError().toString()));
    }

    // A credential plugin that waits (for a browser login, say) ends with the kubectl that was stopped.
    void hungCredentialPluginEndsWithKubectl()
    {
        QTemporaryDir dir;
        const QString plugin = dir.filePath(QStringLiteral("saytruth-test-waiting-plugin"));
        QVERIFY(writeScript(plugin, "#!/bin/sh\nexec sleep 301\n"));
        const ShortTimeouts shorter([](Kubectl::Timeouts &t) { t.runMs = 2000; });
        QStringList requests;
        const Error error = openThroughPlugin(plugin, &requests);
        QVERIFY2(
            error.toString().contains(QLatin1String("kubectl did not finish within 2")), qPrintable(error.toString()));
        QTRY_VERIFY(processesWith({"sleep", "301"}).isEmpty());
    }

    // A kubectl port-forward that never says where it listens: a failure in words, and no kubectl left.
    void forwardThatNeverStartsFails()
    {
        QTemporaryDir dir;
        const QString real = qEnvironmentVariableIsSet("SAYTRUTH_KUBECTL")
            ? qEnvironmentVariable("SAYTRUTH_KUBECTL")
            : QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        const QString wrapper = dir.filePath(QStringLiteral("kubectl"));
        // A sleep no other process on the machine has (a Debian 13 root sees the host's processes too).
        const QByteArray seconds = "300." + QByteArray::number(QCoreApplication::applicationPid());
        QVERIFY(writeScript(wrapper,
            QStringLiteral("#!/bin/sh\ncase \" $* \" in *\" port-forward \"*) exec sleep %2 ;; esac\n"
                           "exec '%1' \"$@\"\n")
                .arg(real, QString::fromLatin1(seconds))
                .toUtf8()));
        const ChosenKubectl silent(wrapper.toUtf8());
        const ShortTimeouts shorter([](Kubectl::Timeouts &t) { t.forwardReadyMs = 1500; });
        DatabaseConnection connection(
            profileFor(QStringLiteral("k8s://dev@saytruth-dev/postgres-service/saytruth_db")), QString());
        const Error error = open(connection);
        QVERIFY2(error.toString().contains(QLatin1String("did not start forwarding within 2")),
            qPrintable(error.toString()));
        QTRY_VERIFY(processesWith({"sleep", seconds}).isEmpty());
    }

    // An API server that answers later than kubectl's --request-timeout: said in words, in a bounded time.
    void silentApiServerTimesOut()
    {
        const ShortTimeouts shorter([](Kubectl::Timeouts &t) { t.requestSeconds = 1; });
        m_api->setDelay(4000);
        DatabaseConnection connection(
            profileFor(QStringLiteral("k8s://dev@saytruth-dev/postgres-service/saytruth_db")), QString());
        const Error error = open(connection);
        m_api->setDelay(0);
        QVERIFY2(error.toString().contains(QLatin1String("did not answer in time")), qPrintable(error.toString()));
        QVERIFY(!connection.forward());
    }

    // A kubectl that does not finish (discovery retrying, a credential plugin waiting for a login) is stopped
    // by the watchdog, said so, and none is left running.
    void hungKubectlIsStopped()
    {
        const ShortTimeouts shorter([](Kubectl::Timeouts &t) {
            t.requestSeconds = 30;
            t.runMs = 2000;
        });
        m_api->setDelay(6000);
        DatabaseConnection connection(
            profileFor(QStringLiteral("k8s://dev@saytruth-dev/postgres-service/saytruth_db")), QString());
        const Error error = open(connection);
        m_api->setDelay(0);
        QVERIFY2(
            error.toString().contains(QLatin1String("kubectl did not finish within 2")), qPrintable(error.toString()));
        QTRY_VERIFY(processesWith({"--request-timeout=30s", m_kubeconfig.toUtf8()}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKubeConnection)
#include "tst_kubeconnection.moc"
