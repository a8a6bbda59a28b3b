#include "jobcommand.h"

#include <QTest>

// The backup and restore command lines: every choice reaches the engine's options, and wrong input gets one
// clear sentence (exit status 2) instead of a guess.
class TestJobCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesTheVerbs();
    void backupChoices();
    void restoreChoices();
    void mistakes_data();
    void mistakes();
    void helpListsTheOptions();
};

namespace {

QStringList args(const QString &line)
{
    return QStringList {QStringLiteral("saytruth-studio")} + line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

void TestJobCommand::recognisesTheVerbs()
{
    QVERIFY(JobCommand::isJobCommand(args(QStringLiteral("backup --help"))));
    QVERIFY(JobCommand::isJobCommand(args(QStringLiteral("restore x.dump"))));
    QVERIFY(!JobCommand::isJobCommand(args(QStringLiteral("postgresql://backup"))));
    QVERIFY(!JobCommand::isJobCommand(args(QStringLiteral("--demo"))));
    QVERIFY(!JobCommand::isJobCommand(args(QString())));
}

void TestJobCommand::backupChoices()
{
    const JobCommand::Parsed parsed = JobCommand::parse(args(QStringLiteral(
        "backup postgresql://u@h/db --file /tmp/x.dir --format directory --jobs 4 --compress 3 --table public.users "
        "--table public.follows --schema audit --data-only --no-owner --no-privileges --overwrite --pg-bin /opt/pg")));
    QCOMPARE(int(parsed.status), int(JobCommand::Status::Run));
    const JobRequest &request = parsed.request;
    QCOMPARE(int(request.kind), int(JobRequest::Kind::Backup));
    QCOMPARE(request.uri, QStringLiteral("postgresql://u@h/db"));
    QCOMPARE(int(request.backup.format), int(BackupFormat::Directory));
    QCOMPARE(request.backup.filePath, QStringLiteral("/tmp/x.dir"));
    QCOMPARE(request.backup.jobs, 4);
    QCOMPARE(request.backup.compressLevel, 3);
    QCOMPARE(request.backup.tables, (QStringList {"public.users", "public.follows"}));
    QCOMPARE(request.backup.schemas, QStringList {"audit"});
    QCOMPARE(int(request.backup.content), int(BackupOptions::Content::DataOnly));
    QVERIFY(request.backup.noOwner && request.backup.noPrivileges && request.overwrite);
    QCOMPARE(request.toolDirectory, QStringLiteral("/opt/pg"));

    const JobCommand::Parsed defaults
        = JobCommand::parse(args(QStringLiteral("backup --profile Prod --file x.dump.zst")));
    QCOMPARE(int(defaults.status), int(JobCommand::Status::Run));
    QCOMPARE(defaults.request.profileName, QStringLiteral("Prod"));
    QCOMPARE(int(defaults.request.backup.format), int(BackupFormat::Custom));
    QVERIFY(defaults.request.backup.filePath.startsWith(QLatin1Char('/'))); // made absolute
    QCOMPARE(defaults.request.backup.compressLevel, -1);
}

void TestJobCommand::restoreChoices()
{
    const JobCommand::Parsed parsed
        = JobCommand::parse(args(QStringLiteral("restore /b/x.dump.zst postgresql://u@h/new --create --clean "
                                                "--single-transaction --jobs 2 --no-owner --confirm new")));
    QCOMPARE(int(parsed.status), int(JobCommand::Status::Run));
    const JobRequest &request = parsed.request;
    QCOMPARE(int(request.kind), int(JobRequest::Kind::Restore));
    QCOMPARE(request.restore.path, QStringLiteral("/b/x.dump.zst"));
    QCOMPARE(request.uri, QStringLiteral("postgresql://u@h/new"));
    QVERIFY(request.restore.createDatabase && request.restore.clean && request.restore.singleTransaction);
    QCOMPARE(request.restore.jobs, 2);
    QVERIFY(request.restore.noOwner);
    QCOMPARE(request.confirmDatabase, QStringLiteral("new"));
}

void TestJobCommand::mistakes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("words");
    QTest::newRow("no file") << "backup postgresql://h/db"
                             << "--file";
    QTest::newRow("no target") << "backup --file x"
                               << "URI";
    QTest::newRow("two targets") << "backup postgresql://h/db --profile P --file x"
                                 << "one of them";
    QTest::newRow("bad format") << "backup postgresql://h/db --file x --format zip"
                                << "zip";
    QTest::newRow("bad jobs") << "backup postgresql://h/db --file x --jobs 0"
                              << "--jobs";
    QTest::newRow("bad level") << "backup postgresql://h/db --file x --compress 99"
                               << "--compress";
    QTest::newRow("both only") << "backup postgresql://h/db --file x --schema-only --data-only"
                               << "exclude";
    QTest::newRow("restore without file") << "restore"
                                          << "backup file";
    QTest::newRow("unknown option") << "restore x postgresql://h/db --frobnicate"
                                    << "frobnicate";
}

void TestJobCommand::mistakes()
{
    QFETCH(QString, line);
    QFETCH(QString, words);
    const JobCommand::Parsed parsed = JobCommand::parse(args(line));
    QCOMPARE(int(parsed.status), int(JobCommand::Status::Error));
    QVERIFY2(parsed.text.contains(words), qPrintable(parsed.text));
}

void TestJobCommand::helpListsTheOptions()
{
    const JobCommand::Parsed backup = JobCommand::parse(args(QStringLiteral("backup --help")));
    QCOMPARE(int(backup.status), int(JobCommand::Status::ShowHelp));
    for (const char *option :
        {"--file", "--format", "--jobs", "--compress", "--table", "--schema-only", "--data-only", "--profile"})
        QVERIFY2(backup.text.contains(QLatin1String(option)), option);
    const JobCommand::Parsed restore = JobCommand::parse(args(QStringLiteral("restore --help")));
    for (const char *option : {"--create", "--clean", "--single-transaction", "--jobs", "--no-owner", "--confirm"})
        QVERIFY2(restore.text.contains(QLatin1String(option)), option);
}

QTEST_GUILESS_MAIN(TestJobCommand)
#include "tst_jobcommand.moc"
