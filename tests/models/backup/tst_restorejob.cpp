#include "backupjobtest.h"
#include "connection/session.h"
#include "testwait.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// Restores that must not happen, or must say why, against the real cluster with the real pg_restore, psql,
// zstd and gzip: a truncated or hostile file is refused before the database is touched, a restore error names
// the object, a missing database needs --create, tools too old for the server stop before starting, and a
// failing measurement of the tables' sizes does not stop a restore. Round trips are in tst_backupjob.
class TestRestoreJob : public BackupJobTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void truncatedFileIsRefused_data();
    void truncatedFileIsRefused();
    void hostilePlainFileIsRefused();
    void restoreErrorNamesTheObject();
    void missingDatabaseNeedsCreate();
    void tooOldToolsStopBeforeStarting();
    void failingSizesStageStillRestores();
};

void TestRestoreJob::initTestCase()
{
    startFixture();
}

void TestRestoreJob::truncatedFileIsRefused_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("custom (zstd)") << int(BackupFormat::Custom) << "cut.dump.zst";
    QTest::newRow("tar") << int(BackupFormat::Tar) << "cut.tar";
    QTest::newRow("plain") << int(BackupFormat::Plain) << "cut.sql";
    QTest::newRow("plain gzip") << int(BackupFormat::PlainGzip) << "cut.sql.gz";
}

void TestRestoreJob::truncatedFileIsRefused()
{
    QFETCH(int, format);
    QFETCH(QString, name);
    BackupJob job(m_fixture.profile(), m_password, options(BackupFormat(format), name));
    const std::optional<BackupResult> made = backup(job);
    QVERIFY(made && made->outcome == BackupResult::Outcome::Verified);
    QFile file(made->file);
    QVERIFY(file.resize(made->bytes * 2 / 3));

    const QString target = QStringLiteral("cut_%1").arg(format);
    RestoreOptions how;
    how.path = made->file;
    how.createDatabase = true;
    RestoreJob restoring(profileFor(target), m_password, how);
    const std::optional<RestoreResult> restored = restore(restoring);
    QVERIFY(restored);
    QCOMPARE(int(restored->outcome), int(RestoreResult::Outcome::Failed));
    QVERIFY2(restored->error.why.contains(QStringLiteral("cut short"))
            || restored->error.why.contains(QStringLiteral("incomplete"))
            || restored->error.why.contains(QStringLiteral("damaged")),
        qPrintable(restored->error.toString()));
    // Refused before anything happened: the database was not even created.
    Session check(profileFor(target), m_password, QStringLiteral("test"));
    QVERIFY(!TestWait::open(check));
    file.remove();
}

