// Backup and restore benchmark (issue 9, "Speed"): on a private cluster seeded at the given scale, in one run,
// the seed's own `pg_dump | gzip` and `gunzip -c | psql` against the engine's default BackupJob (custom format
// through zstd) and its RestoreJob, the same command lines run by hand (the engine's overhead), the directory
// format with two jobs, and the restore's floor: the GIN full-text index built alone on a restored copy.
// Prints times, sizes and ratios. Run by hand:
//   ./build-bench/tests/bench/bench_backup [scale] [--no-directory]
// scale 1 = 1,000 users and 20,000 messages; the default, 60, makes a database of about 300 MB, 160 about
// 820 MB (seeded in about 3 minutes on 2 cores, the whole run about 8 more), 200 about 1 GB.
#include "backup/archivepacker.h"
#include "backup/backupjob.h"
#include "backup/restorejob.h"
#include "connection/session.h"
#include "testcluster.h"
#include "testwait.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace {

constexpr int JobTimeoutMs = 3 * 60 * 60 * 1000;

double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

double ratio(double numerator, double denominator)
{
    return denominator > 0 ? numerator / denominator : 0.0;
}

// Runs script with /bin/bash -o pipefail, as a user would type it; its time in ms, or -1 when it failed.
qint64 runShell(const QString &script)
{
    QProcess bash;
    bash.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    bash.start(
        QStringLiteral("/bin/bash"), {QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"), script});
    if (!bash.waitForFinished(JobTimeoutMs) || bash.exitStatus() != QProcess::NormalExit || bash.exitCode() != 0) {
        std::fprintf(stderr, "failed (%d): %s\n", bash.exitCode(), qPrintable(script));
        return -1;
    }
    return timer.elapsed();
}

// The size of a file, or of every file in a folder (directory format).
qint64 pathBytes(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.size();
    qint64 total = 0;
    QDirIterator files(path, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        total += QFileInfo(files.next()).size();
    return total;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The one-minute load average: how busy the shared machine was while something was measured.
QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0) : QByteArray("?");
}

// CPU time the whole machine has spent busy since it started (every process: the server's backends, pg_dump,
// pg_restore, this one), in ms, from /proc/stat; -1 when unknown. The bench runs alone on the machine.
qint64 machineCpuMs()
{
    QFile file(QStringLiteral("/proc/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = file.readLine().simplified().split(' ');
    if (fields.size() < 9 || fields.first() != "cpu")
        return -1;
    qint64 ticks = 0;
    for (const int i : {1, 2, 3, 6, 7, 8}) // user, nice, system, irq, softirq, steal (not idle, not iowait)
        ticks += fields.at(i).toLongLong();
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
}

struct Timed
{
    qint64 prepareMs = 0; // prepare() until prepared()
    qint64 runMs = 0; // run() until finished()
    qint64 runCpuMs = 0; // the machine's CPU time over run()
};

// Drives a BackupJob or a RestoreJob: prepare() → prepared() → run() → finished(); the result when it succeeded.
template<typename Job, typename Result>
std::optional<Result> drive(Job &job, typename Result::Outcome success, Timed *timed)
{
    std::optional<Result> result;
    QElapsedTimer timer;
    qint64 cpuAtRun = 0;
    QObject::connect(&job, &Job::prepared, &job, [&] {
        timed->prepareMs = timer.restart();
        cpuAtRun = machineCpuMs();
        job.run();
    });
    QObject::connect(&job, &Job::finished, &job, [&](const Result &done) {
        timed->runMs = timer.elapsed();
        timed->runCpuMs = machineCpuMs() - cpuAtRun;
        result = done;
    });
    timer.start();
    job.prepare();
    if (!QTest::qWaitFor([&] { return result.has_value(); }, JobTimeoutMs) || result->outcome != success) {
        std::fprintf(stderr, "failed: %s\n", result ? qPrintable(result->error.toString()) : "no result in time");
        return std::nullopt;
    }
    return result;
}

std::optional<BackupResult> backup(BackupJob &job, Timed *timed)
{
    return drive<BackupJob, BackupResult>(job, BackupResult::Outcome::Verified, timed);
}

std::optional<RestoreResult> restore(RestoreJob &job, Timed *timed)
{
    return drive<RestoreJob, RestoreResult>(job, RestoreResult::Outcome::Restored, timed);
}

// One run of the whole comparison, on the fixture's cluster; every step prints what it measured.
class BackupBench
{
public:
    // Creates the cluster at scale and reads what the measurements need; the dumps go to folder.
    bool prepare(int scale, const QString &folder);
    bool measureBackups(bool directory);
    bool measureRestores(bool directory);
    void printSummary() const;

private:
    QString scalar(const QString &sql, const QString &database = QString::fromLatin1(LocalCluster::DatabaseName));
    ConnectionProfile superuserProfile(const QString &database) const;
    QString path(const QString &name) const { return m_folder + QLatin1Char('/') + name; }
    bool measureEngineAgainstHand();
    bool engineBackup(const BackupOptions &options, const QString &name, BackupResult *result, Timed *timed);
    bool restoreWithEngine(const QString &file, const QString &database, int jobs, Timed *timed);
    bool measureFloor(const QString &database);
    bool settle(const QString &database);

    static constexpr int Rounds = 3;
    TestCluster m_fixture;
    QString m_folder;
    QString m_superuser;
    QString m_pgDump; // the engine's choice
    QString m_binDir; // of the chosen pg_dump: the seed's commands run the very same binaries
    qint64 m_databaseBytes = 0;
    QList<BackupFormat> m_shown; // formats whose command lines were printed

    qint64 m_seedBackupMs = 0, m_seedBackupBytes = 0;
    BackupResult m_engine;
    Timed m_engineTimed;
    qint64 m_handMs = 0, m_handBytes = 0;
    BackupResult m_directory;
    Timed m_directoryTimed;
    qint64 m_seedRestoreMs = 0;
    Timed m_engineRestore, m_directoryRestore;
    qint64 m_floorMs = 0;
    qint64 m_floorCpuMs = 0;
};

QString BackupBench::scalar(const QString &sql, const QString &database)
{
    Session session(superuserProfile(database), {}, QStringLiteral("bench"));
    if (!TestWait::open(session))
        return {};
    const PgResult result = TestWait::result(session.run(sql), JobTimeoutMs);
    if (!result.ok())
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(result.error.toString()));
    return result.value(0, 0).toString();
}

ConnectionProfile BackupBench::superuserProfile(const QString &database) const
{
    ConnectionProfile profile = m_fixture.profile();
    if (!m_superuser.isEmpty())
        profile.user = m_superuser;
    profile.database = database;
    return profile;
}

// A freshly loaded cluster gets vacuumed by autovacuum, and dirty buffers get written by checkpoints: both
// done now, so that neither runs in the middle of a measurement.
bool BackupBench::settle(const QString &database)
{
    Error error;
    const bool ok = m_fixture.cluster().execute(QStringLiteral("VACUUM ANALYZE"), &error, database)
        && m_fixture.cluster().execute(QStringLiteral("CHECKPOINT"), &error, database);
    if (!ok)
        std::fprintf(stderr, "settling %s: %s\n", qPrintable(database), qPrintable(error.toString()));
    return ok;
}

bool BackupBench::prepare(int scale, const QString &folder)
{
    m_folder = folder;
    m_fixture.cluster().setSampleScale(scale);
    QElapsedTimer seeding;
    seeding.start();
    if (!m_fixture.start())
        return false;
    std::printf(
        "cluster at scale %d (%lld messages) seeded in %.0f s\n", scale, 20000LL * scale, seconds(seeding.elapsed()));
    // The dump holds an extension: restores run as the cluster's bootstrap superuser, as a DBA would restore.
    m_superuser = scalar(QStringLiteral("SELECT rolname FROM pg_roles WHERE oid = 10"));
    if (m_superuser.isEmpty() || !settle(QString::fromLatin1(LocalCluster::DatabaseName)))
        return false;
    m_databaseBytes = scalar(QStringLiteral("SELECT pg_database_size(current_database())")).toLongLong();
    std::printf("database %s: %.0f MB, %s messages; maintenance_work_mem %s; superuser %s\n",
        LocalCluster::DatabaseName, m_databaseBytes / 1048576.0,
        qPrintable(scalar(QStringLiteral("SELECT count(*) FROM messages"))),
        qPrintable(scalar(QStringLiteral("SHOW maintenance_work_mem"))), qPrintable(m_superuser));
    return true;
}

// Backs up with the engine into name; false when the backup was not verified.
bool BackupBench::engineBackup(const BackupOptions &options, const QString &name, BackupResult *result, Timed *timed)
{
    BackupOptions chosen = options;
    chosen.filePath = path(name);
    BackupJob job(m_fixture.profile(), {}, chosen);
    const std::optional<BackupResult> done = backup(job, timed);
    if (!done)
        return false;
    *result = *done;
    m_pgDump = job.tool().program;
    std::printf("engine %s backup: prepare %.2f s, dump %.2f s, verify %.2f s, %.1f MB (load %s)\n",
        qPrintable(BackupCommand::formatKey(chosen.format)), seconds(timed->prepareMs), seconds(result->dumpMs),
        seconds(result->verifyMs), pathBytes(result->file) / 1048576.0, loadAverage().constData());
    if (!m_shown.contains(chosen.format)) {
        m_shown << chosen.format;
        std::printf("  %s\n", qPrintable(BackupCommand::commandLines(job.plan())));
    }
    return true;
}

// The engine's default backup (custom format, pg_dump --compress=0 piped through zstd, then verified) and the
// very same command lines typed into bash, taken in turns: the engine's overhead (progress polling, reading
// standard error) is a few percent at most, less than what other work on a shared machine changes from one
// run to the next, so each is timed Rounds times and the medians compared. The seed's own backup takes its
// turn in each round too: the speed ratio is of medians taken under the same load.
bool BackupBench::measureEngineAgainstHand()
{
    const BackupOptions defaults;
    QList<qint64> dumpMs, verifyMs, handMs, seedMs;
    for (int round = 0; round < Rounds; ++round) {
        BackupResult result;
        Timed timed;
        const QString name
            = round == 0 ? QStringLiteral("engine.dump.zst") : QStringLiteral("engine-%1.dump.zst").arg(round);
        if (!engineBackup(defaults, name, &result, &timed))
            return false;
        if (round == 0) {
            m_engine = result;
            m_engineTimed = timed;
        } else {
            QFile::remove(result.file);
        }
        dumpMs << result.dumpMs;
        verifyMs << result.verifyMs;

        BackupOptions byHand = defaults;
        byHand.filePath = path(QStringLiteral("hand.dump.zst"));
        const BackupPlan plan = BackupCommand::build(byHand, m_fixture.profile(), m_pgDump, QStringLiteral("zstd"),
            QStringLiteral("gzip"), ArchivePacker::program());
        const qint64 ms = runShell(
            QStringLiteral("( %1 ) 2> '%2'").arg(BackupCommand::commandLines(plan), path(QStringLiteral("hand.log"))));
        if (ms < 0)
            return false;
        handMs << ms;
        m_handBytes = pathBytes(plan.partialPath);
        std::printf("same commands by hand: %.2f s, %.1f MB (load %s)\n", seconds(ms), m_handBytes / 1048576.0,
            loadAverage().constData());

        // The seed's own backup, exactly as its README has it (over the cluster's socket instead of localhost).
        m_binDir = QFileInfo(m_pgDump).absolutePath();
        const ConnectionProfile profile = m_fixture.profile();
        const qint64 seed = runShell(QStringLiteral("'%1/pg_dump' -h '%2' -p %3 -U %4 %5 | gzip > '%6'")
                                         .arg(m_binDir, profile.host)
                                         .arg(profile.port)
                                         .arg(profile.user, profile.database, path(QStringLiteral("seed.sql.gz"))));
        if (seed < 0)
            return false;
        seedMs << seed;
        m_seedBackupBytes = pathBytes(path(QStringLiteral("seed.sql.gz")));
        std::printf("seed pg_dump | gzip: %.2f s, %.1f MB (load %s)\n", seconds(seed), m_seedBackupBytes / 1048576.0,
            loadAverage().constData());
    }
    m_seedBackupMs = median(seedMs);
    m_engine.dumpMs = median(dumpMs);
    m_engine.verifyMs = median(verifyMs);
    m_handMs = median(handMs);
    return true;
}

bool BackupBench::measureBackups(bool directory)
{
    if (!measureEngineAgainstHand())
        return false;

    if (!directory)
        return true;

    BackupOptions parallel;
    parallel.format = BackupFormat::Directory;
    parallel.jobs = 2;
    return engineBackup(parallel, QStringLiteral("engine.dir"), &m_directory, &m_directoryTimed);
}

bool BackupBench::restoreWithEngine(const QString &file, const QString &database, int jobs, Timed *timed)
{
    RestoreOptions how;
    how.path = file;
    how.createDatabase = true;
    how.jobs = jobs;
    RestoreJob job(superuserProfile(database), {}, how);
    if (!restore(job, timed))
        return false;
    std::printf("engine restore of %s into %s (%d job(s)): prepare (reads the whole file) %.2f s, restore %.2f s, "
                "%.2f s of CPU (load %s)\n",
        qPrintable(QFileInfo(file).fileName()), qPrintable(database), jobs, seconds(timed->prepareMs),
        seconds(timed->runMs), seconds(timed->runCpuMs), loadAverage().constData());
    if (const QString summary = job.facts().dataSummary(); !summary.isEmpty())
        std::printf("  %s\n", qPrintable(summary));
    return true;
}

bool BackupBench::measureRestores(bool directory)
{
    const ConnectionProfile profile = m_fixture.profile();
    const QString source = profile.database;
    Error error;
    if (!m_fixture.cluster().execute(QStringLiteral("CREATE DATABASE seed_restore"), &error, QStringLiteral("postgres"))
        || !m_fixture.cluster().execute(QStringLiteral("CHECKPOINT"), &error, source)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return false;
    }
    m_seedRestoreMs = runShell(QStringLiteral("gunzip -c '%1' | '%2/psql' -h '%3' -p %4 -U %5 seed_restore > /dev/null")
                                   .arg(path(QStringLiteral("seed.sql.gz")), m_binDir, profile.host)
                                   .arg(profile.port)
                                   .arg(m_superuser));
    std::printf("seed gunzip -c | psql: %.2f s (load %s)\n", seconds(m_seedRestoreMs), loadAverage().constData());
    if (m_seedRestoreMs < 0)
        return false;

    m_fixture.cluster().execute(QStringLiteral("CHECKPOINT"), &error, source);
    // Two jobs, as the restore wizard offers by default (the compressed archive is unpacked during the check).
    if (!restoreWithEngine(m_engine.file, QStringLiteral("engine_restore"), 2, &m_engineRestore))
        return false;
    if (directory) {
        m_fixture.cluster().execute(QStringLiteral("CHECKPOINT"), &error, source);
        if (!restoreWithEngine(m_directory.file, QStringLiteral("directory_restore"), 2, &m_directoryRestore))
            return false;
    }
    const QString count = QStringLiteral("SELECT count(*) FROM public.messages");
    const QString expected = scalar(count, source);
    QStringList restored {QStringLiteral("seed_restore"), QStringLiteral("engine_restore")};
    if (directory)
        restored << QStringLiteral("directory_restore");
    for (const QString &database : restored) {
        const QString rows = scalar(count, database);
        if (rows != expected) {
            std::fprintf(
                stderr, "%s holds %s messages, not %s\n", qPrintable(database), qPrintable(rows), qPrintable(expected));
            return false;
        }
    }
    return measureFloor(QStringLiteral("engine_restore"));
}

// The floor: the longest step a restore cannot split, the GIN full-text index (one process in PostgreSQL 15),
// built alone on a restored copy with the server's settings as the restore had them.
bool BackupBench::measureFloor(const QString &database)
{
    const QString definition
        = scalar(QStringLiteral("SELECT pg_get_indexdef('public.idx_messages_content'::regclass)"), database);
    Error error;
    if (definition.isEmpty()
        || !m_fixture.cluster().execute(QStringLiteral("DROP INDEX public.idx_messages_content"), &error, database)
        || !m_fixture.cluster().execute(QStringLiteral("CHECKPOINT"), &error, database)) {
        std::fprintf(stderr, "floor: %s\n", qPrintable(error.toString()));
        return false;
    }
    QElapsedTimer timer;
    const qint64 cpu = machineCpuMs();
    timer.start();
    if (!m_fixture.cluster().execute(definition, &error, database)) {
        std::fprintf(stderr, "floor: %s\n", qPrintable(error.toString()));
        return false;
    }
    m_floorMs = timer.elapsed();
    m_floorCpuMs = machineCpuMs() - cpu;
    std::printf("floor, %s alone: %.2f s, %.2f s of CPU (load %s)\n", qPrintable(definition), seconds(m_floorMs),
        seconds(m_floorCpuMs), loadAverage().constData());
    return true;
}

void BackupBench::printSummary() const
{
    const double seedBackup = double(m_seedBackupMs);
    const double seedSize = double(m_seedBackupBytes);
    const auto backupRow = [&](const char *what, qint64 ms, qint64 bytes) {
        std::printf("  %-40s %8.2f %9.1f %8.2fx %8.2fx\n", what, seconds(ms), bytes / 1048576.0, ratio(seedBackup, ms),
            ratio(bytes, seedSize));
    };
    std::printf("\nbackup of a %-30s   time s   size MB    faster  size/seed\n",
        qPrintable(QStringLiteral("%1 MB database").arg(m_databaseBytes / 1048576.0, 0, 'f', 0)));
    backupRow("seed: pg_dump | gzip", m_seedBackupMs, m_seedBackupBytes);
    backupRow("engine default: dump (median of 3)", m_engine.dumpMs, m_engine.bytes);
    backupRow("engine default: + verify (medians)", m_engine.dumpMs + m_engine.verifyMs, m_engine.bytes);
    backupRow("engine default: all of the first run", m_engineTimed.prepareMs + m_engineTimed.runMs, m_engine.bytes);
    backupRow("same commands by hand (median of 3)", m_handMs, m_handBytes);
    if (m_directory.dumpMs > 0)
        backupRow("engine directory -j2: dump", m_directory.dumpMs, pathBytes(m_directory.file));
    std::printf("  verification: %.2f s (%.0f%% of the dump); engine overhead over by hand: %+.1f%% (target < 5%%)\n",
        seconds(m_engine.verifyMs), 100.0 * ratio(m_engine.verifyMs, m_engine.dumpMs),
        100.0 * (ratio(m_engine.dumpMs, m_handMs) - 1.0));
    std::printf("  target: >= 3x faster at <= 1.1x the size: dump %s, dump + verify %s\n",
        ratio(seedBackup, m_engine.dumpMs) >= 3 && ratio(m_engine.bytes, seedSize) <= 1.1 ? "met" : "MISSED",
        ratio(seedBackup, m_engine.dumpMs + m_engine.verifyMs) >= 3 && ratio(m_engine.bytes, seedSize) <= 1.1
            ? "met"
            : "MISSED");

    const auto restoreRow = [&](const char *what, qint64 ms) {
        std::printf(
            "  %-40s %8.2f %8.2fx %8.2fx\n", what, seconds(ms), ratio(ms, m_seedRestoreMs), ratio(ms, m_floorMs));
    };
    std::printf("\nrestore into a fresh database                time s     /seed    /floor\n");
    restoreRow("seed: gunzip -c | psql", m_seedRestoreMs);
    restoreRow("engine default file: restore", m_engineRestore.runMs);
    restoreRow("engine default file: prepare + restore", m_engineRestore.prepareMs + m_engineRestore.runMs);
    if (m_directoryRestore.runMs > 0) {
        restoreRow("engine directory -j2: restore", m_directoryRestore.runMs);
        restoreRow("engine directory -j2: prepare + restore", m_directoryRestore.prepareMs + m_directoryRestore.runMs);
    }
    restoreRow("floor: GIN full-text index alone", m_floorMs);
    // What this machine allows: the restore's work spread over every core with nothing ever waiting, and the
    // index alone; no schedule of the same work finishes under the larger of the two.
    const long cores = sysconf(_SC_NPROCESSORS_ONLN);
    const qint64 bound = qMax(m_engineRestore.runCpuMs / qMax(1L, cores), m_floorMs);
    std::printf("  the restore kept the machine busy for %.2f s of CPU (%.2f s of it the index alone): on %ld cores "
                "nothing finishes it under %.2f s = %.2fx the floor\n",
        seconds(m_engineRestore.runCpuMs), seconds(m_floorCpuMs), cores, seconds(bound), ratio(bound, m_floorMs));
    std::printf("  target: no slower than the seed and within 10%% of the floor: default file %s\n",
        m_engineRestore.runMs <= m_seedRestoreMs && ratio(m_engineRestore.runMs, m_floorMs) <= 1.1 ? "met" : "MISSED");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The built saytruth-studio runs the default backup's pack-archive stage, as the installed one does.
    if (qEnvironmentVariableIsEmpty("SAYTRUTH_STUDIO_PROGRAM"))
        qputenv("SAYTRUTH_STUDIO_PROGRAM", SAYTRUTH_APP_PATH);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each step shows as it ends, also when written to a file
    const QStringList arguments = app.arguments();
    const bool directory = !arguments.contains(QStringLiteral("--no-directory"));
    const int scale = arguments.size() > 1 && arguments.at(1).toInt() > 0 ? arguments.at(1).toInt() : 100;
    // The dumps go to a folder of their own on the cluster's disk; the server's user never reads them.
    QTemporaryDir folder;
    BackupBench bench;
    if (!folder.isValid() || !bench.prepare(scale, folder.path()) || !bench.measureBackups(directory)
        || !bench.measureRestores(directory))
        return 1;
    bench.printSummary();
    return 0;
}
