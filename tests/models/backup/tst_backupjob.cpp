#include "backupjobtest.h"
#include "connection/session.h"
#include "testwait.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <optional>
#include <unistd.h>

// Backups against the real cluster with the real pg_dump, pg_restore, psql, zstd and gzip: every format makes
// the round trip with every row intact; a backup is named only once verified; cancel, a failing stage, an
// existing file, a full disk and a server that goes away each leave nothing behind and say why; the password
// never shows in any process's command line or environment. The restore's refusals are in tst_restorejob.
class TestBackupJob : public BackupJobTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void chosenTablesBringTheirSequences();
    void cancelLeavesNothing_data();
    void cancelLeavesNothing();
    void failingStageIsAFailure();
    void existingFileIsKept();
    void fullDiskIsReported();
    void serverGoneIsReported();
    void passwordNeverOnACommandLine();
    void deepVerifyComparesRowCounts();
    void deepVerifySeesADifference();

private:
    // Holds an ACCESS EXCLUSIVE lock on users, so that pg_dump waits at its start; released by unlockUsers.
    void lockUsers();
    void unlockUsers();
    // True once the backup's pg_dump waits for the lock that lockUsers() holds.
    bool dumpIsWaiting();

    std::unique_ptr<Session> m_locker;
    std::unique_ptr<Session> m_watcher;
};

void TestBackupJob::initTestCase()
{
    startFixture();
}

void TestBackupJob::lockUsers()
{
    m_locker = std::make_unique<Session>(m_fixture.profile(), m_password, QStringLiteral("locker"));
    QVERIFY(TestWait::open(*m_locker));
    QVERIFY(TestWait::result(m_locker->run(QStringLiteral("BEGIN"))).ok());
    QVERIFY(TestWait::result(m_locker->run(QStringLiteral("LOCK TABLE public.users IN ACCESS EXCLUSIVE MODE"))).ok());
}

void TestBackupJob::unlockUsers()
{
    if (m_locker)
        TestWait::result(m_locker->run(QStringLiteral("ROLLBACK")));
    m_locker.reset();
}

bool TestBackupJob::dumpIsWaiting()
{
    // Asked from its own session: the locker's open transaction would see one frozen snapshot of the statistics.
    if (!m_watcher) {
        m_watcher = std::make_unique<Session>(m_fixture.profile(), QString(), QStringLiteral("watcher"));
        if (!TestWait::open(*m_watcher))
            return false;
    }
    return TestWait::result(m_watcher->run(QStringLiteral(
                                "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'saytruth-backup-%' "
                                "AND wait_event_type = 'Lock'")))
               .value(0, 0)
               .toInt()
        == 1;
}

void TestBackupJob::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("custom (zstd)") << int(BackupFormat::Custom) << "rt.dump.zst";
    QTest::newRow("directory") << int(BackupFormat::Directory) << "rt.dir";
    QTest::newRow("tar") << int(BackupFormat::Tar) << "rt.tar";
    QTest::newRow("plain") << int(BackupFormat::Plain) << "rt.sql";
    QTest::newRow("plain gzip") << int(BackupFormat::PlainGzip) << "rt.sql.gz";
}

