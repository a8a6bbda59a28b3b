#include "cluster/localcluster.h"
#include "testcluster.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>
#include <libpq-fe.h>

namespace {

// Runs a query over libpq and returns the first column of the first row (empty on error).
QString queryValue(const ConnectionProfile &profile, const char *sql)
{
    const QByteArray host = profile.host.toUtf8(), port = QByteArray::number(profile.port),
                     db = profile.database.toUtf8(), user = profile.user.toUtf8();
    const char *keywords[] = {"host", "port", "dbname", "user", nullptr};
    const char *values[] = {host.constData(), port.constData(), db.constData(), user.constData(), nullptr};
    PGconn *conn = PQconnectdbParams(keywords, values, 0);
    QString value;
    if (PQstatus(conn) == CONNECTION_OK) {
        PGresult *result = PQexec(conn, sql);
        if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) > 0)
            value = QString::fromUtf8(PQgetvalue(result, 0, 0));
        PQclear(result);
    }
    PQfinish(conn);
    return value;
}

} // namespace

// The local cluster behind demo mode and every integration test.
class TestLocalCluster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void schemaMatchesTheSeed_data();
    void schemaMatchesTheSeed();
    void sampleDataIsLargeEnough();
    void sampleDataIsDeterministic();
    void visibilityIsLimited();
    void listensOnLoopbackAndPrivateSocket();
    void statementsArePreloaded();
    void secondStartReusesTheCluster();
    void resetRecreatesFromScratch();
    void missingBinariesNameThePackage();
    void unwritableDirectoryIsReported();

private:
    TestCluster m_fixture;
};

void TestLocalCluster::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestLocalCluster::cleanupTestCase() { }

void TestLocalCluster::schemaMatchesTheSeed_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tables") << QByteArray("SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class "
                                          "WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace")
                            << QStringLiteral("follows,links,messages,users");
    QTest::newRow("users email index") << QByteArray(
        "SELECT count(*) FROM pg_indexes WHERE indexname = 'idx_users_email'")
                                       << QStringLiteral("1");
    QTest::newRow("gin full text index") << QByteArray(
        "SELECT indexdef LIKE '%USING gin (to_tsvector(''english''::regconfig, content))%' "
        "FROM pg_indexes WHERE indexname = 'idx_messages_content'")
                                         << QStringLiteral("t");
    QTest::newRow("foreign keys") << QByteArray(
        "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND confrelid = 'users'::regclass")
                                  << QStringLiteral("4");
    QTest::newRow("follows primary key") << QByteArray(
        "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'follows'::regclass "
        "AND contype = 'p'") << QStringLiteral("PRIMARY KEY (follower_id, following_id)");
    QTest::newRow("owner") << QByteArray("SELECT tableowner FROM pg_tables WHERE tablename = 'messages'")
                           << QStringLiteral("saytruth_user");
}

void TestLocalCluster::schemaMatchesTheSeed()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, expected);
    QCOMPARE(queryValue(m_fixture.profile(), sql.constData()), expected);
}

void TestLocalCluster::sampleDataIsLargeEnough()
{
    const ConnectionProfile p = m_fixture.profile();
    QVERIFY(queryValue(p, "SELECT count(*) FROM users").toInt() >= 1000);
    QVERIFY(queryValue(p, "SELECT count(*) FROM messages").toInt() >= 20000);
    QVERIFY(queryValue(p, "SELECT count(*) FROM links").toInt() >= 1000);
    QVERIFY(queryValue(p, "SELECT count(*) FROM follows").toInt() >= 5000);
    QCOMPARE(queryValue(p, "SELECT count(*) FROM users WHERE email NOT LIKE '%@%.%'"), QStringLiteral("0"));
    // Inserting without an id must work: the sequences were moved past the seeded rows.
    QCOMPARE(queryValue(p, "INSERT INTO users (email, username) VALUES ('new@example.com', 'new') RETURNING id > 1000"),
        QStringLiteral("t"));
}

void TestLocalCluster::sampleDataIsDeterministic()
{
    // Pinned values: the generator derives every value from the row number, so these never change unless
    // the generator itself does (then update them on purpose).
    const ConnectionProfile p = m_fixture.profile();
    QCOMPARE(queryValue(p, "SELECT username FROM users WHERE id = 1"), QStringLiteral("kaito_tanaka"));
    QCOMPARE(queryValue(p, "SELECT email FROM users WHERE id = 777"), QStringLiteral("kaito.jensen777@saytruth.dev"));
    QCOMPARE(queryValue(p, "SELECT md5(string_agg(content, '|' ORDER BY id)) FROM messages WHERE id <= 500"),
        QStringLiteral("b6f5c5df1977ab785ec6882bdb3c0cbf"));
}

