#include "backup/backupjob.h"
#include "backup/restorejob.h"
#include "connection/session.h"
#include "testcluster.h"
#include "testwait.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <optional>
#include <unistd.h>

// Backups and restores against the real cluster with the real pg_dump, pg_restore, psql, zstd and gzip:
// every format makes the round trip with every row intact; a backup is named only once verified; cancel,
// a failing stage, an existing file, a full disk and a server that goes away each leave nothing behind and
// say why; the password never shows in any process's command line or environment; a damaged or hostile
// file is refused before the database is touched.
class TestBackupJob : public QObject
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
    void failingSizesStageStillRestores();
    void existingFileIsKept();
    void fullDiskIsReported();
    void serverGoneIsReported();
    void passwordNeverOnACommandLine();
    void truncatedFileIsRefused_data();
    void truncatedFileIsRefused();
    void hostilePlainFileIsRefused();
    void restoreErrorNamesTheObject();
    void missingDatabaseNeedsCreate();
    void tooOldToolsStopBeforeStarting();
    void deepVerifyComparesRowCounts();
    void deepVerifySeesADifference();

private:
    std::optional<BackupResult> backup(BackupJob &job, const std::function<void()> &whileRunning = {});
    std::optional<RestoreResult> restore(RestoreJob &job);
    BackupOptions options(BackupFormat format, const QString &name);
    QStringList checksums(const QString &database);
    QStringList leftovers() const;
    ConnectionProfile profileFor(const QString &database) const;
    // Holds an ACCESS EXCLUSIVE lock on users, so that pg_dump waits at its start; released by unlockUsers.
    void lockUsers();
    void unlockUsers();
    // True once the backup's pg_dump waits for the lock that lockUsers() holds.
    bool dumpIsWaiting();

    TestCluster m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_locker;
    std::unique_ptr<Session> m_watcher;
    QString m_password;
    QString m_superuser;
    int m_serverMajor = 0; // the fixture's PostgreSQL: 15 on Debian 12, 17 on Debian 13
};

void TestBackupJob::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    QVERIFY(m_dir.isValid());
    // Restores create databases and the dump holds an extension: they run as the cluster's superuser, as a
    // DBA would restore. (The local socket trusts every role; the superuser is whoever ran initdb.)
    Session session(m_fixture.profile(), {}, QStringLiteral("test"));
    QVERIFY(TestWait::open(session));
    m_superuser = TestWait::result(session.run(QStringLiteral("SELECT rolname FROM pg_roles WHERE oid = 10")))
                      .value(0, 0)
                      .toString();
    QVERIFY(!m_superuser.isEmpty());
    m_serverMajor = session.serverInfo().versionNumber / 10000;
    QVERIFY(m_serverMajor > 13); // tooOldToolsStopBeforeStarting fakes PostgreSQL 13's tools
}

ConnectionProfile TestBackupJob::profileFor(const QString &database) const
{
    ConnectionProfile profile = m_fixture.profile();
    if (database != profile.database)
        profile.user = m_superuser;
    profile.database = database;
    return profile;
}

BackupOptions TestBackupJob::options(BackupFormat format, const QString &name)
{
    BackupOptions options;
    options.format = format;
    options.filePath = m_dir.filePath(name);
    return options;
}

std::optional<BackupResult> TestBackupJob::backup(BackupJob &job, const std::function<void()> &whileRunning)
{
    std::optional<BackupResult> result;
    connect(&job, &BackupJob::prepared, &job, [&] {
        job.run();
        if (whileRunning)
            whileRunning();
    });
    connect(&job, &BackupJob::finished, &job, [&](const BackupResult &done) { result = done; });
    job.prepare();
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
        qWarning("the backup did not finish");
    return result;
}

std::optional<RestoreResult> TestBackupJob::restore(RestoreJob &job)
{
    std::optional<RestoreResult> result;
    connect(&job, &RestoreJob::prepared, &job, &RestoreJob::run);
    connect(&job, &RestoreJob::finished, &job, [&](const RestoreResult &done) { result = done; });
    job.prepare();
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
        qWarning("the restore did not finish");
    return result;
}

QStringList TestBackupJob::checksums(const QString &database)
{
    Session session(profileFor(database), m_password, QStringLiteral("test"));
    if (!TestWait::open(session))
        return {};
    QStringList sums;
    for (const char *table : {"users", "messages", "links", "follows"}) {
        const PgResult result = TestWait::result(
            session.run(QStringLiteral("SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY "
                                       "t::text)), '') FROM public.%1 t")
                            .arg(QLatin1String(table))));
        sums << QLatin1String(table) + QLatin1Char('=')
                + (result.ok() ? result.rows.value(0).value(0).toString() : result.error.toString());
    }
    const PgResult sequence
        = TestWait::result(session.run(QStringLiteral("SELECT last_value::text FROM public.users_id_seq")));
    sums << QStringLiteral("users_id_seq=")
            + (sequence.ok() ? sequence.rows.value(0).value(0).toString() : sequence.error.toString());
    return sums;
}

