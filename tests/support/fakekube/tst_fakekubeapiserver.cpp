#include "fakekubeapiserver.h"
#include "kubetesting.h"
#include "testcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {

const QString dev = QStringLiteral("saytruth-dev");
const QString prod = QStringLiteral("saytruth-prod");
const char *password = "Forwarded-1"; // the fixture's user over TCP

} // namespace

using KubeTesting::KubectlForward;
using KubeTesting::KubectlRun;
using KubeTesting::PgClient;

// The fake Kubernetes API server, driven by the real kubectl: every kubectl on PATH and in
// SAYTRUTH_TEST_KUBECTLS gets the same tests (a row each).
class TestFakeKubeApiServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void getsObjects_data() { kubectlRows(); }
    void getsObjects();
    void notFoundAndForbidden_data() { kubectlRows(); }
    void notFoundAndForbidden();
    void canI_data() { kubectlRows(); }
    void canI();
    void forwardsPod_data() { kubectlRows(); }
    void forwardsPod();
    void forwardsService_data() { kubectlRows(); }
    void forwardsService();
    void podNotRunning_data() { kubectlRows(); }
    void podNotRunning();
    void serviceWithoutPods_data() { kubectlRows(); }
    void serviceWithoutPods();
    void forwardBreaks_data();
    void forwardBreaks();
    void targetRefuses_data() { kubectlRows(); }
    void targetRefuses();
    void execPlugin_data() { kubectlRows(); }
    void execPlugin();
    void forwardLatency_data() { kubectlRows(); }
    void forwardLatency();
    void slowApi_data() { kubectlRows(); }
    void slowApi();

private:
    void kubectlRows();
    QProcessEnvironment environment() const;
    QStringList withKubeconfig(const QStringList &args) const;
    KubectlRun kubectl(const QStringList &args, int timeoutMs = 60000);
    std::unique_ptr<KubectlForward> portForward(const QString &target, const QString &ns = dev);

    TestCluster m_fixture;
    QTemporaryDir m_home;
    QList<QPair<QString, QString>> m_kubectls; // row name, path
    std::unique_ptr<FakeKubeApiServer> m_server;
    QString m_kubeconfig;
};

void TestFakeKubeApiServer::initTestCase()
{
    m_kubectls = KubeTesting::kubectlsToTest(environment());
    if (m_kubectls.isEmpty())
        QSKIP("no kubectl on PATH or in SAYTRUTH_TEST_KUBECTLS");
    QVERIFY(m_home.isValid());
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    Error error;
    QVERIFY2(m_fixture.cluster().setPassword(m_fixture.profile().user, QString::fromLatin1(password), &error),
        qPrintable(error.toString()));
}

void TestFakeKubeApiServer::kubectlRows()
{
    QTest::addColumn<QString>("kubectl");
    for (const auto &[name, path] : std::as_const(m_kubectls))
        QTest::newRow(qPrintable(name)) << path;
}

// Every test starts from the seed's layout: the StatefulSet's pod behind postgres-service, the Secret, in
// saytruth-dev and saytruth-prod, every pod forwarding to the test cluster.
void TestFakeKubeApiServer::init()
{
    m_server = std::make_unique<FakeKubeApiServer>();
    QVERIFY(m_server->start());
    const QString target = QStringLiteral("127.0.0.1:%1").arg(m_fixture.cluster().port());
    for (const QString &ns : {dev, prod}) {
        m_server->addNamespace(ns);
        m_server->addPod(ns, QStringLiteral("postgres-0"), {{"app", "postgres"}}, {{"postgres", 5432}}, target);
        m_server->addService(
            ns, QStringLiteral("postgres-service"), {{"app", "postgres"}}, {{"postgres", 5432, "postgres"}});
        m_server->addSecret(ns, QStringLiteral("postgres-secret"), {{"username", "saytruth"}, {"password", "s3cret"}});
    }
    m_kubeconfig = m_server->writeKubeconfig(m_home.path(), {{"dev", dev}, {"prod", prod}});
    // kubectl's discovery cache is per host:port, which a later server may reuse: every test starts without.
    QVERIFY(QDir(m_home.filePath(QStringLiteral(".kube/cache"))).removeRecursively());
}