void TestRestoreJob::hostilePlainFileIsRefused()
{
    const QString marker = m_dir.filePath(QStringLiteral("pwned"));
    const QString path = m_dir.filePath(QStringLiteral("hostile.sql"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("--\n-- PostgreSQL database dump\n--\n\nCREATE TABLE harmless (id int);\n");
    file.write(QStringLiteral("\\! touch %1\n").arg(marker).toUtf8());
    file.write("\n--\n-- PostgreSQL database dump complete\n--\n\n");
    file.close();
    RestoreOptions how;
    how.path = path;
    RestoreJob restoring(m_fixture.profile(), m_password, how);
    const std::optional<RestoreResult> restored = restore(restoring);
    QVERIFY(restored);
    QCOMPARE(int(restored->outcome), int(RestoreResult::Outcome::Failed));
    QVERIFY2(restored->error.detail.contains(QStringLiteral("Line 6")), qPrintable(restored->error.toString()));
    QVERIFY(restored->error.detail.contains(QStringLiteral("shell")));
    QVERIFY(!QFileInfo::exists(marker));
    Session check(m_fixture.profile(), m_password, QStringLiteral("test"));
    QVERIFY(TestWait::open(check));
    const PgResult table = TestWait::result(check.run(QStringLiteral("SELECT to_regclass('public.harmless')::text")));
    QVERIFY2(table.ok(), qPrintable(table.error.toString()));
    QVERIFY(table.value(0, 0).isNull());
    file.remove();
}

void TestRestoreJob::restoreErrorNamesTheObject()
{
    BackupOptions chosen = options(BackupFormat::Custom, QStringLiteral("twice.dump.zst"));
    chosen.content = BackupOptions::Content::SchemaOnly;
    BackupJob job(m_fixture.profile(), m_password, chosen);
    const std::optional<BackupResult> made = backup(job);
    QVERIFY(made && made->outcome == BackupResult::Outcome::Verified);
    // Into the source database itself, without clean, as the superuser (who may comment on the extension):
    // the first table already exists.
    RestoreOptions how;
    how.path = made->file;
    ConnectionProfile source = m_fixture.profile();
    source.user = m_superuser;
    RestoreJob restoring(source, {}, how);
    bool warnedNonEmpty = false;
    connect(
        &restoring, &RestoreJob::prepared, &restoring, [&] { warnedNonEmpty = restoring.facts().databaseHasTables; });
    const std::optional<RestoreResult> restored = restore(restoring);
    QVERIFY(restored);
    QVERIFY(warnedNonEmpty);
    QCOMPARE(int(restored->outcome), int(RestoreResult::Outcome::Failed));
    QVERIFY2(restored->error.detail.contains(QStringLiteral("already exists")), qPrintable(restored->error.toString()));
    QVERIFY2(restored->error.detail.contains(QStringLiteral("from TOC entry")), qPrintable(restored->error.toString()));
    QVERIFY2(restored->error.detail.contains(QStringLiteral("Command was:")), qPrintable(restored->error.toString()));
    QFile::remove(made->file);
}

void TestRestoreJob::missingDatabaseNeedsCreate()
{
    BackupJob job(m_fixture.profile(), m_password, options(BackupFormat::Plain, QStringLiteral("nocreate.sql")));
    const std::optional<BackupResult> made = backup(job);
    QVERIFY(made && made->outcome == BackupResult::Outcome::Verified);
    RestoreOptions how;
    how.path = made->file;
    RestoreJob restoring(profileFor(QStringLiteral("no_such_db")), m_password, how);
    const std::optional<RestoreResult> restored = restore(restoring);
    QVERIFY(restored);
    QCOMPARE(int(restored->outcome), int(RestoreResult::Outcome::Failed));
    QVERIFY2(restored->error.why.contains(QStringLiteral("does not exist")), qPrintable(restored->error.toString()));
    QFile::remove(made->file);
}

void TestRestoreJob::tooOldToolsStopBeforeStarting()
{
    // A machine whose only client tools are PostgreSQL 13's, against a newer server (15 on Debian 12, 17 on 13).
    QTemporaryDir fakes;
    for (const char *tool : {"pg_dump", "pg_restore", "psql"}) {
        QFile fake(fakes.filePath(QLatin1String(tool)));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write(QStringLiteral("#!/bin/sh\necho '%1 (PostgreSQL) 13.16'\n").arg(QLatin1String(tool)).toUtf8());
        fake.close();
        fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    qputenv("SAYTRUTH_PG_BIN_PATH", fakes.path().toLocal8Bit());
    const auto restoreEnvironment = qScopeGuard([] { qunsetenv("SAYTRUTH_PG_BIN_PATH"); });
    const QStringList before = leftovers();
    BackupJob job(m_fixture.profile(), m_password, options(BackupFormat::Custom, QStringLiteral("old.dump.zst")));
    bool prepared = false;
    connect(&job, &BackupJob::prepared, &job, [&] { prepared = true; });
    std::optional<BackupResult> result;
    connect(&job, &BackupJob::finished, &job, [&](const BackupResult &done) { result = done; });
    job.prepare();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY(!prepared);
    QCOMPARE(int(result->outcome), int(BackupResult::Outcome::Failed));
    // The package named is the one of the server's major version.
    QVERIFY2(result->error.why.contains(QStringLiteral("PostgreSQL %1").arg(m_serverMajor))
            && result->error.why.contains(QStringLiteral("postgresql-client-%1").arg(m_serverMajor)),
        qPrintable(result->error.toString()));
    QVERIFY(result->error.why.contains(QStringLiteral("13.16")));
    QCOMPARE(leftovers(), before);

    // Plain SQL on a machine with no psql at all: refused before anything runs, naming the package.
    qputenv("SAYTRUTH_PG_BIN_PATH", QByteArray("/nonexistent"));
    const QString plain = m_dir.filePath(QStringLiteral("tiny.sql"));
    QFile file(plain);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("--\n-- PostgreSQL database dump\n--\n\nCREATE TABLE never_made (id int);\n\n"
               "--\n-- PostgreSQL database dump complete\n--\n\n");
    file.close();
    RestoreOptions how;
    how.path = plain;
    RestoreJob restoring(m_fixture.profile(), m_password, how);
    const std::optional<RestoreResult> restored = restore(restoring);
    file.remove();
    QVERIFY(restored);
    QCOMPARE(int(restored->outcome), int(RestoreResult::Outcome::Failed));
    QVERIFY2(
        restored->error.why.contains(QStringLiteral("psql is not installed")), qPrintable(restored->error.toString()));
    QVERIFY2(restored->error.why.contains(QStringLiteral("postgresql-client-%1").arg(m_serverMajor)),
        qPrintable(restored->error.toString()));
}

void TestRestoreJob::failingSizesStageStillRestores()
{
    // The check's copy-sizes stage only measures: when it fails after reading everything, the file was still
    // read completely by pg_restore, and the restore goes on without sizes, saying so.
    BackupJob job(m_fixture.profile(), m_password, options(BackupFormat::Tar, QStringLiteral("sizes.tar")));
    const std::optional<BackupResult> backedUp = backup(job);
    QVERIFY(backedUp && backedUp->outcome == BackupResult::Outcome::Verified);
    QTemporaryDir fakes;
    const auto fake = fakeStudio(fakes, "cat > /dev/null\necho 'saytruth-studio copy-sizes: error: simulated' >&2\nexit 1\n");
    RestoreOptions how;
    how.path = backedUp->file;
    how.createDatabase = true;
    how.noOwner = true;
    RestoreJob restoring(profileFor(QStringLiteral("restored_without_sizes")), m_password, how);
    QStringList log;
    connect(&restoring, &RestoreJob::logLine, &restoring, [&](const QString &line) { log << line; });
    const std::optional<RestoreResult> restored = restore(restoring);
    QVERIFY(restored);
    QVERIFY2(restored->outcome == RestoreResult::Outcome::Restored, qPrintable(restored->error.toString()));
    const QString said = log.join(QLatin1Char('\n'));
    QVERIFY2(said.contains(QStringLiteral("sizes could not be measured")) && said.contains(QStringLiteral("simulated")),
        qPrintable(said));
    QCOMPARE(restoring.facts().tables.size(), 4);
    for (const DumpTable &table : restoring.facts().tables)
        QCOMPARE(table.rows, 0);
    QVERIFY(restoring.facts().dataSummary().isEmpty());
    QCOMPARE(checksums(QStringLiteral("restored_without_sizes")), checksums(m_fixture.profile().database));
}

QTEST_GUILESS_MAIN(TestRestoreJob)
#include "tst_restorejob.moc"