QStringList TestBackupJob::leftovers() const
{
    QStringList names;
    QDirIterator files(m_dir.path(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    while (files.hasNext())
        names << QFileInfo(files.next()).fileName();
    return names;
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
    QFile fake(fakes.filePath(QStringLiteral("saytruth-studio")));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("#!/bin/sh\ncat > /dev/null\necho 'saytruth-studio pack-archive: error: simulated write failure' >&2\n"
               "exit 1\n");
    fake.close();
    fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray program = qgetenv("SAYTRUTH_STUDIO_PROGRAM");
    qputenv("SAYTRUTH_STUDIO_PROGRAM", fake.fileName().toLocal8Bit());
    const QStringList before = leftovers();
    BackupJob job(m_fixture.profile(), m_password, options(BackupFormat::Custom, QStringLiteral("failing.dump.zst")));
    const std::optional<BackupResult> result = backup(job);
    qputenv("SAYTRUTH_STUDIO_PROGRAM", program);
    QVERIFY(result);
    QCOMPARE(int(result->outcome), int(BackupResult::Outcome::Failed));
    QVERIFY2(result->error.why.contains(QStringLiteral("saytruth-studio exited with status 1")),
        qPrintable(result->error.toString()));
    QVERIFY(result->error.why.contains(QStringLiteral("simulated write failure")));
    QCOMPARE(leftovers(), before);
}

void TestBackupJob::failingSizesStageStillRestores()
{
    // The check's copy-sizes stage only measures: when it fails after reading everything, the file was still
    // read completely by pg_restore, and the restore goes on without sizes, saying so.
    BackupJob job(m_fixture.profile(), m_password, options(BackupFormat::Tar, QStringLiteral("sizes.tar")));
    const std::optional<BackupResult> backedUp = backup(job);
    QVERIFY(backedUp && backedUp->outcome == BackupResult::Outcome::Verified);
    QTemporaryDir fakes;
    QFile fake(fakes.filePath(QStringLiteral("saytruth-studio")));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("#!/bin/sh\ncat > /dev/null\necho 'saytruth-studio copy-sizes: error: simulated' >&2\nexit 1\n");
    fake.close();
    fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray program = qgetenv("SAYTRUTH_STUDIO_PROGRAM");
    qputenv("SAYTRUTH_STUDIO_PROGRAM", fake.fileName().toLocal8Bit());
    RestoreOptions how;
    how.path = backedUp->file;
    how.createDatabase = true;
    how.noOwner = true;
    RestoreJob restoring(profileFor(QStringLiteral("restored_without_sizes")), m_password, how);
    QStringList log;
    connect(&restoring, &RestoreJob::logLine, &restoring, [&](const QString &line) { log << line; });
    const std::optional<RestoreResult> restored = restore(restoring);
    qputenv("SAYTRUTH_STUDIO_PROGRAM", program);
    QVERIFY(restored);
    QVERIFY2(restored->outcome == RestoreResult::Outcome::Restored, qPrintable(restored->error.toString()));
    QVERIFY2(log.join(QLatin1Char('\n')).contains(QStringLiteral("sizes could not be measured")),
        qPrintable(log.join(QLatin1Char('\n'))));
    QVERIFY2(log.join(QLatin1Char('\n')).contains(QStringLiteral("simulated")), qPrintable(log.join(QLatin1Char('\n'))));
    QCOMPARE(restoring.facts().tables.size(), 4);
    for (const DumpTable &table : restoring.facts().tables)
        QCOMPARE(table.rows, 0);
    QVERIFY(restoring.facts().dataSummary().isEmpty());
    QCOMPARE(checksums(QStringLiteral("restored_without_sizes")), checksums(m_fixture.profile().database));
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

void TestBackupJob::truncatedFileIsRefused_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("custom (zstd)") << int(BackupFormat::Custom) << "cut.dump.zst";
    QTest::newRow("tar") << int(BackupFormat::Tar) << "cut.tar";
    QTest::newRow("plain") << int(BackupFormat::Plain) << "cut.sql";
    QTest::newRow("plain gzip") << int(BackupFormat::PlainGzip) << "cut.sql.gz";
}

void TestBackupJob::truncatedFileIsRefused()
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

void TestBackupJob::hostilePlainFileIsRefused()
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

void TestBackupJob::restoreErrorNamesTheObject()
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

void TestBackupJob::missingDatabaseNeedsCreate()
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

void TestBackupJob::tooOldToolsStopBeforeStarting()
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
