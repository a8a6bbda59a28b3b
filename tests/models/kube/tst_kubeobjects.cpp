#include "common/utctime.h"
#include "kube/kubeforward.h"
#include "kube/kubeobjects.h"
#include "kube/kubepodstatus.h"
#include "kube/kubepresets.h"
#include "kube/kubesecret.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The pure part of Kubernetes connections: which pod and port a Service leads to, the operators' layouts,
// the credentials in their Secrets, and the restart backoff. No cluster, no kubectl.
namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(text), &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return object;
}

QJsonObject secret(const char *name, const QMap<QString, QByteArray> &data)
{
    QJsonObject values;
    for (auto it = data.cbegin(); it != data.cend(); ++it)
        values.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    return QJsonObject {{QStringLiteral("kind"), QStringLiteral("Secret")},
        {QStringLiteral("metadata"), QJsonObject {{QStringLiteral("name"), QString::fromLatin1(name)}}},
        {QStringLiteral("data"), values}};
}

KubeObjects::Pod pod(const QString &name, bool ready, const QString &app = QStringLiteral("postgres"))
{
    KubeObjects::Pod pod;
    pod.name = name;
    pod.labels = {{QStringLiteral("app"), app}};
    pod.ports = {{QStringLiteral("postgresql"), 5432, {}}, {QStringLiteral("metrics"), 9187, {}}};
    pod.phase = QStringLiteral("Running");
    pod.ready = ready;
    return pod;
}

KubeObjects::Service service(
    const QString &name, const QList<KubeObjects::Port> &ports, const QMap<QString, QString> &labels = {})
{
    KubeObjects::Service service;
    service.name = name;
    service.selector = {{QStringLiteral("app"), QStringLiteral("postgres")}};
    service.labels = labels;
    service.ports = ports;
    return service;
}

} // namespace

class TestKubeObjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheApiJson()
    {
        const auto services = KubeObjects::services(json(R"({"kind":"ServiceList","items":[
            {"metadata":{"name":"postgres-service","labels":{"app":"postgres"}},
             "spec":{"selector":{"app":"postgres"},"ports":[{"name":"pg","port":5432,"targetPort":"postgresql"}]}},
            {"metadata":{"name":"web"},"spec":{"ports":[{"port":80}]}}]})"));
        QCOMPARE(services.size(), 2);
        QCOMPARE(services[0].ports[0].targetPort, QStringLiteral("postgresql"));
        QCOMPARE(services[1].ports[0].targetPort, QStringLiteral("80")); // defaults to the port
        const auto pods
            = KubeObjects::pods(json(R"({"items":[{"metadata":{"name":"postgres-0","labels":{"app":"postgres"}},
            "spec":{"containers":[{"ports":[{"name":"postgresql","containerPort":5432}]}]},
            "status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"}]}},
            {"metadata":{"name":"postgres-1","deletionTimestamp":"2026-12-01T00:00:00Z"},
            "status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"}]}}]})"));
        QCOMPARE(pods.size(), 2);
        QVERIFY(pods[0].ready && !pods[0].terminating);
        QCOMPARE(pods[0].ports[0].port, 5432);
        QVERIFY(pods[1].terminating);
        QCOMPARE(KubeObjects::selectorText(
                     {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("2")}}),
            QStringLiteral("a=1,b=2"));
    }

    void resolvesAServiceToAReadyPod()
    {
        const auto target
            = service(QStringLiteral("postgres-service"), {{QStringLiteral("db"), 5432, QStringLiteral("postgresql")}});
        // postgres-0 is not ready (a restart under way): the next ready one serves.
        auto found = KubeObjects::resolveService(
            target, {}, {pod(QStringLiteral("postgres-1"), true), pod(QStringLiteral("postgres-0"), false)});
        QCOMPARE(found.pod, QStringLiteral("postgres-1"));
        QCOMPARE(found.podPort, 5432);
        // The named target port is followed to the container's number.
        auto other = pod(QStringLiteral("postgres-2"), true);
        other.ports = {{QStringLiteral("postgresql"), 6543, {}}};
        found = KubeObjects::resolveService(target, QStringLiteral("db"), {other});
        QCOMPARE(found.podPort, 6543);
        // None ready: the words name the pods.
        found = KubeObjects::resolveService(target, {}, {pod(QStringLiteral("postgres-0"), false)});
        QVERIFY(found.pod.isEmpty());
        QVERIFY2(found.problem.contains(QLatin1String("postgres-0")), qPrintable(found.problem));
        // No pod matches the selector.
        found = KubeObjects::resolveService(target, {}, {pod(QStringLiteral("web-0"), true, QStringLiteral("web"))});
        QVERIFY(found.problem.contains(QLatin1String("app=postgres")));
        // A port that is not there.
        found = KubeObjects::resolveService(target, QStringLiteral("5433"), {pod(QStringLiteral("postgres-0"), true)});
        QVERIFY(found.problem.contains(QLatin1String("5433")));
    }

    void choosesTheDatabasePort()
    {
        const QList<KubeObjects::Port> ports {
            {QStringLiteral("metrics"), 9187, {}}, {QStringLiteral("postgresql"), 5432, {}}};
        QCOMPARE(KubeObjects::databasePort(ports, {})->port, 5432);
        QCOMPARE(KubeObjects::databasePort(ports, QStringLiteral("metrics"))->port, 9187);
        QCOMPARE(KubeObjects::databasePort(ports, QStringLiteral("9187"))->name, QStringLiteral("metrics"));
        QVERIFY(!KubeObjects::databasePort(ports, QStringLiteral("nope")));
        QCOMPARE(KubeObjects::databasePort({{QString(), 7000, {}}}, {})->port, 7000); // the only one
        QVERIFY(!KubeObjects::databasePort({{QString(), 7000, {}}, {QString(), 7001, {}}}, {}));
        // A pod whose spec declares no ports still forwards the number asked for.
        auto bare = pod(QStringLiteral("p"), true);
        bare.ports.clear();
        QCOMPARE(KubeObjects::resolvePod(bare, QStringLiteral("5433")).podPort, 5433);
        QCOMPARE(KubeObjects::resolvePod(bare, {}).podPort, 5432);
        // A PgBouncer sidecar's port is not the database's when 5432 is there too.
        const QList<KubeObjects::Port> sidecar {
            {QStringLiteral("pgbouncer"), 6432, {}}, {QStringLiteral("tcp"), 5432, {}}};
        QCOMPARE(KubeObjects::databasePort(sidecar, {})->port, 5432);
        QCOMPARE(KubeObjects::databasePort({{QStringLiteral("pgbouncer"), 6432, {}}}, {})->port, 6432);
    }

    // A Service without a selector leads where its Endpoints say (Patroni writes them).
    void choosesAnEndpoint()
    {
        KubeObjects::Service primary = service(QStringLiteral("acid-db"), {});
        primary.selector.clear();
        const KubeObjects::Port port {QStringLiteral("postgresql"), 5432, QStringLiteral("5432")};
        // By the port's name, the ready addresses only, the first by pod name then IP.
        auto choice = KubeObjects::chooseEndpoint(primary, port, json(R"({"subsets": [{
            "addresses": [{"ip": "10.0.0.9"}, {"ip": "10.0.0.5", "targetRef": {"kind": "Pod", "name": "db-1"}}],
            "notReadyAddresses": [{"ip": "10.0.0.4", "targetRef": {"kind": "Pod", "name": "db-0"}}],
            "ports": [{"name": "patroni", "port": 8008}, {"name": "postgresql", "port": 5433}]}]})"));
        QVERIFY2(choice.problem.isEmpty(), qPrintable(choice.problem));
        QCOMPARE(choice.ip, QStringLiteral("10.0.0.9"));
        QCOMPARE(choice.pod, QString());
        QCOMPARE(choice.port, 5433);
        // An unnamed single port; a targetRef to a pod.
        choice = KubeObjects::chooseEndpoint(primary, {QString(), 5432, QStringLiteral("5432")},
            json(R"({"subsets": [{"addresses": [{"ip": "10.0.0.5", "targetRef": {"kind": "Pod", "name": "db-1"}}],
                 "ports": [{"port": 6543}]}]})"));
        QCOMPARE(choice.pod, QStringLiteral("db-1"));
        QCOMPARE(choice.port, 6543);
        // Several unnamed ports: by number.
        choice = KubeObjects::chooseEndpoint(primary, {QString(), 5432, QStringLiteral("5432")},
            json(R"({"subsets": [{"addresses": [{"ip": "10.0.0.5"}], "ports": [{"port": 8008}, {"port": 5432}]}]})"));
        QCOMPARE(choice.port, 5432);
        // Nobody ready; nobody at all (no primary elected).
        choice = KubeObjects::chooseEndpoint(primary, port,
            json(
                R"({"subsets": [{"notReadyAddresses": [{"ip": "10.0.0.4"}], "ports": [{"name": "postgresql", "port": 5432}]}]})"));
        QVERIFY(choice.ip.isEmpty());
        QVERIFY2(choice.problem.contains(QLatin1String("none as ready")), qPrintable(choice.problem));
        choice = KubeObjects::chooseEndpoint(primary, port, json(R"({"metadata": {"name": "acid-db"}})"));
        QVERIFY2(choice.problem.contains(QLatin1String("endpoints are empty")), qPrintable(choice.problem));
    }

    void findsTheOperatorsLayouts()
    {
        const QList<KubeObjects::Service> services {
            service(QStringLiteral("postgres-service"), {{{}, 5432, QStringLiteral("5432")}}),
            service(QStringLiteral("pg-rw"), {{QStringLiteral("postgres"), 5432, QStringLiteral("5432")}},
                {{QStringLiteral("cnpg.io/cluster"), QStringLiteral("pg")}}),
            service(QStringLiteral("pg-ro"), {{QStringLiteral("postgres"), 5432, QStringLiteral("5432")}},
                {{QStringLiteral("cnpg.io/cluster"), QStringLiteral("pg")}}),
            service(QStringLiteral("hippo-primary"), {{QStringLiteral("postgres"), 5432, QStringLiteral("postgres")}},
                {{QStringLiteral("postgres-operator.crunchydata.com/cluster"), QStringLiteral("hippo")}}),
            service(QStringLiteral("acid-minimal"), {{QStringLiteral("postgresql"), 5432, QStringLiteral("5432")}}),
            service(
                QStringLiteral("acid-minimal-repl"), {{QStringLiteral("postgresql"), 5432, QStringLiteral("5432")}}),
            service(QStringLiteral("my-postgresql"),
                {{QStringLiteral("tcp-postgresql"), 5432, QStringLiteral("tcp-postgresql")}}),
            service(QStringLiteral("web"), {{QStringLiteral("http"), 80, QStringLiteral("8080")}}),
        };
        const QStringList secrets {QStringLiteral("postgres-secret"), QStringLiteral("pg-app"),
            QStringLiteral("pg-superuser"), QStringLiteral("hippo-pguser-rhino"), QStringLiteral("hippo-pguser-hippo"),
            QStringLiteral("postgres.acid-minimal.credentials.postgresql.acid.zalan.do"),
            QStringLiteral("zalando.acid-minimal.credentials.postgresql.acid.zalan.do"),
            QStringLiteral("my-postgresql")};
        const QList<KubePreset> found = KubePresets::detect(services, secrets);
        QStringList seen;
        for (const KubePreset &preset : found)
            seen << preset.service + QLatin1Char(' ') + preset.secret + QLatin1Char(' ') + preset.userKey
                    + QLatin1Char('/') + preset.passwordKey + (preset.readOnly ? QStringLiteral(" ro") : QString());
        QCOMPARE(seen,
            QStringList({QStringLiteral("postgres-service postgres-secret username/password"),
                QStringLiteral("pg-rw pg-app username/password"), QStringLiteral("pg-ro pg-app username/password ro"),
                QStringLiteral("hippo-primary hippo-pguser-hippo user/password"),
                QStringLiteral(
                    "acid-minimal zalando.acid-minimal.credentials.postgresql.acid.zalan.do username/password"),
                QStringLiteral(
                    "acid-minimal-repl zalando.acid-minimal.credentials.postgresql.acid.zalan.do username/password ro"),
                QStringLiteral("my-postgresql my-postgresql /postgres-password")}));
        QCOMPARE(found.last().fixedUser, QStringLiteral("postgres"));
    }

    void readsCredentialsFromSecrets()
    {
        // The seed's layout.
        auto credentials = KubeSecret::read(
            secret("postgres-secret",
                {{QStringLiteral("username"), "saytruth_user"}, {QStringLiteral("password"), "s3cret:with@odd/chars"}}),
            QStringLiteral("username"), QStringLiteral("password"));
        QVERIFY(credentials.ok());
        QCOMPARE(credentials.user, QStringLiteral("saytruth_user"));
        QCOMPARE(credentials.password, QStringLiteral("s3cret:with@odd/chars"));
        // CloudNativePG: the uri gives the database too.
        credentials = KubeSecret::read(secret("pg-app",
                                           {{QStringLiteral("username"), "app"}, {QStringLiteral("password"), "pw"},
                                               {QStringLiteral("uri"), "postgresql://app:pw@pg-rw.db:5432/appdb"}}),
            QStringLiteral("username"), QStringLiteral("password"));
        QCOMPARE(credentials.database, QStringLiteral("appdb"));
        // Only a uri.
        credentials = KubeSecret::read(
            secret("only-uri", {{QStringLiteral("uri"), "postgresql://u:p%40ss@h/d"}}), {}, QStringLiteral("password"));
        QVERIFY2(credentials.ok(), qPrintable(credentials.problem));
        QCOMPARE(credentials.user, QStringLiteral("u"));
        QCOMPARE(credentials.password, QStringLiteral("p@ss"));
        // Crunchy's verifier is a hash: refused, in words, without its value.
        const QByteArray verifier = "SCRAM-SHA-256$4096:c2FsdA==$abc:def";
        credentials = KubeSecret::read(
            secret("hippo-pguser-hippo", {{QStringLiteral("user"), "hippo"}, {QStringLiteral("verifier"), verifier}}),
            QStringLiteral("user"), QStringLiteral("verifier"));
        QVERIFY(!credentials.ok());
        QVERIFY(credentials.problem.contains(QLatin1String("hash")));
        QVERIFY(!credentials.problem.contains(QLatin1String("4096")));
        QVERIFY(credentials.password.isEmpty());
        // Bitnami: the user is postgres, the key postgres-password.
        credentials = KubeSecret::read(secret("my-postgresql", {{QStringLiteral("postgres-password"), "pw"}}), {},
            QStringLiteral("postgres-password"), QStringLiteral("postgres"));
        QCOMPARE(credentials.user, QStringLiteral("postgres"));
        QCOMPARE(credentials.password, QStringLiteral("pw"));
        // A missing key names the keys that are there, never their values.
        credentials = KubeSecret::read(
            secret("postgres-secret", {{QStringLiteral("user"), "u"}, {QStringLiteral("pass"), "topsecret"}}),
            QStringLiteral("username"), QStringLiteral("password"));
        QVERIFY(!credentials.ok());
        QVERIFY2(credentials.problem.contains(QLatin1String("pass, user")), qPrintable(credentials.problem));
        QVERIFY(!credentials.problem.contains(QLatin1String("topsecret")));
    }

    void backoffIsCapped()
    {
        QCOMPARE(KubeForward::backoffMilliseconds(1), 500);
        QCOMPARE(KubeForward::backoffMilliseconds(2), 1000);
        QCOMPARE(KubeForward::backoffMilliseconds(5), 8000);
        QCOMPARE(KubeForward::backoffMilliseconds(6), 15000);
        QCOMPARE(KubeForward::backoffMilliseconds(60), 15000);
    }

    void podStatusForTheDashboard()
    {
        KubePodStatus status = KubePodStatus::fromPod(json(R"({"metadata":{"name":"postgres-0",
            "creationTimestamp":"2026-11-28T10:00:00Z"},
            "spec":{"nodeName":"node-a","containers":[{"name":"postgres","volumeMounts":[
                {"name":"postgres-storage","mountPath":"/var/lib/postgresql/data"},{"name":"cfg","mountPath":"/etc/cfg"}]},
                {"name":"exporter"}],
              "volumes":[{"name":"postgres-storage","persistentVolumeClaim":{"claimName":"postgres-storage-postgres-0"}},
                {"name":"cfg","configMap":{"name":"x"}},
                {"name":"wal","persistentVolumeClaim":{"claimName":"wal-postgres-0"}}]},
            "status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"}],
              "containerStatuses":[{"restartCount":2,"lastState":{"terminated":{"reason":"OOMKilled"}}},
                {"restartCount":1}]}})"));
        QCOMPARE(status.pod, QStringLiteral("postgres-0"));
        QVERIFY(status.ready);
        QCOMPARE(status.restarts, 3);
        QCOMPARE(status.lastRestartReason, QStringLiteral("OOMKilled"));
        QCOMPARE(status.created, UtcTime::at(QDate(2026, 11, 28), QTime(10, 0)));
        QCOMPARE(status.node, QStringLiteral("node-a"));
        QCOMPARE(status.volumes.size(), 2); // the ConfigMap is not a claim
        status.applyClaim(json(R"({"metadata":{"name":"postgres-storage-postgres-0"},
            "spec":{"resources":{"requests":{"storage":"5Gi"}}},"status":{"phase":"Bound","capacity":{"storage":"8Gi"}}})"));
        status.applyClaim(json(R"({"metadata":{"name":"wal-postgres-0"},
            "spec":{"resources":{"requests":{"storage":"1Gi"}}},"status":{"phase":"Pending"}})"));
        const KubePodStatus::Volume *data = status.dataVolume();
        QVERIFY(data);
        QCOMPARE(data->claim, QStringLiteral("postgres-storage-postgres-0"));
        QCOMPARE(data->capacityBytes, 8LL << 30); // what was provisioned, not what was asked
        QCOMPARE(status.volumes.last().capacityBytes, 1LL << 30); // pending: what is asked
    }

    void quantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("Gi") << "5Gi" << (5LL << 30);
        QTest::newRow("Ti fraction") << "1.5Ti" << qint64(1.5 * (1LL << 40));
        QTest::newRow("G decimal") << "100G" << 100000000000LL;
        QTest::newRow("Mi") << "512Mi" << (512LL << 20);
        QTest::newRow("plain") << "1073741824" << 1073741824LL;
        QTest::newRow("exponent") << "2e9" << 2000000000LL;
        QTest::newRow("k") << "10k" << 10000LL;
        QTest::newRow("nonsense") << "lots" << -1LL;
        QTest::newRow("empty") << "" << -1LL;
    }
    void quantities()
    {
        QFETCH(QString, text);
        QTEST(KubePodStatus::quantityBytes(text), "bytes");
    }

    void productionNames()
    {
        QVERIFY(KubeTarget::namesProduction(QStringLiteral("saytruth-prod")));
        QVERIFY(KubeTarget::namesProduction(QStringLiteral("production")));
        QVERIFY(KubeTarget::namesProduction(QStringLiteral("gke_acme_europe-west1_prod-eu")));
        QVERIFY(!KubeTarget::namesProduction(QStringLiteral("saytruth-dev")));
        QVERIFY(!KubeTarget::namesProduction(QStringLiteral("products")));
    }
};

QTEST_GUILESS_MAIN(TestKubeObjects)
#include "tst_kubeobjects.moc"
