#include "backup/backupplan.h"
#include "backup/dumpfile.h"
#include "backup/dumpprogress.h"
#include "backup/passwordfile.h"

#include <QFile>
#include <QTest>

// The pure parts of a backup: the exact commands for each format and choice (never a password on them), the
// default file name, what a file is from its first bytes, and progress weighted by table size.
class TestBackupPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void customPipesThroughZstd();
    void customIsPackedAndCompressed();
    void eachFormatWritesThePartialName();
    void choicesBecomeArguments();
    void namesAreMatchedLiterally();
    void scriptShowsNoPassword();
    void defaultFileName();
    void inspectHead_data();
    void inspectHead();
    void readerMajor();
    void passwordFileIsPrivate();
    void progressIsWeightedBySize();
    void parallelProgressCountsFinishedItems();
};

namespace {

ConnectionProfile profile()
{
    ConnectionProfile profile;
    profile.host = QStringLiteral("db.example.com");
    profile.port = 5433;
    profile.database = QStringLiteral("saytruth db");
    profile.user = QStringLiteral("saytruth_user");
    profile.sslMode = QStringLiteral("require");
    return profile;
}

} // namespace

void TestBackupPlan::customPipesThroughZstd()
{
    BackupOptions options;
    options.filePath = QStringLiteral("/backups/x.dump.zst");
    const BackupPlan plan
        = BackupCommand::build(options, profile(), QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"));
    QCOMPARE(plan.stages.size(), 2);
    QCOMPARE(plan.stages[0].program, QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"));
    QVERIFY(plan.stages[0].arguments.contains(QStringLiteral("--format=custom")));
    QVERIFY(plan.stages[0].arguments.contains(QStringLiteral("--compress=0")));
    QVERIFY(plan.stages[0].arguments.contains(QStringLiteral("--verbose")));
    QCOMPARE(plan.stages[0].arguments.last(),
        QStringLiteral(
            "--dbname=host=db.example.com port=5433 dbname='saytruth db' user=saytruth_user sslmode=require"));
    QCOMPARE(plan.stages[1].program, QStringLiteral("zstd"));
    QCOMPARE(plan.stages[1].arguments, (QStringList {"-q", "-1", "-T0", "-f", "-o", "/backups/x.dump.zst.partial"}));
    QCOMPARE(plan.partialPath, QStringLiteral("/backups/x.dump.zst.partial"));
    QVERIFY(!plan.directory);
}

void TestBackupPlan::customIsPackedAndCompressed()
{
    BackupOptions options;
    options.filePath = QStringLiteral("/backups/x.dump.zst");
    options.compressLevel = 3;
    const QString studio = QStringLiteral("/opt/saytruth studio/bin/saytruth-studio");
    const BackupPlan plan = BackupCommand::build(
        options, profile(), QStringLiteral("pg_dump"), QStringLiteral("zstd"), QStringLiteral("gzip"), studio);
    QCOMPARE(plan.stages.size(), 2);
    QVERIFY(plan.stages[0].arguments.contains(QStringLiteral("--compress=0")));
    QCOMPARE(plan.stages[1].program, studio);
    QCOMPARE(
        plan.stages[1].arguments, (QStringList {"pack-archive", "--zstd=3", "--output=/backups/x.dump.zst.partial"}));
    // The review page and the script show the stage as it runs.
    QVERIFY2(BackupCommand::commandLines(plan).endsWith(
                 QStringLiteral("\\\n  | '/opt/saytruth studio/bin/saytruth-studio' pack-archive --zstd=3 "
                                "--output=/backups/x.dump.zst.partial")),
        qPrintable(BackupCommand::commandLines(plan)));
    QVERIFY(BackupCommand::shellScript(plan).contains(QStringLiteral("saytruth-studio' pack-archive --zstd=3")));
    // Only the custom format has it.
    for (BackupFormat format :
        {BackupFormat::Directory, BackupFormat::Tar, BackupFormat::Plain, BackupFormat::PlainGzip}) {
        options.format = format;
        const BackupPlan other = BackupCommand::build(
            options, profile(), QStringLiteral("pg_dump"), QStringLiteral("zstd"), QStringLiteral("gzip"), studio);
        for (const PipelineStage &stage : other.stages)
            QVERIFY(stage.program != studio);
    }
}

void TestBackupPlan::eachFormatWritesThePartialName()
{
    BackupOptions options;
    options.filePath = QStringLiteral("/b/x");
    for (BackupFormat format : {BackupFormat::Directory, BackupFormat::Tar, BackupFormat::Plain}) {
        options.format = format;
        const BackupPlan plan = BackupCommand::build(options, profile(), QStringLiteral("pg_dump"));
        QCOMPARE(plan.stages.size(), 1);
        QVERIFY(plan.stages[0].arguments.contains(QStringLiteral("--file=/b/x.partial")));
        QCOMPARE(plan.directory, format == BackupFormat::Directory);
    }
    options.format = BackupFormat::PlainGzip;
    const BackupPlan plan = BackupCommand::build(options, profile(), QStringLiteral("pg_dump"));
    QCOMPARE(plan.stages.size(), 2);
    QCOMPARE(plan.stages[1].arguments, (QStringList {"-6", "-c"}));
    QVERIFY(BackupCommand::commandLines(plan).endsWith(QStringLiteral("> /b/x.partial")));
}

void TestBackupPlan::choicesBecomeArguments()
{
    BackupOptions options;
    options.format = BackupFormat::Directory;
    options.jobs = 4;
    options.compressLevel = 3;
    options.content = BackupOptions::Content::DataOnly;
    options.noOwner = true;
    options.noPrivileges = true;
    options.filePath = QStringLiteral("/b/x.dir");
    const QStringList arguments
        = BackupCommand::build(options, profile(), QStringLiteral("pg_dump")).stages[0].arguments;
    for (const char *expected :
        {"--format=directory", "--jobs=4", "--compress=3", "--data-only", "--no-owner", "--no-privileges"})
        QVERIFY2(arguments.contains(QLatin1String(expected)), expected);
    options.content = BackupOptions::Content::SchemaOnly;
    QVERIFY(BackupCommand::build(options, profile(), QStringLiteral("pg_dump"))
                .stages[0]
                .arguments.contains(QStringLiteral("--schema-only")));
}

void TestBackupPlan::namesAreMatchedLiterally()
{
    QCOMPARE(BackupCommand::literalPattern(QStringLiteral("public.users")), QStringLiteral("\"public\".\"users\""));
    QCOMPARE(BackupCommand::literalPattern(QStringLiteral("public.we*ird\"name")),
        QStringLiteral("\"public\".\"we*ird\"\"name\""));
    BackupOptions options;
    options.tables = {QStringLiteral("public.users"), QStringLiteral("public.follows")};
    options.schemas = {QStringLiteral("audit")};
    const QStringList arguments
        = BackupCommand::build(options, profile(), QStringLiteral("pg_dump")).stages[0].arguments;
    QVERIFY(arguments.contains(QStringLiteral("--table=\"public\".\"users\"")));
    QVERIFY(arguments.contains(QStringLiteral("--table=\"public\".\"follows\"")));
    QVERIFY(arguments.contains(QStringLiteral("--schema=\"audit\"")));
    ConnectionProfile quoted = profile();
    quoted.database = QStringLiteral("it's\\db");
    QVERIFY(BackupCommand::connectionString(quoted).contains(QStringLiteral("dbname='it\\'s\\\\db'")));
}

void TestBackupPlan::scriptShowsNoPassword()
{
    ConnectionProfile withSecret = profile();
    withSecret.options.insert(QStringLiteral("password"), QStringLiteral("Canary-55"));
    BackupOptions options;
    options.filePath = QStringLiteral("/b/it's.dump.zst");
    const BackupPlan plan = BackupCommand::build(options, withSecret, QStringLiteral("pg_dump"));
    const QString script = BackupCommand::shellScript(plan);
    QVERIFY(!script.contains(QStringLiteral("Canary-55")));
    QVERIFY(script.contains(QStringLiteral("PGPASSWORD='***'")));
    QVERIFY(script.contains(QStringLiteral("set -euo pipefail")));
    QVERIFY2(script.contains(QStringLiteral("'/b/it'\\''s.dump.zst.partial'")), qPrintable(script));
    QVERIFY(script.contains(QStringLiteral("mv -n --")));
}

void TestBackupPlan::defaultFileName()
{
    const QDateTime when(QDate(2026, 12, 1), QTime(9, 5));
    QCOMPARE(BackupCommand::defaultFileName(QStringLiteral("saytruth_db"), BackupFormat::Custom, when),
        QStringLiteral("saytruth_db-20261201-0905.dump.zst"));
    QCOMPARE(BackupCommand::defaultFileName(QStringLiteral("a/b"), BackupFormat::PlainGzip, when),
        QStringLiteral("a_b-20261201-0905.sql.gz"));
    BackupFormat format;
    QVERIFY(BackupCommand::formatFromKey(QStringLiteral("plain-gzip"), &format));
    QCOMPARE(format, BackupFormat::PlainGzip);
    QVERIFY(!BackupCommand::formatFromKey(QStringLiteral("zip"), &format));
}

void TestBackupPlan::inspectHead_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("reader");

    const QByteArray custom = QByteArray::fromHex("5047444d50010e000408010101000000");
    QTest::newRow("custom 1.14") << custom << int(DumpFormat::Custom) << "1.14" << 12;
    QByteArray v16 = custom;
    v16[6] = 16;
    QTest::newRow("custom 1.16") << v16 << int(DumpFormat::Custom) << "1.16" << 17;
    QByteArray tar(1024, '\0');
    tar.replace(0, 7, "toc.dat");
    tar.replace(257, 5, "ustar");
    tar.replace(512, 16, QByteArray::fromHex("5047444d50010e000408030000000000"));
    QTest::newRow("tar") << tar << int(DumpFormat::Tar) << "1.14" << 12;
    QTest::newRow("plain") << QByteArray(
        "--\n-- PostgreSQL database dump\n--\n\n\\restrict abc\n\n"
        "-- Dumped from database version 15.18\n-- Dumped by pg_dump version 15.18 (Debian)\n")
                           << int(DumpFormat::Plain) << "" << 0;
    QTest::newRow("any sql") << QByteArray("SELECT 1;\n") << int(DumpFormat::Unknown) << "" << 0;
    QTest::newRow("empty") << QByteArray() << int(DumpFormat::Unknown) << "" << 0;
    QTest::newRow("a zip") << QByteArray("PK\x03\x04rest") << int(DumpFormat::Unknown) << "" << 0;
}

void TestBackupPlan::inspectHead()
{
    QFETCH(QByteArray, head);
    QFETCH(int, format);
    QFETCH(QString, version);
    QFETCH(int, reader);
    const DumpFileInfo info = DumpFile::inspectHead(head);
    QCOMPARE(int(info.format), format);
    QCOMPARE(info.archiveVersion, version);
    QCOMPARE(info.readerMajor, reader);
    QCOMPARE(info.error.isNull(), format != int(DumpFormat::Unknown));
    if (format == int(DumpFormat::Plain))
        QCOMPARE(info.dumpedBy, QStringLiteral("15.18"));
}

void TestBackupPlan::readerMajor()
{
    QCOMPARE(DumpFile::readerMajorFor(1, 13), 11);
    QCOMPARE(DumpFile::readerMajorFor(1, 14), 12);
    QCOMPARE(DumpFile::readerMajorFor(1, 15), 16);
    QCOMPARE(DumpFile::readerMajorFor(1, 16), 17);
    QVERIFY(DumpFile::readerMajorFor(1, 17) > 17);
}

void TestBackupPlan::passwordFileIsPrivate()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("old"));
    QString path;
    {
        PasswordFile file(QStringLiteral("pa:ss\\word"));
        QVERIFY(file.isValid());
        const QProcessEnvironment applied = file.apply(environment);
        QVERIFY(!applied.contains(QStringLiteral("PGPASSWORD")));
        path = applied.value(QStringLiteral("PGPASSFILE"));
        QVERIFY(!path.isEmpty());
        QFile pgpass(path);
        QCOMPARE(pgpass.permissions()
                & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::Permissions());
        QVERIFY(pgpass.open(QIODevice::ReadOnly));
        QCOMPARE(pgpass.readAll(), QByteArray("*:*:*:*:pa\\:ss\\\\word\n"));
    }
    QVERIFY(!QFile::exists(path));
    PasswordFile none {QString()};
    QCOMPARE(none.apply(environment).value(QStringLiteral("PGPASSWORD")), QStringLiteral("old"));
}

