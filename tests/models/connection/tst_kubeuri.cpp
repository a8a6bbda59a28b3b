#include "connection/connectionuri.h"
#include "connection/kubeuri.h"

#include <QJsonObject>
#include <QTest>

// The k8s:// form: what each part means, what is refused in words, and that format() and parse() agree.
class TestKubeUri : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<bool>("pod");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("production");

        QTest::newRow("seed") << "k8s://saytruth-dev/postgres-service/saytruth_db"
                              << ""
                              << "saytruth-dev" << false << "postgres-service"
                              << ""
                              << "saytruth_db"
                              << "postgres-secret" << false;
        QTest::newRow("prod namespace is production") << "k8s://saytruth-prod/postgres-service/saytruth_db"
                                                      << ""
                                                      << "saytruth-prod" << false << "postgres-service"
                                                      << ""
                                                      << "saytruth_db"
                                                      << "postgres-secret" << true;
        QTest::newRow("context with @ (kubeadm)")
            << "k8s://kubernetes-admin@kubernetes@saytruth-dev/svc/postgres-service:5432/saytruth_db"
            << "kubernetes-admin@kubernetes"
            << "saytruth-dev" << false << "postgres-service"
            << "5432"
            << "saytruth_db"
            << "postgres-secret" << false;
        QTest::newRow("encoded EKS context")
            << "k8s://arn%3Aaws%3Aeks%3Aeu-west-1%3A1%3Acluster%2Fprod@app/pod/db-0:postgresql/app"
            << "arn:aws:eks:eu-west-1:1:cluster/prod"
            << "app" << true << "db-0"
            << "postgresql"
            << "app"
            << "postgres-secret" << true;
        QTest::newRow("CloudNativePG secret") << "k8s://dev@db/pg-rw/app?secret=pg-app"
                                              << "dev"
                                              << "db" << false << "pg-rw"
                                              << ""
                                              << "app"
                                              << "pg-app" << false;
        QTest::newRow("no database") << "k8s://db/pg-rw/"
                                     << ""
                                     << "db" << false << "pg-rw"
                                     << ""
                                     << ""
                                     << "postgres-secret" << false;
        QTest::newRow("kind overrides the names") << "k8s://saytruth-prod/postgres-service/saytruth_db?kind=development"
                                                  << ""
                                                  << "saytruth-prod" << false << "postgres-service"
                                                  << ""
                                                  << "saytruth_db"
                                                  << "postgres-secret" << false;
        QTest::newRow("product is not prod") << "k8s://product/postgres-service/x"
                                             << ""
                                             << "product" << false << "postgres-service"
                                             << ""
                                             << "x"
                                             << "postgres-secret" << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        const ConnectionUri::Result result = ConnectionUri::parse(text);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        const KubeTarget &target = result.profile.kube;
        QTEST(target.context, "context");
        QTEST(target.ns, "ns");
        QFETCH(bool, pod);
        QCOMPARE(target.kind == KubeTarget::Kind::Pod, pod);
        QTEST(target.name, "name");
        QTEST(target.port, "port");
        QTEST(result.profile.database, "database");
        QTEST(target.secret, "secret");
        QTEST(result.profile.isProduction(), "production");
        QCOMPARE(result.profile.sslMode, QStringLiteral("disable")); // inside kubectl's TLS already
        QVERIFY(!result.hasPassword);
        // format() gives a string that reads back the same.
        const ConnectionUri::Result again = ConnectionUri::parse(KubeUri::format(result.profile));
        QVERIFY2(again.ok, qPrintable(KubeUri::format(result.profile)));
        QCOMPARE(again.profile, result.profile);
    }

    void typedCredentialsAndOptions()
    {
        const auto result = ConnectionUri::parse(
            QStringLiteral("k8s://ns/postgres-service/db?secret=&user=alice&sslmode=require&kubeconfig=/tmp/k%20c"));
        QVERIFY(result.ok);
        QCOMPARE(result.profile.kube.credentials, KubeTarget::Credentials::Typed);
        QCOMPARE(result.profile.user, QStringLiteral("alice"));
        QCOMPARE(result.profile.sslMode, QStringLiteral("require"));
        QCOMPARE(result.profile.kube.kubeconfig, QStringLiteral("/tmp/k c"));
        QCOMPARE(ConnectionUri::parse(KubeUri::format(result.profile)).profile, result.profile);
        QVERIFY(ConnectionUri::looksLikeConnectionString(QStringLiteral("k8s://ns/svc/db")));
    }

    // Bitnami's Secret holds only postgres-password: the user is fixed, and the address keeps it.
    void secretWithAFixedUser()
    {
        const auto result = ConnectionUri::parse(
            QStringLiteral("k8s://ns/my-release-postgresql/db?secret=my-release-postgresql&user-key=&password-key="
                           "postgres-password&user=postgres"));
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QCOMPARE(result.profile.kube.credentials, KubeTarget::Credentials::Secret);
        QCOMPARE(result.profile.kube.userKey, QString());
        QCOMPARE(result.profile.user, QStringLiteral("postgres"));
        const QString again = KubeUri::format(result.profile);
        QVERIFY2(again.contains(QLatin1String("user=postgres")), qPrintable(again));
        QCOMPARE(ConnectionUri::parse(again).profile, result.profile);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("no namespace") << "k8s:///svc/db"
                                      << "namespace is missing";
        QTest::newRow("no target") << "k8s://ns"
                                   << "Service or pod is missing";
        QTest::newRow("bad kind") << "k8s://ns/deploy/x/db"
                                  << "not a kind of target";
        QTest::newRow("bad port") << "k8s://ns/svc:99999/db"
                                  << "neither a port number";
        QTest::newRow("upper-case name") << "k8s://ns/Postgres/db"
                                         << "not a valid Kubernetes name";
        QTest::newRow("too many parts") << "k8s://ns/svc/x/db/more"
                                        << "Too many parts";
        QTest::newRow("password") << "k8s://ns/svc/db?password=hunter2"
                                  << "carries no password";
        QTest::newRow("unknown key") << "k8s://ns/svc/db?colour=red"
                                     << "Unknown setting";
        QTest::newRow("bad sslmode") << "k8s://ns/svc/db?sslmode=maybe"
                                     << "sslmode";
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        const auto result = ConnectionUri::parse(text);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.why.contains(words), qPrintable(result.error.why));
        QVERIFY(!result.error.toString().contains(QLatin1String("hunter2")));
    }

    void profileKeepsTheTarget()
    {
        ConnectionProfile profile
            = ConnectionUri::parse(QStringLiteral("k8s://saytruth-dev/postgres-service/saytruth_db")).profile;
        profile.name = QStringLiteral("dev");
        profile.user = QStringLiteral("saytruth_user");
        QCOMPARE(ConnectionProfile::fromJson(profile.toJson()), profile);
        QVERIFY(profile.displayTarget().contains(QLatin1String("k8s:saytruth-dev/svc/postgres-service")));
        // The keychain key names the target, not the forward's changing local port.
        ConnectionProfile moved = profile;
        moved.port = 41234;
        QCOMPARE(moved.credentialKey(), profile.credentialKey());
        // A plain profile has no "kubernetes" entry at all.
        QVERIFY(!ConnectionProfile().toJson().contains(QLatin1String("kubernetes")));
    }
};

QTEST_GUILESS_MAIN(TestKubeUri)
#include "tst_kubeuri.moc"
