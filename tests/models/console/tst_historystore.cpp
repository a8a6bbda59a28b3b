#include "common/utctime.h"
#include "connection/connectionprofile.h"
#include "console/historystore.h"
#include "historytesting.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int lineCount(const QString &path)
{
    return int(fileContents(path).count('\n'));
}

} // namespace

// HistoryStore, in a temporary directory: persistence, search, the cap, password masking.
class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTrip();
    void persistsAcrossInstances();
    void profilesAreSeparate();
    void searchIsNewestFirstAndCaseInsensitive();
    void capAndCompaction();
    void damagedLinesAreSkipped();
    void clearForgets();
    void maskPasswords_data();
    void maskPasswords();
    void passwordCanaryNeverReachesTheFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryStore::roundTrip()
{
    HistoryStore store(m_dir->path());
    QSignalSpy appended(&store, &HistoryStore::appended);
    HistoryEntry entry = makeEntry(QStringLiteral("SELECT 1"), 1234, false);
    entry.executedAt = UtcTime::at(QDate(2024, 5, 17), QTime(10, 11, 12, 345));
    Error error;
    QVERIFY2(store.append(Profile, entry, &error), qPrintable(error.toString()));
    QCOMPARE(appended.count(), 1);
    const QList<HistoryEntry> entries = store.entries(Profile);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().sql, entry.sql);
    QCOMPARE(entries.first().executedAt, entry.executedAt);
    QCOMPARE(entries.first().error, QStringLiteral("relation \"nope\" does not exist")); // first line only
    QCOMPARE(entries.first().database, QStringLiteral("saytruth_db"));
    QVERIFY(store.filePath(Profile).startsWith(m_dir->path() + QStringLiteral("/")));
    QVERIFY(store.filePath(Profile).endsWith(QStringLiteral(".jsonl")));
    QVERIFY(!QFileInfo(store.filePath(Profile)).fileName().contains(QLatin1Char(' ')));
    QCOMPARE(QFile::permissions(store.filePath(Profile)) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    HistoryEntry unstamped = makeEntry(QStringLiteral("SELECT 2"));
    QVERIFY(store.append(Profile, unstamped));
    const QDateTime stamped = store.entries(Profile).last().executedAt;
    QCOMPARE(stamped.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(stamped.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(lineCount(store.filePath(Profile)), 2);
}

void TestHistoryStore::persistsAcrossInstances()
{
    {
        HistoryStore store(m_dir->path());
        QVERIFY(store.append(Profile, makeEntry(QStringLiteral("SELECT 1"))));
        QVERIFY(store.append(Profile, makeEntry(QStringLiteral("SELECT 2"), 7, false)));
    }
    HistoryStore reopened(m_dir->path());
    const QList<HistoryEntry> entries = reopened.entries(Profile);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).sql, QStringLiteral("SELECT 1"));
    QCOMPARE(entries.at(1).sql, QStringLiteral("SELECT 2"));
    QCOMPARE(entries.at(1).ok, false);
    QCOMPARE(entries.at(1).durationMs, 7);
    QCOMPARE(entries.at(0).rowCount, 3);
    QCOMPARE(entries.at(0).executedAt.timeSpec(), Qt::UTC);
}

void TestHistoryStore::profilesAreSeparate()
{
    HistoryStore store(m_dir->path());
    ConnectionProfile adHoc;
    adHoc.database = QStringLiteral("saytruth_db");
    adHoc.user = QStringLiteral("alice");
    const QString adHocKey = HistoryStore::profileKey(adHoc);
    QCOMPARE(adHocKey, adHoc.credentialKey());
    QVERIFY(store.append(Profile, makeEntry(QStringLiteral("SELECT 'demo'"))));
    QVERIFY(store.append(adHocKey, makeEntry(QStringLiteral("SELECT 'ad hoc'"))));
    QVERIFY(store.append(QStringLiteral("a/b"), makeEntry(QStringLiteral("SELECT 'a/b'"))));
    QVERIFY(store.append(QStringLiteral("a_b"), makeEntry(QStringLiteral("SELECT 'a_b'"))));
    QCOMPARE(store.entries(Profile).size(), 1);
    QCOMPARE(store.entries(adHocKey).size(), 1);
    QVERIFY(store.filePath(QStringLiteral("a/b")) != store.filePath(QStringLiteral("a_b")));
    QCOMPARE(QFileInfo(store.filePath(QStringLiteral("a_b"))).fileName(), QStringLiteral("a_b.jsonl"));
    QCOMPARE(QFileInfo(store.filePath(QStringLiteral("../etc"))).absolutePath(), QDir(m_dir->path()).absolutePath());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 4);
}

