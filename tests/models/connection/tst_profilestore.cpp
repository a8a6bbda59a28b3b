#include "connection/profilestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// ConnectionProfile as a value (JSON, names, colours, targets) and ProfileStore as its file.
class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void profileJsonRoundTrip_data();
    void profileJsonRoundTrip();
    void profileJsonFields();
    void profileFromEmptyJson();
    void kindNames_data();
    void kindNames();
    void effectiveColor_data();
    void effectiveColor();
    void targets_data();
    void targets();

    void defaultFilePath();
    void missingFileIsEmpty();
    void saveAndLoad();
    void fileFormat();
    void createsDirectory();
    void neverStoresPassword();
    void damagedFile_data();
    void damagedFile();
    void saveAfterDamagedKeepsCopy();
    void replaceRenames();
    void replaceRefusesClash();
    void removeProfile();
    void removeMissingProfile();
    void unnamedProfileRejected();
    void lastProfilePersists();
    void changedSignal();
    void failedWriteChangesNothing();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("profiles.json")); }
    static QByteArray readAll(const QString &path);
    static ConnectionProfile named(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

Q_DECLARE_METATYPE(ConnectionProfile::Kind)

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray TestProfileStore::readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ConnectionProfile TestProfileStore::named(const QString &name)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.host = QStringLiteral("db.example");
    profile.database = QStringLiteral("saytruth_db");
    profile.user = QStringLiteral("saytruth_user");
    return profile;
}

void TestProfileStore::profileJsonRoundTrip_data()
{
    QTest::addColumn<ConnectionProfile>("profile");

    QTest::newRow("defaults") << ConnectionProfile();
    ConnectionProfile prod = named(QStringLiteral("SayTruth prod"));
    prod.kind = ConnectionProfile::Kind::Production;
    prod.color = QStringLiteral("#ff8800");
    prod.sslMode = QStringLiteral("verify-full");
    prod.port = 6432;
    QTest::newRow("production with colour") << prod;
    ConnectionProfile options = named(QStringLiteral("with options"));
    options.options = {{"connect_timeout", "10"}, {"application_name", "SayTruth Studio"}};
    QTest::newRow("options") << options;
    ConnectionProfile ipv6 = named(QStringLiteral("ipv6"));
    ipv6.host = QStringLiteral("2001:db8::1");
    QTest::newRow("ipv6 host") << ipv6;
    ConnectionProfile demo = named(QStringLiteral("Demo"));
    demo.host = QStringLiteral("/tmp/saytruth-demo");
    demo.demo = true;
    QTest::newRow("demo on a socket directory") << demo;
    ConnectionProfile localSocket = named(QStringLiteral("local socket"));
    localSocket.host.clear(); // libpq's default socket, not the default "localhost" of a new profile
    QTest::newRow("empty host stays empty") << localSocket;
    ConnectionProfile unicode = named(QStringLiteral("Jürgens Datenbank ✓"));
    unicode.user = QStringLiteral("jürgen");
    unicode.database = QStringLiteral("données");
    QTest::newRow("unicode") << unicode;
}

void TestProfileStore::profileJsonRoundTrip()
{
    QFETCH(ConnectionProfile, profile);
    const QJsonObject json = profile.toJson();
    const QByteArray bytes = QJsonDocument(json).toJson();
    QCOMPARE(ConnectionProfile::fromJson(QJsonDocument::fromJson(bytes).object()), profile);
}

void TestProfileStore::profileJsonFields()
{
    ConnectionProfile profile = named(QStringLiteral("p"));
    profile.kind = ConnectionProfile::Kind::Production;
    profile.options = {{"sslrootcert", "/etc/ca.pem"}, {"password", "Hunter2Secret"}};
    const QJsonObject json = profile.toJson();
    QCOMPARE(json.value("kind").toString(), QStringLiteral("production"));
    QCOMPARE(json.value("host").toString(), QStringLiteral("db.example"));
    QCOMPARE(json.value("port").toInt(), 5432);
    QCOMPARE(json.value("sslMode").toString(), QStringLiteral("prefer"));
    QCOMPARE(json.value("options").toObject().value("sslrootcert").toString(), QStringLiteral("/etc/ca.pem"));
    QVERIFY(!json.value("options").toObject().contains("password"));
    QVERIFY(!QJsonDocument(json).toJson().contains("Hunter2Secret"));
}

