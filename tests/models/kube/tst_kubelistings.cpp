#include "kube/kubelistings.h"

#include "processes.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) > 0;
}

QJsonObject named(const QString &name)
{
    return {{QStringLiteral("metadata"), QJsonObject {{QStringLiteral("name"), name}}}};
}

QJsonObject service(const QString &name)
{
    QJsonObject object = named(name);
    object.insert(QStringLiteral("spec"),
        QJsonObject {{QStringLiteral("ports"),
            QJsonArray {
                QJsonObject {{QStringLiteral("name"), QStringLiteral("postgres")}, {QStringLiteral("port"), 5432}}}}});
    return object;
}

QJsonObject list(const QJsonArray &items)
{
    return {{QStringLiteral("items"), items}};
}

} // namespace

// KubeListings against the connection dialog's fake kubectl (tests/ui/connect/fakekubectl.sh): answers in words,
// the newest question's answer only, and no kubectl left behind.
class tst_KubeListings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void listsTargetsWithPresets();
    void newerQuestionSupersedesOlder();
    void emptyNamespaceAnswersAtOnce();
    void refusedNamespacesAreAHint();
    void unknownContextIsSaidOnce();

private:
    int runningKubectls() const;

    QTemporaryDir m_fake;
};

void tst_KubeListings::initTestCase()
{
    QVERIFY(m_fake.isValid());
    const QString script = QFINDTESTDATA("ui/connect/fakekubectl.sh");
    QVERIFY(!script.isEmpty());
    const QString kubectl = m_fake.filePath(QStringLiteral("kubectl"));
    QVERIFY(QFile::copy(script, kubectl));
    QVERIFY(QFile::setPermissions(kubectl, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(writeJson(m_fake.filePath(QStringLiteral("namespaces.json")),
        list({named(QStringLiteral("cnpg-demo")), named(QStringLiteral("slow-ns"))})));
    // CloudNativePG's layout; the API lists pg-r and pg-ro before pg-rw.
    QVERIFY(writeJson(m_fake.filePath(QStringLiteral("cnpg-demo-services.json")),
        list({service(QStringLiteral("pg-r")), service(QStringLiteral("pg-ro")), service(QStringLiteral("pg-rw"))})));
    QJsonObject secret = named(QStringLiteral("pg-app"));
    secret.insert(QStringLiteral("data"), QJsonObject {{QStringLiteral("password"), QStringLiteral("c2VjcmV0")}});
    QVERIFY(writeJson(m_fake.filePath(QStringLiteral("cnpg-demo-secrets.json")), list({secret})));
    // Before any Kubectl: it reads PATH once per process.
    qputenv("PATH", (m_fake.path() + QLatin1Char(':') + qEnvironmentVariable("PATH")).toLocal8Bit());
    qputenv("SAYTRUTH_NO_LOGIN_SHELL", "1");
}

void tst_KubeListings::cleanup()
{
    QCOMPARE(runningKubectls(), 0);
}

int tst_KubeListings::runningKubectls() const
{
    return int(processesWith({QFile::encodeName(m_fake.filePath(QStringLiteral("kubectl")))}).size());
}

void tst_KubeListings::listsTargetsWithPresets()
{
    KubeListings listings;
    QSignalSpy listed(&listings, &KubeListings::targetsListed);
    listings.listTargets({}, {}, QStringLiteral("cnpg-demo"));
    QVERIFY(listings.isBusy());
    QTRY_COMPARE(listed.size(), 1);
    QVERIFY(!listings.isBusy());
    const auto targets = listed.first().first().value<KubeListings::Targets>();
    QCOMPARE(targets.ns, QStringLiteral("cnpg-demo"));
    QCOMPARE(targets.services.size(), 3);
    QVERIFY(targets.pods.isEmpty());
    QCOMPARE(targets.secretNames, QStringList {QStringLiteral("pg-app")}); // the names, not the data
    QVERIFY(targets.problems.isEmpty());
    QVERIFY(!targets.presets.isEmpty());
    QCOMPARE(targets.presets.first().service, QStringLiteral("pg-rw")); // the primary first
    QCOMPARE(targets.presets.first().secret, QStringLiteral("pg-app"));
    QVERIFY(targets.presets.last().readOnly);
}

void tst_KubeListings::newerQuestionSupersedesOlder()
{
    KubeListings listings;
    QSignalSpy listed(&listings, &KubeListings::targetsListed);
    listings.listTargets({}, {}, QStringLiteral("slow-ns")); // takes three seconds
    QTRY_VERIFY(runningKubectls() > 0);
    listings.listTargets({}, {}, QStringLiteral("cnpg-demo"));
    QTRY_COMPARE(listed.size(), 1);
    QCOMPARE(listed.first().first().value<KubeListings::Targets>().ns, QStringLiteral("cnpg-demo"));
    QCOMPARE(runningKubectls(), 0); // the slow ones were ended, not left to finish
    QTest::qWait(200);
    QCOMPARE(listed.size(), 1);
}

void tst_KubeListings::emptyNamespaceAnswersAtOnce()
{
    KubeListings listings;
    QSignalSpy listed(&listings, &KubeListings::targetsListed);
    listings.listTargets({}, {}, QStringLiteral("cnpg-demo"));
    listings.listTargets({}, {}, {});
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.first().first().value<KubeListings::Targets>().services.isEmpty());
    QVERIFY(!listings.isBusy());
    QTest::qWait(200);
    QCOMPARE(listed.size(), 1);
}

void tst_KubeListings::refusedNamespacesAreAHint()
{
    KubeListings listings;
    QSignalSpy listed(&listings, &KubeListings::namespacesListed);
    listings.listNamespaces({}, QStringLiteral("restricted"));
    QTRY_COMPARE(listed.size(), 1);
    QVERIFY(listed.first().at(0).toStringList().isEmpty());
    QVERIFY2(listed.first().at(1).toString().contains(QStringLiteral("may not list the namespaces")),
        qPrintable(listed.first().at(1).toString()));
    QCOMPARE(listed.first().at(2).toBool(), false); // a hint: the name can be typed

    listings.listNamespaces({}, QStringLiteral("dev-cluster"));
    QTRY_COMPARE(listed.size(), 2);
    QCOMPARE(listed.last().at(0).toStringList(), QStringList({"cnpg-demo", "slow-ns"}));
    QVERIFY(listed.last().at(1).toString().isEmpty());
}

void tst_KubeListings::unknownContextIsSaidOnce()
{
    KubeListings listings;
    QSignalSpy listed(&listings, &KubeListings::targetsListed);
    listings.listTargets({}, QStringLiteral("gone-cluster"), QStringLiteral("cnpg-demo"));
    QTRY_COMPARE(listed.size(), 1);
    const auto targets = listed.first().first().value<KubeListings::Targets>();
    QCOMPARE(targets.problems.size(), 1); // not once for Services, pods and Secrets each
    QVERIFY2(targets.problems.first().startsWith(QStringLiteral("The kubeconfig has no such context.")),
        qPrintable(targets.problems.first()));
    QVERIFY(targets.failed);
}

QTEST_MAIN(tst_KubeListings)
#include "tst_kubelistings.moc"