void TestHistoryStore::searchIsNewestFirstAndCaseInsensitive()
{
    HistoryStore store(m_dir->path());
    const QStringList statements {QStringLiteral("SELECT * FROM users"),
        QStringLiteral("select count(*) from messages"), QStringLiteral("UPDATE users SET username = 'x'"),
        QStringLiteral("SELECT * FROM links")};
    for (const QString &sql : statements)
        QVERIFY(store.append(Profile, makeEntry(sql)));
    QList<HistoryEntry> found = store.search(Profile, QStringLiteral("USERS"), 10);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).sql, statements.at(2));
    QCOMPARE(found.at(1).sql, statements.at(0));
    found = store.search(Profile, QStringLiteral("select"), 2);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).sql, statements.at(3));
    QCOMPARE(found.at(1).sql, statements.at(1));
    QCOMPARE(store.search(Profile, QString()).size(), 4);
    QCOMPARE(store.search(Profile, QStringLiteral("nothing like it")).size(), 0);
    QCOMPARE(store.search(QStringLiteral("other profile"), QString()).size(), 0);
}

void TestHistoryStore::capAndCompaction()
{
    HistoryStore store(m_dir->path());
    store.setCapacity(10);
    const QString path = store.filePath(Profile);
    for (int i = 1; i <= 20; ++i)
        QVERIFY(store.append(Profile, makeEntry(QStringLiteral("SELECT %1").arg(i))));
    QCOMPARE(store.entries(Profile).size(), 10);
    QCOMPARE(store.entries(Profile).first().sql, QStringLiteral("SELECT 11"));
    QCOMPARE(lineCount(path), 20); // not yet past twice the cap: appends only

    QVERIFY(store.append(Profile, makeEntry(QStringLiteral("SELECT 21"))));
    QCOMPARE(lineCount(path), 10); // compacted to the newest ten
    QVERIFY(!fileContents(path).contains("\"SELECT 11\""));
    QVERIFY(fileContents(path).contains("\"SELECT 12\""));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left behind

    HistoryStore reopened(m_dir->path());
    reopened.setCapacity(10);
    const QList<HistoryEntry> entries = reopened.entries(Profile);
    QCOMPARE(entries.size(), 10);
    QCOMPARE(entries.first().sql, QStringLiteral("SELECT 12"));
    QCOMPARE(entries.last().sql, QStringLiteral("SELECT 21"));
    QCOMPARE(HistoryStore(m_dir->path()).capacity(), HistoryStore::DefaultCapacity);
}

void TestHistoryStore::damagedLinesAreSkipped()
{
    HistoryStore writer(m_dir->path());
    QVERIFY(writer.append(Profile, makeEntry(QStringLiteral("SELECT 1"))));
    {
        QFile file(writer.filePath(Profile));
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"sql\": \"SELECT 2\", \"executedAt\": \"2024-01-01T00:00:00.000Z\"}\n{\"sql\": \"cut sh");
    }
    HistoryStore reader(m_dir->path());
    const QList<HistoryEntry> entries = reader.entries(Profile);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).sql, QStringLiteral("SELECT 2"));
    QCOMPARE(entries.at(1).rowCount, -1);
}

void TestHistoryStore::clearForgets()
{
    HistoryStore store(m_dir->path());
    QVERIFY(store.append(Profile, makeEntry(QStringLiteral("SELECT 1"))));
    QSignalSpy cleared(&store, &HistoryStore::cleared);
    QVERIFY(store.clear(Profile));
    QCOMPARE(cleared.count(), 1);
    QVERIFY(store.entries(Profile).isEmpty());
    QVERIFY(!QFile::exists(store.filePath(Profile)));
    QVERIFY(HistoryStore(m_dir->path()).entries(Profile).isEmpty());
}