void TestProfileStore::profileFromEmptyJson()
{
    QCOMPARE(ConnectionProfile::fromJson(QJsonObject()), ConnectionProfile());
    const ConnectionProfile badPort = ConnectionProfile::fromJson(QJsonObject {{"port", 70000}});
    QCOMPARE(badPort.port, 5432);
}

void TestProfileStore::kindNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ConnectionProfile::Kind>("kind");

    QTest::newRow("development") << "development" << ConnectionProfile::Kind::Development;
    QTest::newRow("production") << "production" << ConnectionProfile::Kind::Production;
    QTest::newRow("production in capitals") << "Production" << ConnectionProfile::Kind::Production;
    QTest::newRow("unknown is development") << "staging" << ConnectionProfile::Kind::Development;
    QTest::newRow("empty is development") << "" << ConnectionProfile::Kind::Development;
}

void TestProfileStore::kindNames()
{
    QFETCH(QString, name);
    QFETCH(ConnectionProfile::Kind, kind);
    QCOMPARE(ConnectionProfile::kindFromName(name), kind);
    QCOMPARE(ConnectionProfile::kindFromName(ConnectionProfile::kindName(kind)), kind);
}

void TestProfileStore::effectiveColor_data()
{
    QTest::addColumn<ConnectionProfile::Kind>("kind");
    QTest::addColumn<QString>("color");
    QTest::addColumn<QString>("expected");

    QTest::newRow("development default") << ConnectionProfile::Kind::Development << ""
                                         << "#2e7d32";
    QTest::newRow("production default") << ConnectionProfile::Kind::Production << ""
                                        << "#c62828";
    QTest::newRow("own colour") << ConnectionProfile::Kind::Production << "#123456"
                                << "#123456";
}

void TestProfileStore::effectiveColor()
{
    QFETCH(ConnectionProfile::Kind, kind);
    QFETCH(QString, color);
    ConnectionProfile profile;
    profile.kind = kind;
    profile.color = color;
    QTEST(profile.effectiveColor(), "expected");
}

void TestProfileStore::targets_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("key");

    QTest::newRow("full") << "db.example"
                          << "u"
                          << "db"
                          << "u@db.example:5432/db"
                          << "u@db.example:5432/db";
    QTest::newRow("ipv6 in brackets") << "::1"
                                      << "u"
                                      << "db"
                                      << "u@[::1]:5432/db"
                                      << "u@[::1]:5432/db";
    QTest::newRow("socket directory as is") << "/var/run/postgresql"
                                            << "u"
                                            << "db"
                                            << "u@/var/run/postgresql:5432/db"
                                            << "u@/var/run/postgresql:5432/db";
    // libpq's default socket: shown as psql shows it; the key keeps the empty host, apart from localhost's.
    QTest::newRow("empty host is the local socket") << ""
                                                    << "u"
                                                    << "db"
                                                    << "u@[local]:5432/db"
                                                    << "u@:5432/db";
    QTest::newRow("no user, no database") << "h"
                                          << ""
                                          << ""
                                          << "h:5432"
                                          << "@h:5432/";
}

void TestProfileStore::targets()
{
    ConnectionProfile profile;
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(QString, database);
    profile.host = host;
    profile.user = user;
    profile.database = database;
    QTEST(profile.displayTarget(), "display");
    QTEST(profile.credentialKey(), "key");
}

void TestProfileStore::defaultFilePath()
{
    const ProfileStore store;
    QCOMPARE(store.filePath(),
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles.json"));
}

void TestProfileStore::missingFileIsEmpty()
{
    ProfileStore store(storePath());
    Error error;
    QVERIFY(store.load(&error));
    QVERIFY(error.isNull());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.lastProfileName().isEmpty());
    QVERIFY(!QFile::exists(storePath()));
}