void TestBackupPlan::progressIsWeightedBySize()
{
    DumpProgressTracker tracker;
    tracker.setTables({{QStringLiteral("public.users"), 100, 10}, {QStringLiteral("public.messages"), 900, 1000}});
    QCOMPARE(tracker.progress(0).fraction, 0.0);
    tracker.takeLine(QStringLiteral("pg_dump: dumping contents of table \"public.users\""));
    tracker.takeLine(QStringLiteral("pg_dump: dumping contents of table \"public.messages\""));
    DumpProgress progress = tracker.progress(1000);
    QCOMPARE(progress.tablesDone, 1);
    QCOMPARE(progress.tablesTotal, 2);
    QCOMPARE(progress.currentTable, QStringLiteral("public.messages"));
    QCOMPARE(progress.fraction, 0.1);
    tracker.takeCopyProgress(QStringLiteral("public.messages"), 500);
    progress = tracker.progress(1000);
    QCOMPARE(progress.fraction, 0.55);
    QCOMPARE(progress.currentRows, 500);
    QCOMPARE(progress.currentRowsEstimate, 1000);
    QVERIFY(progress.remainingMs > 700 && progress.remainingMs < 900);
    tracker.finishAll();
    QCOMPARE(tracker.progress(2000).fraction, 1.0);
}

void TestBackupPlan::parallelProgressCountsFinishedItems()
{
    DumpProgressTracker tracker;
    tracker.setParallel(true);
    tracker.setTables({{QStringLiteral("public.users"), 100, 10}, {QStringLiteral("public.messages"), 100, 10}});
    tracker.takeLine(QStringLiteral("pg_dump: dumping contents of table \"public.users\""));
    tracker.takeLine(QStringLiteral("pg_dump: dumping contents of table \"public.messages\""));
    QCOMPARE(tracker.progress(0).tablesDone, 0);
    tracker.takeLine(QStringLiteral("pg_dump: finished item 3340 TABLE DATA public messages"));
    QCOMPARE(tracker.progress(0).tablesDone, 1);
    QCOMPARE(tracker.progress(0).fraction, 0.5);
    // pg_restore --jobs names the table without its schema.
    tracker.takeLine(QStringLiteral("pg_restore: finished item 3398 TABLE DATA users"));
    QCOMPARE(tracker.progress(0).tablesDone, 2);
    QCOMPARE(tracker.progress(0).fraction, 1.0);
}

QTEST_GUILESS_MAIN(TestBackupPlan)
#include "tst_backupplan.moc"