void TestLocalCluster::visibilityIsLimited()
{
    const ConnectionProfile p = m_fixture.profile();
    QCOMPARE(queryValue(p, "SELECT string_agg(DISTINCT visibility, ',') FROM links"), QStringLiteral("private,public"));
    QVERIFY(
        queryValue(p, "INSERT INTO links (user_id, url, visibility) VALUES (1, 'x', 'secret') RETURNING 1").isEmpty());
}

void TestLocalCluster::listensOnLoopbackAndPrivateSocket()
{
    const ConnectionProfile p = m_fixture.profile();
    QCOMPARE(queryValue(p, "SHOW listen_addresses"), QStringLiteral("127.0.0.1"));
    QCOMPARE(queryValue(p, "SHOW port").toInt(), m_fixture.cluster().port());
    QCOMPARE(queryValue(p, "SHOW unix_socket_directories"), m_fixture.cluster().socketDirectory());
    QCOMPARE(queryValue(p, "SHOW unix_socket_permissions"), QStringLiteral("0700"));
    QCOMPARE(queryValue(p, "SELECT current_user"), QStringLiteral("saytruth_user"));
    // Over TCP a password is required, and the demo role has none.
    QVERIFY(queryValue(m_fixture.cluster().tcpProfile(), "SELECT 1").isEmpty());
}

void TestLocalCluster::statementsArePreloaded()
{
    const ConnectionProfile p = m_fixture.profile();
    QCOMPARE(queryValue(p, "SHOW shared_preload_libraries"), QStringLiteral("pg_stat_statements"));
    QCOMPARE(queryValue(p, "SELECT count(*) > 0 FROM pg_stat_statements"), QStringLiteral("t"));
}

void TestLocalCluster::secondStartReusesTheCluster()
{
    LocalCluster &cluster = m_fixture.cluster();
    const ConnectionProfile p = m_fixture.profile();
    QVERIFY(!queryValue(p, "INSERT INTO users (email, username) VALUES ('keep@example.com', 'keep') RETURNING id")
                 .isEmpty());
    Error error;
    QVERIFY2(cluster.stop(&error), qPrintable(error.toString()));
    QVERIFY(!cluster.isRunning());
    QVERIFY(queryValue(p, "SELECT 1").isEmpty());
    QVERIFY2(cluster.ensureRunning(&error), qPrintable(error.toString()));
    QCOMPARE(queryValue(cluster.profile(), "SELECT count(*) FROM users WHERE email = 'keep@example.com'"),
        QStringLiteral("1"));
    // A second object on the same directory finds the running server instead of starting another.
    LocalCluster other(cluster.directory());
    QVERIFY2(other.ensureRunning(&error), qPrintable(error.toString()));
    QVERIFY(!other.startedByUs());
    QCOMPARE(other.port(), cluster.port());
}

void TestLocalCluster::resetRecreatesFromScratch()
{
    LocalCluster &cluster = m_fixture.cluster();
    QVERIFY(
        !queryValue(cluster.profile(), "INSERT INTO users (email) VALUES ('gone@example.com') RETURNING id").isEmpty());
    Error error;
    QVERIFY2(cluster.reset(&error), qPrintable(error.toString()));
    QVERIFY(cluster.isRunning());
    QCOMPARE(queryValue(cluster.profile(), "SELECT count(*) FROM users WHERE email = 'gone@example.com'"),
        QStringLiteral("0"));
    QCOMPARE(queryValue(cluster.profile(), "SELECT count(*) FROM users"), QStringLiteral("1000"));
}

void TestLocalCluster::missingBinariesNameThePackage()
{
    QTemporaryDir dir;
    LocalCluster cluster(dir.path() + QStringLiteral("/c"));
    cluster.setBinarySearchPath({dir.path() + QStringLiteral("/no-such-bin")});
    Error error;
    QVERIFY(!cluster.ensureRunning(&error));
    QVERIFY2(error.toString().contains(QLatin1String("apt install postgresql")), qPrintable(error.toString()));
    QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/c/data")));
}

void TestLocalCluster::unwritableDirectoryIsReported()
{
    // A regular file where a directory should be: unwritable for everyone, root included.
    QTemporaryFile file;
    QVERIFY(file.open());
    LocalCluster cluster(file.fileName() + QStringLiteral("/cluster"));
    Error error;
    QVERIFY(!cluster.ensureRunning(&error));
    QVERIFY2(error.why.contains(QLatin1String("not writable")) || error.why.contains(QLatin1String("cannot enter")),
        qPrintable(error.toString()));
}

QTEST_GUILESS_MAIN(TestLocalCluster)
#include "tst_localcluster.moc"