void TestProfileStore::saveAndLoad()
{
    ProfileStore store(storePath());
    ConnectionProfile prod = named(QStringLiteral("prod"));
    prod.kind = ConnectionProfile::Kind::Production;
    prod.options = {{"connect_timeout", "5"}};
    QVERIFY(store.save(named(QStringLiteral("dev"))));
    QVERIFY(store.save(prod));
    QVERIFY(store.setLastProfileName(QStringLiteral("prod")));

    ProfileStore reread(storePath());
    QVERIFY(reread.load());
    QCOMPARE(reread.profiles(), store.profiles());
    QCOMPARE(reread.profiles().size(), 2);
    QCOMPARE(reread.profiles().at(0).name, QStringLiteral("dev"));
    QCOMPARE(reread.find(QStringLiteral("prod")), std::optional<ConnectionProfile>(prod));
    QVERIFY(!reread.find(QStringLiteral("nope")));
    QCOMPARE(reread.lastProfileName(), QStringLiteral("prod"));

    ConnectionProfile changed = prod;
    changed.port = 6543;
    QVERIFY(store.save(changed));
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.find(QStringLiteral("prod"))->port, 6543);
}

void TestProfileStore::fileFormat()
{
    ProfileStore store(storePath());
    QVERIFY(store.save(named(QStringLiteral("dev"))));
    QVERIFY(store.setLastProfileName(QStringLiteral("dev")));
    const QJsonObject root = QJsonDocument::fromJson(readAll(storePath())).object();
    QCOMPARE(root.value("version").toInt(), 1);
    QCOMPARE(root.value("lastProfile").toString(), QStringLiteral("dev"));
    const QJsonArray profiles = root.value("profiles").toArray();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0).toObject().value("name").toString(), QStringLiteral("dev"));
    QCOMPARE(profiles.at(0).toObject().value("kind").toString(), QStringLiteral("development"));
    // QSaveFile leaves nothing behind but the file itself.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList {"profiles.json"});
}

void TestProfileStore::createsDirectory()
{
    const QString path = m_dir->filePath(QStringLiteral("a/b/c/profiles.json"));
    ProfileStore store(path);
    QVERIFY(store.load());
    Error error;
    QVERIFY2(store.save(named(QStringLiteral("dev")), &error), qPrintable(error.toString()));
    QVERIFY(QFile::exists(path));
}

void TestProfileStore::neverStoresPassword()
{
    ProfileStore store(storePath());
    ConnectionProfile profile = named(QStringLiteral("dev"));
    profile.options = {{"password", "DevSecurePass123!@#"}, {"connect_timeout", "3"}};
    QVERIFY(store.save(profile));
    QVERIFY(!readAll(storePath()).contains("DevSecurePass123"));
    QVERIFY(!store.find(QStringLiteral("dev"))->options.contains(QStringLiteral("password")));
    QCOMPARE(store.find(QStringLiteral("dev"))->options.value(QStringLiteral("connect_timeout")), QStringLiteral("3"));
}

void TestProfileStore::damagedFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("because");

    QTest::newRow("not json") << QByteArray("{\"version\":1,\"profiles\":[") << "damaged";
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\x13garbage", 10) << "damaged";
    QTest::newRow("array at the top") << QByteArray("[1,2,3]") << "no list of profiles";
    QTest::newRow("profiles not a list") << QByteArray("{\"version\":1,\"profiles\":{}}") << "no list of profiles";
    QTest::newRow("no version") << QByteArray("{\"profiles\":[]}") << "version";
    QTest::newRow("newer version") << QByteArray("{\"version\":2,\"profiles\":[]}") << "newer version";
    QTest::newRow("profile without name")
        << QByteArray("{\"version\":1,\"profiles\":[{\"host\":\"h\"}]}") << "has no name";
    QTest::newRow("profile not an object") << QByteArray("{\"version\":1,\"profiles\":[42]}") << "has no name";
}

