#include "backup/archivepacker.h"
#include "backup/backupjob.h"
#include "backup/restorejob.h"
#include "connection/session.h"
#include "testcluster.h"
#include "testwait.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <optional>

// The default backup through the real pg_dump and the built saytruth-studio's pack-archive stage: the archive
// it writes has its rows joined into large chunks, stock tools read it (zstd -dc | pg_restore), and
// it restores every row and a large object as they were.
class TestPackedBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultBackupIsPackedAndRestores();

private:
    ConnectionProfile profileFor(const QString &database) const;
    QString scalar(const QString &database, const QString &sql);

    TestCluster m_fixture;
    QTemporaryDir m_dir;
    QString m_superuser;
};

void TestPackedBackup::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(ArchivePacker::program()).isExecutable(),
        "SAYTRUTH_STUDIO_PROGRAM names the built saytruth-studio (tests/CMakeLists.txt)");
    m_superuser = scalar(m_fixture.profile().database, QStringLiteral("SELECT rolname FROM pg_roles WHERE oid = 10"));
    QVERIFY(!m_superuser.isEmpty());
    Error error;
    QVERIFY2(m_fixture.cluster().execute(
                 QStringLiteral("CREATE DATABASE packed_source"), &error, QStringLiteral("postgres")),
        qPrintable(error.toString()));
    // 20,000 short rows (pg_dump: a chunk each) and a 64 kB large object (pg_dump: four 16 kB chunks).
    QVERIFY2(m_fixture.cluster().execute(
                 QStringLiteral("CREATE TABLE notes (id int PRIMARY KEY, body text);"
                                "INSERT INTO notes SELECT i, repeat(md5(i::text), 1 + i % 5) "
                                "FROM generate_series(1, 20000) i;"
                                "SELECT lo_from_bytea(424242, decode(repeat(md5('x'), 4096), 'hex'));"),
                 &error, QStringLiteral("packed_source")),
        qPrintable(error.toString()));
}

ConnectionProfile TestPackedBackup::profileFor(const QString &database) const
{
    ConnectionProfile profile = m_fixture.profile();
    profile.database = database;
    if (!m_superuser.isEmpty())
        profile.user = m_superuser;
    return profile;
}

QString TestPackedBackup::scalar(const QString &database, const QString &sql)
{
    Session session(profileFor(database), {}, QStringLiteral("test"));
    if (!TestWait::open(session))
        return {};
    const PgResult result = TestWait::result(session.run(sql));
    return result.ok() ? result.value(0, 0).toString() : result.error.toString();
}

void TestPackedBackup::defaultBackupIsPackedAndRestores()
{
    BackupOptions options;
    options.filePath = m_dir.filePath(QStringLiteral("packed.dump.zst"));
    BackupJob job(profileFor(QStringLiteral("packed_source")), {}, options);
    std::optional<BackupResult> result;
    connect(&job, &BackupJob::prepared, &job, &BackupJob::run);
    connect(&job, &BackupJob::finished, &job, [&](const BackupResult &done) { result = done; });
    job.prepare();
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 120000));
    QVERIFY2(result->outcome == BackupResult::Outcome::Verified, qPrintable(result->error.toString()));
    QCOMPARE(job.plan().stages.size(), 2);
    QCOMPARE(job.plan().stages[1].program, ArchivePacker::program());
    QCOMPARE(job.plan().stages[1].arguments.value(0), QStringLiteral("pack-archive"));
    QCOMPARE(job.plan().stages[1].arguments.value(1), QStringLiteral("--zstd=1"));

    // A zstd file with its checksum, as the zstd program writes it.
    QProcess test;
    test.start(QStringLiteral("zstd"), {QStringLiteral("-lv"), options.filePath});
    QVERIFY(test.waitForFinished(60000));
    QCOMPARE(test.exitCode(), 0);
    QVERIFY(test.readAllStandardOutput().contains("XXH64"));

    // Unpacked by zstd alone, the archive has a few large chunks where pg_dump wrote one per row and per 16 kB
    // of the large object, and packing it again changes nothing.
    QProcess zstd;
    zstd.start(QStringLiteral("zstd"), {QStringLiteral("-dc"), options.filePath});
    QVERIFY(zstd.waitForFinished(60000));
    QCOMPARE(zstd.exitCode(), 0);
    const QByteArray archive = zstd.readAllStandardOutput();
    QVERIFY(archive.startsWith("PGDMP"));
    ArchivePacker again;
    QByteArray repacked;
    again.feed(archive.constData(), archive.size(), &repacked);
    QVERIFY(again.isPacking());
    again.finish(&repacked);
    QVERIFY(repacked == archive);
    QVERIFY2(again.chunksRead() <= 4, qPrintable(QString::number(again.chunksRead()))); // rows, object
    QCOMPARE(again.chunksWritten(), again.chunksRead());

    // Stock pg_restore reads all of it, as the README promises: zstd -dc FILE | pg_restore.
    QProcess listing;
    listing.setStandardInputFile(options.filePath + QStringLiteral(".unpacked"));
    {
        QFile unpacked(options.filePath + QStringLiteral(".unpacked"));
        QVERIFY(unpacked.open(QIODevice::WriteOnly));
        QCOMPARE(unpacked.write(archive), archive.size());
    }
    listing.start(
        QFileInfo(job.tool().program).dir().filePath(QStringLiteral("pg_restore")), {QStringLiteral("--file=-")});
    QVERIFY(listing.waitForFinished(60000));
    QCOMPARE(listing.exitCode(), 0);
    const QByteArray script = listing.readAllStandardOutput();
    QVERIFY(script.contains("COPY public.notes (id, body) FROM stdin;\n1\t"));
    QVERIFY(script.contains("20000\t"));
    QVERIFY(script.contains("SELECT pg_catalog.lo_open('424242'"));

    // And the app restores it, every row and the large object as they were.
    RestoreOptions how;
    how.path = options.filePath;
    how.createDatabase = true;
    how.jobs = 2;
    RestoreJob restoring(profileFor(QStringLiteral("packed_restored")), {}, how);
    std::optional<RestoreResult> restored;
    connect(&restoring, &RestoreJob::prepared, &restoring, &RestoreJob::run);
    connect(&restoring, &RestoreJob::finished, &restoring, [&](const RestoreResult &done) { restored = done; });
    restoring.prepare();
    QVERIFY(QTest::qWaitFor([&] { return restored.has_value(); }, 120000));
    QVERIFY2(restored->outcome == RestoreResult::Outcome::Restored, qPrintable(restored->error.toString()));
    const QString rows = QStringLiteral("SELECT count(*) || ':' || md5(string_agg(body, '|' ORDER BY id)) FROM notes");
    const QString object = QStringLiteral("SELECT md5(lo_get(424242))");
    QCOMPARE(scalar(QStringLiteral("packed_restored"), rows), scalar(QStringLiteral("packed_source"), rows));
    QCOMPARE(scalar(QStringLiteral("packed_restored"), object), scalar(QStringLiteral("packed_source"), object));
    QVERIFY(scalar(QStringLiteral("packed_restored"), rows).startsWith(QStringLiteral("20000:")));
}

QTEST_GUILESS_MAIN(TestPackedBackup)
#include "tst_packedbackup.moc"