void TestFakeKubeApiServer::cleanup()
{
    m_server.reset();
}

QProcessEnvironment TestFakeKubeApiServer::environment() const
{
    return KubeTesting::kubectlEnvironment(m_home.path());
}

QStringList TestFakeKubeApiServer::withKubeconfig(const QStringList &args) const
{
    return QStringList {QStringLiteral("--kubeconfig"), m_kubeconfig} + args;
}

KubectlRun TestFakeKubeApiServer::kubectl(const QStringList &args, int timeoutMs)
{
    QFETCH(QString, kubectl);
    return KubeTesting::runKubectl(kubectl, withKubeconfig(args), environment(), timeoutMs);
}

std::unique_ptr<KubectlForward> TestFakeKubeApiServer::portForward(const QString &target, const QString &ns)
{
    QFETCH(QString, kubectl);
    return std::make_unique<KubectlForward>(kubectl,
        withKubeconfig({QStringLiteral("port-forward"), QStringLiteral("--address"), QStringLiteral("127.0.0.1"),
            QStringLiteral("-n"), ns, target, QStringLiteral(":5432")}),
        environment());
}

namespace {

const QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString firstItemName(const QJsonObject &list)
{
    return list.value(QLatin1String("items"))
        .toArray()
        .first()
        .toObject()
        .value("metadata")
        .toObject()
        .value("name")
        .toString();
}

} // namespace