void TestBackupJob::roundTrip()
{
    QFETCH(int, format);
    QFETCH(QString, name);
    BackupOptions chosen = options(BackupFormat(format), name);
    chosen.noOwner = true;
    BackupJob job(m_fixture.profile(), m_password, chosen);
    QList<DumpProgress> progress;
    connect(&job, &BackupJob::progressChanged, &job, [&](const DumpProgress &p) { progress << p; });
    const std::optional<BackupResult> result = backup(job);
    QVERIFY(result);
    QVERIFY2(result->outcome == BackupResult::Outcome::Verified, qPrintable(result->error.toString()));
    QCOMPARE(result->file, chosen.filePath);
    QVERIFY(result->bytes > 0);
    QVERIFY(QFileInfo::exists(chosen.filePath));
    QVERIFY(!QFileInfo::exists(chosen.filePath + QStringLiteral(".partial")));
    QVERIFY(job.tool().reason.contains(QStringLiteral("pg_dump")));

    // The format is read back from the content.
    const DumpFileInfo info = DumpFile::inspect(chosen.filePath);
    const DumpFormat expected[]
        = {DumpFormat::Custom, DumpFormat::Directory, DumpFormat::Tar, DumpFormat::Plain, DumpFormat::Plain};
    QCOMPARE(info.format, expected[format]);

    const QString target = QStringLiteral("restored_%1").arg(format);
    RestoreOptions how;
    how.path = chosen.filePath;
    how.createDatabase = true;
    how.noOwner = true;
    how.jobs = 2;
    RestoreJob restoring(profileFor(target), m_password, how);
    const std::optional<RestoreResult> restored = restore(restoring);
    QVERIFY(restored);
    QVERIFY2(restored->outcome == RestoreResult::Outcome::Restored, qPrintable(restored->error.toString()));
    // The check measured every table the file holds, whatever its format: the rows the source has, and bytes.
    QStringList measured;
    for (const DumpTable &table : restoring.facts().tables) {
        measured << QStringLiteral("%1=%2").arg(table.name).arg(table.rows);
        QVERIFY2(table.bytes > table.rows, qPrintable(table.name));
    }
    measured.sort();
    QStringList counted;
    for (const QString &sum : checksums(m_fixture.profile().database).mid(0, 4))
        counted << QStringLiteral("public.") + sum.section(QLatin1Char(':'), 0, 0);
    counted.sort();
    QCOMPARE(measured, counted);
    // A compressed custom archive is unpacked beside it for a parallel restore, and the copy is gone afterwards.
    if (BackupFormat(format) == BackupFormat::Custom)
        QVERIFY2(
            restoring.facts().notes.join(QLatin1Char(' ')).contains(QStringLiteral("2 jobs can restore in parallel")),
            qPrintable(restoring.facts().notes.join(QLatin1Char(' '))));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".saytruth-restore-*")}, QDir::AllEntries | QDir::Hidden),
        QStringList());
    QCOMPARE(checksums(target), checksums(m_fixture.profile().database));
}

void TestBackupJob::chosenTablesBringTheirSequences()
{
    BackupOptions chosen = options(BackupFormat::Plain, QStringLiteral("users.sql"));
    chosen.tables = {QStringLiteral("public.users")};
    BackupJob job(m_fixture.profile(), m_password, chosen);
    const std::optional<BackupResult> result = backup(job);
    QVERIFY(result && result->outcome == BackupResult::Outcome::Verified);
    QFile file(chosen.filePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray sql = file.readAll();
    QVERIFY(sql.contains("CREATE TABLE public.users"));
    QVERIFY(sql.contains("CREATE SEQUENCE public.users_id_seq"));
    QVERIFY(sql.contains("setval('public.users_id_seq'"));
    QVERIFY(!sql.contains("CREATE TABLE public.messages"));
    file.remove();
}

void TestBackupJob::cancelLeavesNothing_data()
{
    QTest::addColumn<QString>("when");
    QTest::newRow("while preparing") << "prepare";
    QTest::newRow("as it starts") << "run";
    QTest::newRow("while pg_dump waits") << "waiting";
    QTest::newRow("while verifying") << "verify";
}

void TestBackupJob::cancelLeavesNothing()
{
    QFETCH(QString, when);
    const QStringList before = leftovers();
    BackupOptions chosen = options(BackupFormat::Custom, QStringLiteral("cancelled.dump.zst"));
    BackupJob job(m_fixture.profile(), m_password, chosen);
    std::optional<BackupResult> result;
    connect(&job, &BackupJob::finished, &job, [&](const BackupResult &done) { result = done; });
    if (when == QLatin1String("waiting"))
        lockUsers();
    const auto unlock = qScopeGuard([this] { unlockUsers(); });
    connect(&job, &BackupJob::prepared, &job, [&] {
        job.run();
        if (when == QLatin1String("run"))
            job.cancel();
    });
    connect(&job, &BackupJob::logLine, &job, [&](const QString &line) {
        if (when == QLatin1String("verify") && line.startsWith(QStringLiteral("Verifying")))
            job.cancel();
    });
    job.prepare();
    if (when == QLatin1String("prepare"))
        job.cancel();
    if (when == QLatin1String("waiting")) {
        QTRY_VERIFY_WITH_TIMEOUT(dumpIsWaiting(), 60000);
        job.cancel();
    }
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QCOMPARE(int(result->outcome), int(BackupResult::Outcome::Cancelled));
    QCOMPARE(leftovers(), before);
    // A cancelled job stays ended: a late run() (the other half of prepare() answering, or a caller) starts nothing.
    job.run();
    QVERIFY(!job.isRunning());
    QVERIFY(!QFileInfo::exists(chosen.filePath + QStringLiteral(".partial")));
    QCOMPARE(leftovers(), before);
}

void TestBackupJob::failingStageIsAFailure()
{
    // A last stage that fails after reading everything: pg_dump succeeds, the pipe's last stage does not. In a
    // shell pipe without pipefail this reads as success the other way round; here each stage counts.
    QTemporaryDir fakes;
    std::optional<BackupResult> result;
    const QStringList before = leftovers();
    {
        const auto fake = fakeStudio(
            fakes, "cat > /dev/null\necho 'saytruth-studio pack-archive: error: simulated write failure' >&2\nexit 1\n");
        BackupJob job(m_fixture.profile(), m_password, options(BackupFormat::Custom, QStringLiteral("failing.dump.zst")));
        result = backup(job);
    }
    QVERIFY(result);
    QCOMPARE(int(result->outcome), int(BackupResult::Outcome::Failed));
    QVERIFY2(result->error.why.contains(QStringLiteral("saytruth-studio exited with status 1")),
        qPrintable(result->error.toString()));
    QVERIFY(result->error.why.contains(QStringLiteral("simulated write failure")));
    QCOMPARE(leftovers(), before);
}

void TestBackupJob::existingFileIsKept()
{
    const QString name = m_dir.filePath(QStringLiteral("existing.sql"));
    QFile existing(name);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    BackupJob job(m_fixture.profile(), m_password, options(BackupFormat::Plain, QStringLiteral("existing.sql")));
    const std::optional<BackupResult> result = backup(job);
    QVERIFY(result);
    QCOMPARE(int(result->outcome), int(BackupResult::Outcome::Failed));
    QVERIFY(result->error.why.contains(QStringLiteral("exists already")));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));
    existing.close();

    BackupJob replacing(m_fixture.profile(), m_password, options(BackupFormat::Plain, QStringLiteral("existing.sql")));
    replacing.setOverwrite(true);
    const std::optional<BackupResult> replaced = backup(replacing);
    QVERIFY(replaced && replaced->outcome == BackupResult::Outcome::Verified);
    QVERIFY(QFileInfo(name).size() > 1000);
    QFile::remove(name);
}