void TestHistoryStore::maskPasswords_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("masked");
    const auto row = [](const char *name, const char *sql, const char *masked) {
        QTest::newRow(name) << QString::fromUtf8(sql) << QString::fromUtf8(masked);
    };
    row("alter role", "ALTER ROLE bob PASSWORD 'hunter2'", "ALTER ROLE bob PASSWORD '***'");
    row("create role with options", "CREATE ROLE bob LOGIN PASSWORD 'a''b' VALID UNTIL '2030-01-01'",
        "CREATE ROLE bob LOGIN PASSWORD '***' VALID UNTIL '2030-01-01'");
    row("create user encrypted", "create user bob with encrypted password 's3cret';",
        "create user bob with encrypted password '***';");
    row("lower case, no space", "alter user bob password's3cret'", "alter user bob password'***'");
    row("escape string", "ALTER ROLE bob PASSWORD E'a\\'b\\\\' LOGIN", "ALTER ROLE bob PASSWORD '***' LOGIN");
    row("dollar quoted", "ALTER ROLE bob PASSWORD $pw$it's$pw$", "ALTER ROLE bob PASSWORD '***'");
    row("unterminated", "ALTER ROLE bob PASSWORD 'half typed", "ALTER ROLE bob PASSWORD '***'");
    row("multi line", "CREATE ROLE bob\n  PASSWORD\n  'x'\n  LOGIN", "CREATE ROLE bob\n  PASSWORD\n  '***'\n  LOGIN");
    row("password null", "ALTER ROLE bob PASSWORD NULL", "ALTER ROLE bob PASSWORD NULL");
    row("user mapping", "CREATE USER MAPPING FOR bob SERVER s OPTIONS (user 'bob', password 'x')",
        "CREATE USER MAPPING FOR bob SERVER s OPTIONS (user 'bob', password '***')");
    row("conninfo", "SELECT dblink_connect('host=db user=bob password=hunter2 dbname=x')",
        "SELECT dblink_connect('host=db user=bob password=*** dbname=x')");
    row("uri", "SELECT dblink_connect('postgresql://bob:hunter2@db/x')",
        "SELECT dblink_connect('postgresql://bob:***@db/x')");
    row("column named like it", "UPDATE users SET hashed_password = '$2b$12$abc' WHERE id = 1",
        "UPDATE users SET hashed_password = '$2b$12$abc' WHERE id = 1");
    row("nothing to mask", "SELECT * FROM users", "SELECT * FROM users");
    row("two statements", "ALTER ROLE a PASSWORD 'x'; ALTER ROLE b PASSWORD 'y'",
        "ALTER ROLE a PASSWORD '***'; ALTER ROLE b PASSWORD '***'");
}

void TestHistoryStore::maskPasswords()
{
    QFETCH(QString, sql);
    QFETCH(QString, masked);
    QCOMPARE(HistoryStore::maskPasswords(sql), masked);
    QCOMPARE(HistoryStore::maskPasswords(masked), masked); // masking twice changes nothing more
}

void TestHistoryStore::passwordCanaryNeverReachesTheFile()
{
    const QString canary = QStringLiteral("Canary-7f3a9c");
    HistoryStore store(m_dir->path());
    store.setCapacity(2); // compaction rewrites the file: it must not bring the canary back either
    const QStringList statements {QStringLiteral("ALTER ROLE saytruth_user PASSWORD '%1'").arg(canary),
        QStringLiteral("CREATE ROLE bob LOGIN PASSWORD '%1'").arg(canary),
        QStringLiteral("CREATE USER carol WITH ENCRYPTED PASSWORD '%1'").arg(canary),
        QStringLiteral("alter role dave password $$%1$$").arg(canary),
        QStringLiteral("ALTER ROLE erin PASSWORD '%1").arg(canary)};
    for (const QString &sql : statements) {
        HistoryEntry entry = makeEntry(sql, 1, false);
        // What the server says about an unterminated literal: it quotes the statement's text.
        entry.error = QStringLiteral("unterminated quoted string at or near \"'%1\"").arg(canary);
        QVERIFY(store.append(Profile, entry));
    }
    for (const HistoryEntry &entry : store.entries(Profile)) {
        QVERIFY2(!entry.sql.contains(canary), qPrintable(entry.sql));
        QVERIFY(!entry.error.contains(canary));
    }
    QVERIFY(!store.search(Profile, QString()).isEmpty());
    QVERIFY(store.search(Profile, canary).isEmpty());
    const QByteArray contents = fileContents(store.filePath(Profile));
    QVERIFY(!contents.isEmpty());
    QVERIFY(!contents.contains(canary.toUtf8()));
    QVERIFY(contents.contains("PASSWORD '***'"));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