void TestFakeKubeApiServer::getsObjects()
{
    KubectlRun run = kubectl({"get", "--raw", "/api/v1/namespaces/saytruth-dev/services"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject services = parse(run.out);
    QCOMPARE(services.value("kind").toString(), QStringLiteral("ServiceList"));
    QCOMPARE(firstItemName(services), QStringLiteral("postgres-service"));
    const QJsonObject port = services.value("items").toArray().first()["spec"]["ports"][0].toObject();
    QCOMPARE(port.value("targetPort").toString(), QStringLiteral("postgres"));

    run = kubectl({"get", "pods", "-n", dev, "-o", "json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject pods = parse(run.out);
    QCOMPARE(firstItemName(pods), QStringLiteral("postgres-0"));
    const QJsonObject pod = pods.value("items").toArray().first().toObject();
    QCOMPARE(pod["spec"]["containers"][0]["ports"][0]["name"].toString(), QStringLiteral("postgres"));
    QCOMPARE(pod["status"]["phase"].toString(), QStringLiteral("Running"));

    run = kubectl({"--context", "prod", "get", "pods", "-l", "app=postgres", "-o", "json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run.out)["items"][0]["metadata"]["namespace"].toString(), prod);
    run = kubectl({"get", "pods", "-l", "app=other", "-o", "json"});
    QCOMPARE(parse(run.out)["items"].toArray().size(), 0);
    run = kubectl({"get", "pods", "--field-selector", "status.phase=Running,metadata.name=postgres-0", "-o", "json"});
    QCOMPARE(parse(run.out)["items"].toArray().size(), 1);
    run = kubectl({"get", "pods", "--field-selector", "metadata.name=postgres-9", "-o", "json"});
    QCOMPARE(parse(run.out)["items"].toArray().size(), 0);
    // kubectl 1.26+ asks for aggregated discovery first; the legacy answer makes it read /api/v1 as 1.20 does.
    QVERIFY(!m_server->requests().filter(QRegularExpression(QStringLiteral("^GET /api/v1(\\?|$)"))).isEmpty());

    run = kubectl({"get", "secret", "postgres-secret", "-n", dev, "-o", "json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QByteArray::fromBase64(parse(run.out)["data"]["password"].toString().toLatin1()), QByteArray("s3cret"));

    // Endpoints follow readiness, as the endpoints controller keeps them.
    run = kubectl({"get", "--raw", "/api/v1/namespaces/saytruth-dev/endpoints/postgres-service"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject subset = parse(run.out)["subsets"][0].toObject();
    QCOMPARE(subset["addresses"][0]["targetRef"]["name"].toString(), QStringLiteral("postgres-0"));
    QCOMPARE(subset["ports"][0]["port"].toInt(), 5432);
    m_server->setPodReady(dev, QStringLiteral("postgres-0"), false);
    run = kubectl({"get", "--raw", "/api/v1/namespaces/saytruth-dev/endpoints/postgres-service"});
    subset = parse(run.out)["subsets"][0].toObject();
    QVERIFY(!subset.contains("addresses"));
    QCOMPARE(subset["notReadyAddresses"][0]["targetRef"]["name"].toString(), QStringLiteral("postgres-0"));
    run = kubectl({"get", "pod", "postgres-0", "-n", dev, "-o", "json"});
    QCOMPARE(parse(run.out)["status"]["containerStatuses"][0]["ready"].toBool(true), false);
}

void TestFakeKubeApiServer::notFoundAndForbidden()
{
    KubectlRun run = kubectl({"get", "pod", "missing", "-n", dev});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("Error from server (NotFound): pods \"missing\" not found")),
        qPrintable(run.err));
    run = kubectl({"get", "namespace", "nowhere"});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("(NotFound): namespaces \"nowhere\" not found")), qPrintable(run.err));

    m_server->deny("get", "secrets", prod);
    run = kubectl({"get", "secret", "postgres-secret", "-n", prod, "-o", "json"});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("Error from server (Forbidden): secrets \"postgres-secret\" is forbidden: "
                                             "User \"saytruth-test\" cannot get resource \"secrets\"")),
        qPrintable(run.err));
    run = kubectl({"get", "secret", "postgres-secret", "-n", dev, "-o", "json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestFakeKubeApiServer::canI()
{
    auto canI = [&](const QStringList &question, const QString &ns) {
        const KubectlRun run = kubectl(QStringList {"auth", "can-i"} + question + QStringList {"-n", ns});
        const QString answer = run.out.trimmed();
        if ((answer == QLatin1String("yes")) != (run.exitCode == 0))
            qWarning("can-i said %s with exit code %d: %s", qPrintable(answer), run.exitCode, qPrintable(run.err));
        return answer;
    };
    const QStringList createForward {"create", "pods", "--subresource=portforward"};
    const QStringList getSecrets {"get", "secrets"};
    QCOMPARE(canI(createForward, dev), QStringLiteral("yes"));
    QCOMPARE(canI(getSecrets, prod), QStringLiteral("yes"));
    m_server->deny("create", "pods/portforward", prod);
    m_server->deny("get", "secrets", prod);
    QCOMPARE(canI(createForward, prod), QStringLiteral("no"));
    QCOMPARE(canI(getSecrets, prod), QStringLiteral("no"));
    QCOMPARE(canI(createForward, dev), QStringLiteral("yes"));
    // The trap, as on a real cluster: "pods/portforward" is TYPE/NAME to can-i, the pod named "portforward".
    QCOMPARE(canI({"create", "pods/portforward"}, prod), QStringLiteral("yes"));

    // A denied port-forward fails as on a real cluster.
    auto forward = portForward(QStringLiteral("pod/postgres-0"), prod);
    QCOMPARE(forward->waitForPort(), 0);
    QVERIFY2(forward->output().contains(QStringLiteral("forbidden")), qPrintable(forward->output()));
}

void TestFakeKubeApiServer::forwardsPod()
{
    auto forward = portForward(QStringLiteral("pod/postgres-0"));
    const int port = forward->waitForPort();
    QVERIFY2(port > 0, qPrintable(forward->output()));
    QVERIFY(forward->output().contains(QStringLiteral("Forwarding from 127.0.0.1:%1 -> 5432").arg(port)));
    // kubectl 1.30+ tries WebSockets first; refused (400), it falls back to SPDY.
    const QString path = QStringLiteral("/api/v1/namespaces/saytruth-dev/pods/postgres-0/portforward");
    const qsizetype spdy = m_server->requests().indexOf(QLatin1String("POST ") + path);
    QVERIFY(spdy >= 0);
    QVERIFY(m_server->requests().indexOf(QLatin1String("GET ") + path) < spdy);
    {
        PgClient first(m_fixture.profile(), port, password), second(m_fixture.profile(), port, password);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(first.send("SELECT count(*) FROM users, pg_sleep(0.2)"));
        QVERIFY(second.send("SELECT count(*) FROM users, pg_sleep(0.2)"));
        QCOMPARE(first.result(), std::optional<QByteArray>("1000"));
        QCOMPARE(second.result(), std::optional<QByteArray>("1000"));
        QCOMPARE(m_server->openForwardStreams(), 2);

        // Large frames both ways: 5 MB down, 1 MB up.
        const auto big = first.query("SELECT repeat('x', 5000000)");
        QVERIFY2(big, qPrintable(first.error()));
        QCOMPARE(big->size(), 5000000);
        QVERIFY(*big == QByteArray(5000000, 'x'));
        const QByteArray up = "SELECT length('" + QByteArray(1000000, 'y') + "')";
        QCOMPARE(second.query(up.constData()), std::optional<QByteArray>("1000000"));
    }
    // Closed connections close their streams.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openForwardStreams(), 0, 20000);
    QVERIFY(forward->running());
}

void TestFakeKubeApiServer::forwardsService()
{
    auto forward = portForward(QStringLiteral("svc/postgres-service"));
    const int port = forward->waitForPort();
    QVERIFY2(port > 0, qPrintable(forward->output()));
    PgClient client(m_fixture.profile(), port, password);
    QVERIFY2(client.ok(), qPrintable(client.error()));
    QCOMPARE(client.query("SELECT count(*) FROM users"), std::optional<QByteArray>("1000"));
    const QStringList requests = m_server->requests();
    QVERIFY(requests.contains(QStringLiteral("GET /api/v1/namespaces/saytruth-dev/services/postgres-service")));
    QVERIFY(requests.contains(QStringLiteral("POST /api/v1/namespaces/saytruth-dev/pods/postgres-0/portforward")));
}

// A pod that is not running: kubectl refuses to forward, in its words.
void TestFakeKubeApiServer::podNotRunning()
{
    m_server->setPodPhase(dev, QStringLiteral("postgres-0"), QStringLiteral("Pending"));
    auto forward = portForward(QStringLiteral("pod/postgres-0"));
    QCOMPARE(forward->waitForPort(), 0);
    QVERIFY2(forward->output().contains(QStringLiteral("pod is not running")), qPrintable(forward->output()));
    QVERIFY2(forward->output().contains(QStringLiteral("Pending")), qPrintable(forward->output()));
}

// No pod behind the Service: kubectl watches for one (the watch stays silent) and gives up after its timeout.
void TestFakeKubeApiServer::serviceWithoutPods()
{
    QFETCH(QString, kubectl);
    m_server->addService(dev, QStringLiteral("empty-service"), {{"app", "nothing"}}, {{"postgres", 5432, "postgres"}});
    KubectlForward forward(kubectl,
        withKubeconfig({"port-forward", "--pod-running-timeout=2s", "-n", dev, "svc/empty-service", ":5432"}),
        environment());
    QCOMPARE(forward.waitForPort(), 0);
    QVERIFY2(
        forward.output().contains(QStringLiteral("timed out waiting for the condition")), qPrintable(forward.output()));
    QVERIFY(m_server->requests().last().contains(QStringLiteral("watch=true")));
}

void TestFakeKubeApiServer::forwardBreaks_data()
{
    QTest::addColumn<QString>("kubectl");
    QTest::addColumn<QString>("failure");
    for (const auto &[name, path] : std::as_const(m_kubectls)) {
        for (const char *failure : {"reset", "pod-reset", "replace", "restart", "delete"})
            QTest::addRow("%s %s", qPrintable(name), failure) << path << QString::fromLatin1(failure);
    }
}

// The forward dies as on a real cluster; the client's connection breaks and kubectl says so or exits.
void TestFakeKubeApiServer::forwardBreaks()
{
    QFETCH(QString, failure);
    auto forward = portForward(QStringLiteral("pod/postgres-0"));
    const int port = forward->waitForPort();
    QVERIFY2(port > 0, qPrintable(forward->output()));
    PgClient client(m_fixture.profile(), port, password);
    QVERIFY2(client.ok(), qPrintable(client.error()));
    QCOMPARE(client.query("SELECT 1"), std::optional<QByteArray>("1"));
    QCOMPARE(m_server->openForwardStreams(), 1);

    if (failure == QLatin1String("reset"))
        m_server->resetForwards();
    else if (failure == QLatin1String("pod-reset"))
        m_server->resetPodConnections();
    else if (failure == QLatin1String("replace")) // a Deployment's rollout: a new name
        m_server->replacePod(dev, QStringLiteral("postgres-0"), QStringLiteral("postgres-1"));
    else if (failure == QLatin1String("restart")) // a StatefulSet's pod deleted and recreated: the same name
        m_server->replacePod(dev, QStringLiteral("postgres-0"), QStringLiteral("postgres-0"));
    else
        m_server->deletePod(dev, QStringLiteral("postgres-0"));

    QVERIFY(!client.query("SELECT 1", 30000));
    QVERIFY2(!client.ok(), "the connection through the cut forward still looks alive");
    const QStringList lines {QStringLiteral("lost connection to pod"), QStringLiteral("an error occurred forwarding")};
    QVERIFY2(forward->waitForExitOrLine(lines, 30000), qPrintable(forward->output()));
    forward->waitForExitOrLine({}, 5000); // it exits, or goes on without the pod: recorded below
    qInfo("after %s: kubectl %s; it printed:\n%s", qPrintable(failure),
        forward->running() ? "still runs" : qPrintable(QStringLiteral("exited with %1").arg(forward->exitCode())),
        qPrintable(forward->output()));
    QCOMPARE(m_server->openForwardStreams(), 0);

    if (failure == QLatin1String("delete")) {
        auto again = portForward(QStringLiteral("pod/postgres-0"));
        QCOMPARE(again->waitForPort(), 0);
        QVERIFY2(
            again->output().contains(QStringLiteral("pods \"postgres-0\" not found")), qPrintable(again->output()));
        return;
    }
    // A new forward (through the Service after a rollout: to the new pod) works.
    auto again = portForward(QStringLiteral("svc/postgres-service"));
    const int newPort = again->waitForPort();
    QVERIFY2(newPort > 0, qPrintable(again->output()));
    PgClient reconnected(m_fixture.profile(), newPort, password);
    QVERIFY2(reconnected.ok(), qPrintable(reconnected.error()));
    QCOMPARE(reconnected.query("SELECT 1"), std::optional<QByteArray>("1"));
    const QString pod
        = failure == QLatin1String("replace") ? QStringLiteral("postgres-1") : QStringLiteral("postgres-0");
    QCOMPARE(m_server->requests().last(),
        QStringLiteral("POST /api/v1/namespaces/saytruth-dev/pods/%1/portforward").arg(pod));
}

// The pod's port answers nothing: the error stream carries the kubelet's words, the client is let go.
void TestFakeKubeApiServer::targetRefuses()
{
    QTcpServer closed; // a port that surely refuses once this server is gone
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString refusing = QStringLiteral("127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    m_server->addPod(dev, QStringLiteral("broken-0"), {{"app", "broken"}}, {{"postgres", 5432}}, refusing);
    auto forward = portForward(QStringLiteral("pod/broken-0"));
    const int port = forward->waitForPort();
    QVERIFY2(port > 0, qPrintable(forward->output()));
    PgClient client(m_fixture.profile(), port, password);
    QVERIFY(!client.ok());
    QVERIFY2(forward->waitForExitOrLine({QStringLiteral("an error occurred forwarding %1 -> 5432").arg(port)}, 30000),
        qPrintable(forward->output()));
    QVERIFY2(forward->output().contains(QStringLiteral("connection refused"), Qt::CaseInsensitive),
        qPrintable(forward->output()));
    forward->waitForExitOrLine({}, 5000); // 1.31+ exit after such an error, older ones go on
    qInfo("kubectl %s; it printed:\n%s", forward->running() ? "still runs" : "exited", qPrintable(forward->output()));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openForwardStreams(), 0, 20000);
}

// A user whose token comes from an exec credential plugin: missing from PATH, answering, or none (401).
void TestFakeKubeApiServer::execPlugin()
{
    // kubectl sends credentials only over TLS.
    m_server = std::make_unique<FakeKubeApiServer>();
    if (!m_server->startHttps())
        QSKIP("Qt has no TLS backend here");
    m_server->addNamespace(dev);
    m_server->addPod(dev, QStringLiteral("postgres-0"), {{"app", "postgres"}}, {{"postgres", 5432}},
        QStringLiteral("127.0.0.1:%1").arg(m_fixture.cluster().port()));
    m_server->requireToken(QStringLiteral("from-plugin"));
    m_server->setExecPlugin(QStringLiteral("saytruth-no-such-plugin"));
    m_kubeconfig = m_server->writeKubeconfig(m_home.path(), {{"dev", dev}});
    KubectlRun run = kubectl({"get", "pods", "-o", "json"});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("saytruth-no-such-plugin")), qPrintable(run.err));
    qInfo("a missing plugin: %s", qPrintable(run.err.trimmed()));

    const QString plugin = m_home.filePath(QStringLiteral("saytruth-test-auth"));
    QFile script(plugin);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nprintf '%s' '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":"
                 "\"ExecCredential\",\"status\":{\"token\":\"from-plugin\"}}'\n");
    script.close();
    QVERIFY(script.setPermissions(script.permissions() | QFile::ExeOwner));
    m_server->setExecPlugin(plugin, {QStringLiteral("--cluster"), QStringLiteral("fake")});
    m_kubeconfig = m_server->writeKubeconfig(m_home.path(), {{"dev", dev}});
    run = kubectl({"get", "pods", "-o", "json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(firstItemName(parse(run.out)), QStringLiteral("postgres-0"));

    // A forward over TLS too.
    auto forward = portForward(QStringLiteral("pod/postgres-0"));
    const int port = forward->waitForPort();
    QVERIFY2(port > 0, qPrintable(forward->output()));
    PgClient client(m_fixture.profile(), port, password);
    QVERIFY2(client.ok(), qPrintable(client.error()));
    QCOMPARE(client.query("SELECT count(*) FROM users"), std::optional<QByteArray>("1000"));

    m_server->setExecPlugin({}); // the fixed token, not the one the server wants
    m_kubeconfig = m_server->writeKubeconfig(m_home.path(), {{"dev", dev}});
    run = kubectl({"get", "pods", "-o", "json"});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("Unauthorized")), qPrintable(run.err));
    qInfo("a wrong token: %s", qPrintable(run.err.trimmed()));
}

// A forward with latency, as to a remote cluster: every round trip through it takes at least twice as long.
void TestFakeKubeApiServer::forwardLatency()
{
    m_server->setForwardLatency(100);
    auto forward = portForward(QStringLiteral("pod/postgres-0"));
    const int port = forward->waitForPort();
    QVERIFY2(port > 0, qPrintable(forward->output()));
    PgClient client(m_fixture.profile(), port, password);
    QVERIFY2(client.ok(), qPrintable(client.error()));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(client.query("SELECT 1"), std::optional<QByteArray>("1"));
    const qint64 roundTrip = timer.elapsed();
    QVERIFY2(roundTrip >= 200, qPrintable(QString::number(roundTrip)));
    qInfo("a query's round trip through a forward with 100 ms each way: %lld ms", roundTrip);
    const auto big = client.query("SELECT repeat('x', 5000000)");
    QVERIFY(big && *big == QByteArray(5000000, 'x'));
}

// A slow API server (every answer two seconds late) still serves kubectl and its forwards.
void TestFakeKubeApiServer::slowApi()
{
    m_server->setDelay(2000);
    QElapsedTimer timer;
    timer.start();
    const KubectlRun run = kubectl({"get", "pods", "-n", dev, "-o", "json"}, 120000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(firstItemName(parse(run.out)), QStringLiteral("postgres-0"));
    QVERIFY(timer.elapsed() >= 2000);
    auto forward = portForward(QStringLiteral("svc/postgres-service"));
    const int port = forward->waitForPort(120000);
    QVERIFY2(port > 0, qPrintable(forward->output()));
    PgClient client(m_fixture.profile(), port, password);
    QVERIFY2(client.ok(), qPrintable(client.error()));
    QCOMPARE(client.query("SELECT count(*) FROM users"), std::optional<QByteArray>("1000"));
}

QTEST_GUILESS_MAIN(TestFakeKubeApiServer)
#include "tst_fakekubeapiserver.moc"