void TestBackupJob::fullDiskIsReported()
{
    if (::geteuid() != 0)
        QSKIP("Mounting a small file system needs root (CI runs as root).");
    QTemporaryDir mountPoint;
    QProcess mount;
    mount.start(QStringLiteral("mount"),
        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
            QStringLiteral("tmpfs"), mountPoint.path()});
    QVERIFY(mount.waitForFinished(10000));
    if (mount.exitCode() != 0)
        QSKIP(qPrintable(
            QStringLiteral("mount -t tmpfs failed: %1").arg(QString::fromLocal8Bit(mount.readAllStandardError()))));
    const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint.path()}); });
    for (BackupFormat format : {BackupFormat::Plain, BackupFormat::PlainGzip, BackupFormat::Custom}) {
        BackupOptions chosen;
        chosen.format = format;
        chosen.compressLevel = format == BackupFormat::Plain ? -1 : 1;
        chosen.filePath = QDir(mountPoint.path()).filePath(QStringLiteral("full.") + BackupCommand::suffix(format));
        BackupJob job(m_fixture.profile(), m_password, chosen);
        const std::optional<BackupResult> result = backup(job);
        QVERIFY(result);
        QCOMPARE(int(result->outcome), int(BackupResult::Outcome::Failed));
        QVERIFY2(result->error.why.contains(QStringLiteral("is full")), qPrintable(result->error.toString()));
        QCOMPARE(QDir(mountPoint.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }
}

void TestBackupJob::serverGoneIsReported()
{
    lockUsers();
    const auto unlock = qScopeGuard([this] { unlockUsers(); });
    const QStringList before = leftovers();
    BackupJob job(m_fixture.profile(), m_password, options(BackupFormat::Custom, QStringLiteral("gone.dump.zst")));
    std::optional<BackupResult> result;
    connect(&job, &BackupJob::prepared, &job, &BackupJob::run);
    connect(&job, &BackupJob::finished, &job, [&](const BackupResult &done) { result = done; });
    job.prepare();
    // pg_dump waits for its lock on users: end its backend from the server side.
    QTRY_VERIFY_WITH_TIMEOUT(dumpIsWaiting(), 60000);
    const PgResult killed = TestWait::result(m_watcher->run(QStringLiteral(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE 'saytruth-backup-%' "
        "AND wait_event_type = 'Lock'")));
    QVERIFY2(killed.ok(), qPrintable(killed.error.toString()));
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    unlockUsers();
    QCOMPARE(int(result->outcome), int(BackupResult::Outcome::Failed));
    QVERIFY2(result->error.why.contains(QStringLiteral("pg_dump")), qPrintable(result->error.toString()));
    QVERIFY2(result->error.why.contains(QStringLiteral("terminat"), Qt::CaseInsensitive)
            || result->error.why.contains(QStringLiteral("closed the connection")),
        qPrintable(result->error.toString()));
    QCOMPARE(leftovers(), before);
}

void TestBackupJob::passwordNeverOnACommandLine()
{
    const QString canary = QStringLiteral("Canary-%1-backup").arg(QCoreApplication::applicationPid());
    Error error;
    QVERIFY2(m_fixture.cluster().setPassword(m_fixture.profile().user, canary, &error), qPrintable(error.toString()));
    const ConnectionProfile tcp = m_fixture.cluster().tcpProfile();
    m_password = canary;
    lockUsers();
    const auto unlock = qScopeGuard([this] { unlockUsers(); });
    BackupJob job(tcp, canary, options(BackupFormat::PlainGzip, QStringLiteral("canary.sql.gz")));
    std::optional<BackupResult> result;
    connect(&job, &BackupJob::prepared, &job, &BackupJob::run);
    connect(&job, &BackupJob::finished, &job, [&](const BackupResult &done) { result = done; });
    job.prepare();
    QTRY_VERIFY_WITH_TIMEOUT(dumpIsWaiting(), 60000);
    // Every process on the machine: its command line and its environment.
    int looked = 0;
    QStringList leaks;
    const QByteArray needle = canary.toUtf8();
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        if (!pid.front().isDigit())
            continue;
        for (const char *part : {"cmdline", "environ"}) {
            QFile file(QStringLiteral("/proc/%1/%2").arg(pid, QLatin1String(part)));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++looked;
            if (file.readAll().contains(needle))
                leaks << pid + QLatin1Char('/') + QLatin1String(part);
        }
    }
    unlockUsers();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY(looked > 4);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    // pg_dump did get the password: over TCP the server asks for it, and the backup is complete.
    QVERIFY2(result->outcome == BackupResult::Outcome::Verified, qPrintable(result->error.toString()));
    QVERIFY(!BackupCommand::shellScript(job.plan()).contains(canary));
    QFile::remove(result->file);
}