void TestProfileStore::damagedFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, because);
    {
        QFile file(storePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    ProfileStore store(storePath());
    Error error;
    QVERIFY(!store.load(&error));
    QVERIFY(!error.isNull());
    QVERIFY2(error.why.contains(because), qPrintable(error.toString()));
    QVERIFY(error.what.contains(QDir::toNativeSeparators(storePath())));
    QVERIFY(store.profiles().isEmpty());
    QCOMPARE(readAll(storePath()), content);
}

void TestProfileStore::saveAfterDamagedKeepsCopy()
{
    const QByteArray damaged("{\"version\":1,\"profiles\":[{\"name\":\"precious\"");
    {
        QFile file(storePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }
    ProfileStore store(storePath());
    QVERIFY(!store.load());
    QVERIFY(store.save(named(QStringLiteral("new"))));
    QCOMPARE(readAll(storePath() + QStringLiteral(".damaged")), damaged);
    ProfileStore reread(storePath());
    QVERIFY(reread.load());
    QCOMPARE(reread.profiles().size(), 1);
    // The next write has nothing left to keep aside.
    QVERIFY(store.save(named(QStringLiteral("newer"))));
    QVERIFY(!QFile::exists(storePath() + QStringLiteral(".damaged-2")));
}

void TestProfileStore::replaceRenames()
{
    ProfileStore store(storePath());
    QVERIFY(store.save(named(QStringLiteral("a"))));
    QVERIFY(store.save(named(QStringLiteral("b"))));
    QVERIFY(store.setLastProfileName(QStringLiteral("a")));
    QVERIFY(store.replace(QStringLiteral("a"), named(QStringLiteral("renamed"))));
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profiles().at(0).name, QStringLiteral("renamed"));
    QCOMPARE(store.lastProfileName(), QStringLiteral("renamed"));
    ProfileStore reread(storePath());
    QVERIFY(reread.load());
    QVERIFY(!reread.find(QStringLiteral("a")));
    QVERIFY(reread.find(QStringLiteral("renamed")));
    QCOMPARE(reread.lastProfileName(), QStringLiteral("renamed"));
}

void TestProfileStore::replaceRefusesClash()
{
    ProfileStore store(storePath());
    QVERIFY(store.save(named(QStringLiteral("a"))));
    QVERIFY(store.save(named(QStringLiteral("b"))));
    Error error;
    QVERIFY(!store.replace(QStringLiteral("a"), named(QStringLiteral("b")), &error));
    QVERIFY(error.why.contains(QStringLiteral("already exists")));
    QCOMPARE(store.profiles().size(), 2);
    QVERIFY(store.find(QStringLiteral("a")));
}

void TestProfileStore::removeProfile()
{
    ProfileStore store(storePath());
    QVERIFY(store.save(named(QStringLiteral("a"))));
    QVERIFY(store.save(named(QStringLiteral("b"))));
    QVERIFY(store.setLastProfileName(QStringLiteral("a")));
    QVERIFY(store.remove(QStringLiteral("a")));
    QVERIFY(store.lastProfileName().isEmpty());
    ProfileStore reread(storePath());
    QVERIFY(reread.load());
    QCOMPARE(reread.profiles().size(), 1);
    QCOMPARE(reread.profiles().at(0).name, QStringLiteral("b"));
}

void TestProfileStore::removeMissingProfile()
{
    ProfileStore store(storePath());
    Error error;
    QVERIFY(!store.remove(QStringLiteral("ghost"), &error));
    QVERIFY(error.why.contains(QStringLiteral("ghost")));
}

void TestProfileStore::unnamedProfileRejected()
{
    ProfileStore store(storePath());
    Error error;
    QVERIFY(!store.save(ConnectionProfile(), &error));
    QVERIFY(!error.isNull());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!QFile::exists(storePath()));
}

void TestProfileStore::lastProfilePersists()
{
    ProfileStore store(storePath());
    QVERIFY(store.setLastProfileName(QStringLiteral("ad hoc")));
    ProfileStore reread(storePath());
    QVERIFY(reread.load());
    QCOMPARE(reread.lastProfileName(), QStringLiteral("ad hoc"));
}

void TestProfileStore::changedSignal()
{
    ProfileStore store(storePath());
    QSignalSpy spy(&store, &ProfileStore::changed);
    QVERIFY(store.save(named(QStringLiteral("a"))));
    QCOMPARE(spy.count(), 1);
    QVERIFY(!store.save(ConnectionProfile()));
    QCOMPARE(spy.count(), 1);
    QVERIFY(store.setLastProfileName(QStringLiteral("a")));
    QVERIFY(store.setLastProfileName(QStringLiteral("a")));
    QCOMPARE(spy.count(), 2);
    QVERIFY(store.remove(QStringLiteral("a")));
    QCOMPARE(spy.count(), 3);
}

void TestProfileStore::failedWriteChangesNothing()
{
    // A directory where the file should be: no one, not even root, can replace it with a file.
    QVERIFY(QDir().mkpath(storePath()));
    ProfileStore store(storePath());
    Error error;
    QVERIFY(!store.save(named(QStringLiteral("a")), &error));
    QVERIFY(!error.isNull());
    QVERIFY(error.what.contains(QDir::toNativeSeparators(storePath())));
    QVERIFY(store.profiles().isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