void TestBackupJob::deepVerifyComparesRowCounts()
{
    ConnectionProfile dba = m_fixture.profile();
    dba.user = m_superuser; // the scratch database must be created
    BackupJob job(dba, {}, options(BackupFormat::Custom, QStringLiteral("deep.dump.zst")));
    job.setDeepVerify(true);
    QStringList log;
    connect(&job, &BackupJob::logLine, &job, [&](const QString &line) { log << line; });
    const std::optional<BackupResult> result = backup(job);
    QVERIFY(result);
    QVERIFY2(result->outcome == BackupResult::Outcome::Verified, qPrintable(result->error.toString()));
    QVERIFY2(log.contains(QStringLiteral("Deep check: every table's row count matches")),
        qPrintable(log.join(QLatin1Char('\n'))));
    // The scratch database is gone again.
    Session check(m_fixture.profile(), {}, QStringLiteral("test"));
    QVERIFY(TestWait::open(check));
    QCOMPARE(TestWait::result(check.run(QStringLiteral(
                                  "SELECT count(*) FROM pg_database WHERE datname LIKE 'saytruth\\_verify\\_%'")))
                 .value(0, 0)
                 .toInt(),
        0);
    QFile::remove(result->file);
}

void TestBackupJob::deepVerifySeesADifference()
{
    ConnectionProfile dba = m_fixture.profile();
    dba.user = m_superuser;
    BackupJob job(dba, {}, options(BackupFormat::Plain, QStringLiteral("moved.sql")));
    job.setDeepVerify(true);
    Session writer(m_fixture.profile(), {}, QStringLiteral("writer"));
    QVERIFY(TestWait::open(writer));
    // Rows written after pg_dump's snapshot: the source's count moves on, the backup's does not.
    connect(&job, &BackupJob::logLine, &job, [&](const QString &line) {
        if (line.startsWith(QStringLiteral("Deep check: restoring")))
            QVERIFY(TestWait::result(
                writer.run(QStringLiteral(
                    "DELETE FROM public.follows WHERE follower_id = (SELECT min(follower_id) FROM public.follows)")))
                        .ok());
    });
    const std::optional<BackupResult> result = backup(job);
    QVERIFY(result);
    QCOMPARE(int(result->outcome), int(BackupResult::Outcome::Failed));
    QVERIFY2(result->error.detail.contains(QStringLiteral("public.follows")), qPrintable(result->error.toString()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("moved.sql"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("moved.sql.partial"))));
}

QTEST_GUILESS_MAIN(TestBackupJob)
#include "tst_backupjob.moc"
