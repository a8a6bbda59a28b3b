#include "backup/cronjobmanifest.h"
#include "yamlreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The Kubernetes CronJob for a backup: every field through the JSON model, the YAML read back to the same
// JSON, no password anywhere, and the container's script run for real by /bin/sh (dash) with a fake pg_dump.
class TestCronJobManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsOfTheSeedsCronJob();
    void dumpArgumentsFollowTheOptions();
    void yamlReadsBackAsTheJson();
    void noPasswordAnywhere();
    void schedule_data();
    void schedule();
    void invalidSpecsSayWhy();
    void retentionKeepsTheNewestOfThisJobOnly();
    void failingDumpLeavesNothing_data();
    void failingDumpLeavesNothing();
    void plainGzipIsVerifiedAndNamed();
};

namespace {

CronJobSpec seedSpec()
{
    CronJobSpec spec;
    spec.kubeNamespace = QStringLiteral("saytruth-prod");
    spec.serverMajor = 15;
    return spec;
}

QJsonObject at(const QJsonObject &object, const QStringList &path)
{
    QJsonObject current = object;
    for (const QString &key : path)
        current = current.value(key).toObject();
    return current;
}

QJsonObject container(const QJsonObject &json)
{
    return at(json,
        {QStringLiteral("spec"), QStringLiteral("jobTemplate"), QStringLiteral("spec"), QStringLiteral("template"),
            QStringLiteral("spec")})
        .value(QStringLiteral("containers"))
        .toArray()
        .first()
        .toObject();
}

QString envValue(const QJsonObject &container, const QString &name, QJsonObject *entry = nullptr)
{
    for (const QJsonValue &value : container.value(QStringLiteral("env")).toArray()) {
        if (value.toObject().value(QStringLiteral("name")).toString() != name)
            continue;
        if (entry)
            *entry = value.toObject();
        return value.toObject().value(QStringLiteral("value")).toString();
    }
    return {};
}

void writeExecutable(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

// The fake pg_dump writes its --file as the real one would; mode: ok, fail (half a file, exit 1),
// notrailer (exit 0 but cut short), gzip (a gzip-compressed plain dump), truncatedgzip.
QByteArray fakePgDump(const QByteArray &mode)
{
    return "#!/bin/sh\n"
           "for a in \"$@\"; do case \"$a\" in --file=*) out=\"${a#--file=}\";; esac; done\n"
           "mode="
        + mode
        + "\n"
          "body() { printf 'PGDMP\\n-- data\\n--\\n-- PostgreSQL database dump complete\\n--\\n'; }\n"
          "case \"$mode\" in\n"
          "ok) body > \"$out\" ;;\n"
          "fail) printf 'PGDMP half' > \"$out\"; echo 'pg_dump: error: connection lost' >&2; exit 1 ;;\n"
          "notrailer) printf 'PGDMP\\n-- data\\n' > \"$out\" ;;\n"
          "gzip) body | gzip -c > \"$out\" ;;\n"
          "truncatedgzip) body | gzip -c | head -c 20 > \"$out\" ;;\n"
          "esac\n";
}

struct ScriptRun
{
    int exitCode = -1;
    QString output;
};

ScriptRun runScript(const QString &script, const QString &fakeBin)
{
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), fakeBin + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("PGHOST"), QStringLiteral("postgres-service"));
    env.insert(QStringLiteral("PGPORT"), QStringLiteral("5432"));
    env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("saytruth_db"));
    shell.setProcessEnvironment(env);
    shell.setProcessChannelMode(QProcess::MergedChannels);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script}); // dash on Debian, as in the image
    if (!shell.waitForFinished(30000))
        return {};
    return {
        shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1, QString::fromLocal8Bit(shell.readAll())};
}

QStringList filesIn(const QString &path)
{
    return QDir(path).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

void TestCronJobManifest::fieldsOfTheSeedsCronJob()
{
    const CronJobManifest manifest(seedSpec());
    QVERIFY2(manifest.isValid(), qPrintable(manifest.error().toString()));
    const QJsonObject json = manifest.toJson();
    QCOMPARE(json.value(QStringLiteral("apiVersion")).toString(), QStringLiteral("batch/v1"));
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("CronJob"));
    const QJsonObject metadata = at(json, {QStringLiteral("metadata")});
    QCOMPARE(metadata.value(QStringLiteral("name")).toString(), QStringLiteral("postgres-backup"));
    QCOMPARE(metadata.value(QStringLiteral("namespace")).toString(), QStringLiteral("saytruth-prod"));

    const QJsonObject spec = at(json, {QStringLiteral("spec")});
    QCOMPARE(spec.value(QStringLiteral("schedule")).toString(), QStringLiteral("0 2 * * *"));
    QCOMPARE(spec.value(QStringLiteral("concurrencyPolicy")).toString(), QStringLiteral("Forbid"));
    QCOMPARE(spec.value(QStringLiteral("successfulJobsHistoryLimit")).toInt(), 3);
    QCOMPARE(spec.value(QStringLiteral("failedJobsHistoryLimit")).toInt(), 3);
    QVERIFY(!spec.contains(QStringLiteral("timeZone")));
    const QJsonObject jobSpec
        = at(json, {QStringLiteral("spec"), QStringLiteral("jobTemplate"), QStringLiteral("spec")});
    QCOMPARE(jobSpec.value(QStringLiteral("backoffLimit")).toInt(), 2);
    QCOMPARE(jobSpec.value(QStringLiteral("activeDeadlineSeconds")).toInt(), 6 * 3600);
    const QJsonObject podSpec = at(jobSpec, {QStringLiteral("template"), QStringLiteral("spec")});
    QCOMPARE(podSpec.value(QStringLiteral("restartPolicy")).toString(), QStringLiteral("Never"));
    const QJsonArray volumes = podSpec.value(QStringLiteral("volumes")).toArray();
    QCOMPARE(volumes.size(), 1);
    QCOMPARE(
        at(volumes.first().toObject(), {QStringLiteral("persistentVolumeClaim")}).value(QStringLiteral("claimName")),
        QStringLiteral("backup-pvc"));

    const QJsonObject backup = container(json);
    QCOMPARE(backup.value(QStringLiteral("image")).toString(), QStringLiteral("postgres:15"));
    const QJsonArray mounts = backup.value(QStringLiteral("volumeMounts")).toArray();
    QCOMPARE(mounts.size(), 1);
    QCOMPARE(mounts.first().toObject().value(QStringLiteral("name")),
        volumes.first().toObject().value(QStringLiteral("name")));
    QCOMPARE(mounts.first().toObject().value(QStringLiteral("mountPath")).toString(), QStringLiteral("/backups"));
    const QJsonArray command = backup.value(QStringLiteral("command")).toArray();
    QCOMPARE(command.size(), 3);
    QCOMPARE(command.at(0).toString(), QStringLiteral("/bin/sh"));
    QCOMPARE(command.at(1).toString(), QStringLiteral("-c"));
    QCOMPARE(command.at(2).toString(), manifest.script());
    QVERIFY(manifest.script().contains(QStringLiteral("set -eu\n")));

    QCOMPARE(envValue(backup, QStringLiteral("PGHOST")), QStringLiteral("postgres-service"));
    QCOMPARE(envValue(backup, QStringLiteral("PGPORT")), QStringLiteral("5432"));
    QCOMPARE(envValue(backup, QStringLiteral("PGDATABASE")), QStringLiteral("saytruth_db"));
    for (const auto &[name, key] : {std::pair {QStringLiteral("PGUSER"), QStringLiteral("username")},
             std::pair {QStringLiteral("PGPASSWORD"), QStringLiteral("password")}}) {
        QJsonObject entry;
        envValue(backup, name, &entry);
        QVERIFY2(!entry.contains(QStringLiteral("value")), qPrintable(name)); // by reference only
        const QJsonObject reference = at(entry, {QStringLiteral("valueFrom"), QStringLiteral("secretKeyRef")});
        QCOMPARE(reference.value(QStringLiteral("name")).toString(), QStringLiteral("postgres-secret"));
        QCOMPARE(reference.value(QStringLiteral("key")).toString(), key);
    }
}

void TestCronJobManifest::dumpArgumentsFollowTheOptions()
{
    CronJobSpec spec = seedSpec();
    spec.backup.format = BackupFormat::Custom;
    spec.backup.compressLevel = 5;
    spec.backup.tables = {QStringLiteral("public.users"), QStringLiteral("my schema.it's")};
    spec.backup.schemas = {QStringLiteral("audit")};
    spec.backup.content = BackupOptions::Content::DataOnly;
    spec.backup.noOwner = true;
    spec.backup.noPrivileges = true;
    QString script = CronJobManifest(spec).script();
    QVERIFY2(script.contains(QStringLiteral("pg_dump --format=custom --compress=5 --data-only --no-owner "
                                            "--no-privileges '--schema=\"audit\"' '--table=\"public\".\"users\"' "
                                            "'--table=\"my schema\".\"it'\\''s\"' --file=\"$partial\"")),
        qPrintable(script));
    QVERIFY(script.contains(QStringLiteral("pg_restore --file=/dev/null \"$partial\"")));
    QVERIFY(!script.contains(QStringLiteral("zstd"))); // the official image has none

    spec.backup = {};
    spec.backup.format = BackupFormat::PlainGzip;
    script = CronJobManifest(spec).script();
    QVERIFY(script.contains(QStringLiteral("pg_dump --format=plain --compress=6 --file=\"$partial\"")));
    QVERIFY(script.contains(QStringLiteral("suffix=sql.gz\n")));
    QVERIFY(!script.contains(QStringLiteral("pg_dump --format=plain --compress=6 |"))); // no pipe from pg_dump

    spec.backup.format = BackupFormat::Directory;
    spec.backup.jobs = 3;
    QVERIFY(CronJobManifest(spec).script().contains(QStringLiteral("--format=directory --jobs=3 --compress=1")));
    spec.backup.format = BackupFormat::Tar;
    QVERIFY(CronJobManifest(spec).script().contains(QStringLiteral("tar -tf \"$partial\"")));
}

void TestCronJobManifest::yamlReadsBackAsTheJson()
{
    CronJobSpec spec = seedSpec();
    spec.timeZone = QStringLiteral("Europe/Berlin");
    spec.database = QStringLiteral("yes");
    spec.filePrefix = QStringLiteral("nightly # backup: *all*");
    spec.backup.tables = {QStringLiteral("public.on")};
    const CronJobManifest manifest(spec);
    const QString yaml = manifest.toYaml();
    QVERIFY(yaml.contains(QStringLiteral("\napiVersion: batch/v1\n")));
    QVERIFY(yaml.contains(QStringLiteral("  schedule: \"0 2 * * *\"\n")));
    QVERIFY(yaml.contains(QStringLiteral("value: \"5432\"\n")));
    QVERIFY(yaml.contains(QStringLiteral("value: \"yes\"\n")));
    QVERIFY(yaml.contains(QStringLiteral("image: \"postgres:15\"\n")));
    QVERIFY(yaml.contains(QStringLiteral("- |\n")));
    const QJsonValue parsed = YamlReader::parse(yaml);
    QVERIFY(parsed.isObject());
    QCOMPARE(parsed.toObject(), manifest.toJson());
}

void TestCronJobManifest::noPasswordAnywhere()
{
    const QString canary = QStringLiteral("Canary-Pa55word-7f3a9");
    ConnectionProfile profile;
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = 15432;
    profile.database = QStringLiteral("saytruth_db");
    profile.user = QStringLiteral("saytruth_user");
    profile.options.insert(QStringLiteral("password"), canary);
    BackupOptions options;
    options.format = BackupFormat::PlainGzip;
    options.filePath = QStringLiteral("/home/me/") + canary + QStringLiteral(".sql.gz");
    CronJobSpec spec = CronJobManifest::specFor(profile, options);
    spec.kubeNamespace = QStringLiteral("saytruth-dev");
    const CronJobManifest manifest(spec);
    QVERIFY(manifest.isValid());
    const QString yaml = manifest.toYaml();
    const QByteArray json = QJsonDocument(manifest.toJson()).toJson();
    QVERIFY(!yaml.contains(canary));
    QVERIFY(!json.contains(canary.toUtf8()));
    QVERIFY(!yaml.contains(QStringLiteral("saytruth_user"))); // the user comes from the Secret too
    QCOMPARE(envValue(container(manifest.toJson()), QStringLiteral("PGPORT")), QStringLiteral("5432"));
    static const QRegularExpression literalPassword(QStringLiteral("PGPASSWORD\\s*\\n\\s*value:"));
    QVERIFY(!literalPassword.match(yaml).hasMatch());
}

void TestCronJobManifest::schedule_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<bool>("valid");
    QTest::newRow("daily at two") << QStringLiteral("0 2 * * *") << true;
    QTest::newRow("every quarter hour") << QStringLiteral("*/15 * * * *") << true;
    QTest::newRow("names and question mark") << QStringLiteral("0 0 1 JAN,jul ?") << true;
    QTest::newRow("range with step") << QStringLiteral("30 4 1-15/2 * MON-FRI") << true;
    QTest::newRow("extra spaces") << QStringLiteral("  0  2 * * * ") << true;
    QTest::newRow("descriptor") << QStringLiteral("@daily") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("four fields") << QStringLiteral("0 2 * *") << false;
    QTest::newRow("six fields") << QStringLiteral("0 0 2 * * *") << false;
    QTest::newRow("minute 60") << QStringLiteral("60 * * * *") << false;
    QTest::newRow("hour 24") << QStringLiteral("* 24 * * *") << false;
    QTest::newRow("day 0") << QStringLiteral("* * 0 * *") << false;
    QTest::newRow("month 13") << QStringLiteral("* * * 13 *") << false;
    QTest::newRow("weekday 7") << QStringLiteral("* * * * 7") << false;
    QTest::newRow("step 0") << QStringLiteral("*/0 * * * *") << false;
    QTest::newRow("backwards range") << QStringLiteral("5-1 * * * *") << false;
    QTest::newRow("question mark as minute") << QStringLiteral("? * * * *") << false;
    QTest::newRow("words") << QStringLiteral("at two every day") << false;
    QTest::newRow("unknown descriptor") << QStringLiteral("@every 5m") << false;
}

void TestCronJobManifest::schedule()
{
    QFETCH(QString, schedule);
    QFETCH(bool, valid);
    const Error error = CronJobManifest::checkSchedule(schedule);
    QCOMPARE(error.isNull(), valid);
    if (!valid)
        QVERIFY2(error.why.contains(QLatin1String("0 2 * * *")) || error.why.contains(QLatin1String("field")),
            qPrintable(error.why));
    CronJobSpec spec = seedSpec();
    spec.schedule = schedule;
    QCOMPARE(CronJobManifest(spec).isValid(), valid);
}

void TestCronJobManifest::invalidSpecsSayWhy()
{
    auto why = [](const std::function<void(CronJobSpec &)> &change) {
        CronJobSpec spec = seedSpec();
        change(spec);
        const CronJobManifest manifest(spec);
        return manifest.isValid() ? QString() : manifest.error().why;
    };
    QVERIFY(why([](CronJobSpec &s) { s.name = QStringLiteral("Nightly_Backup"); }).contains(QLatin1String("52")));
    QVERIFY(why([](CronJobSpec &s) { s.kubeNamespace.clear(); }).contains(QLatin1String("namespace")));
    QVERIFY(why([](CronJobSpec &s) { s.schedule = QStringLiteral("0 2 * *"); }).contains(QLatin1String("4 field")));
    QVERIFY(!why([](CronJobSpec &s) { s.secretName = QStringLiteral("Bad Secret"); }).isEmpty());
    QVERIFY(!why([](CronJobSpec &s) { s.passwordKey = QStringLiteral("pass word"); }).isEmpty());
    QVERIFY(!why([](CronJobSpec &s) { s.mountPath = QStringLiteral("backups"); }).isEmpty());
    QVERIFY(!why([](CronJobSpec &s) { s.filePrefix = QStringLiteral("../etc"); }).isEmpty());
    QVERIFY(!why([](CronJobSpec &s) { s.keepLast = 0; }).isEmpty());
    QVERIFY(!why([](CronJobSpec &s) { s.port = 0; }).isEmpty());
    QVERIFY(!why([](CronJobSpec &s) { s.backup.compressLevel = 12; }).isEmpty());
    const CronJobManifest invalid([] {
        CronJobSpec spec;
        return spec; // no namespace
    }());
    QVERIFY(invalid.toYaml().isEmpty() && invalid.toJson().isEmpty() && invalid.script().isEmpty());
    CronJobSpec image = seedSpec();
    image.image = QStringLiteral("registry.example.com/postgres:15-alpine");
    QCOMPARE(container(CronJobManifest(image).toJson()).value(QStringLiteral("image")).toString(), image.image);
}

void TestCronJobManifest::retentionKeepsTheNewestOfThisJobOnly()
{
    QTemporaryDir dir;
    QTemporaryDir bin;
    QVERIFY(dir.isValid() && bin.isValid());
    writeExecutable(bin.filePath(QStringLiteral("pg_dump")), fakePgDump("ok"));
    writeExecutable(bin.filePath(QStringLiteral("pg_restore")), "#!/bin/sh\nexit 0\n");
    const QStringList ours {QStringLiteral("nightly backup-20200101-020000.dump"),
        QStringLiteral("nightly backup-20200102-020000.dump"), QStringLiteral("nightly backup-20200103-020000.dump"),
        QStringLiteral("nightly backup-20200104-020000.dump"), QStringLiteral("nightly backup-20200105-020000.dump")};
    const QStringList others {QStringLiteral("nightly backup-20200101-020000.sql"),
        QStringLiteral("nightly backup-old.dump"), QStringLiteral("other job-20200101-020000.dump"),
        QStringLiteral("nightly backupx-20200101-020000.dump"), QStringLiteral("x nightly backup-20200101-020000.dump"),
        QStringLiteral("keep me.txt")};
    for (const QString &name :
        ours + others + QStringList {QStringLiteral("nightly backup-20200106-020000.dump.partial")}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    CronJobSpec spec = seedSpec();
    spec.mountPath = dir.path();
    spec.filePrefix = QStringLiteral("nightly backup");
    spec.keepLast = 3;

    // A failing run deletes nothing.
    writeExecutable(bin.filePath(QStringLiteral("pg_restore")), "#!/bin/sh\nexit 1\n");
    ScriptRun run = runScript(CronJobManifest(spec).script(), bin.path());
    QVERIFY2(run.exitCode != 0, qPrintable(run.output));
    for (const QString &name : ours + others)
        QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));

    writeExecutable(bin.filePath(QStringLiteral("pg_restore")), "#!/bin/sh\nexit 0\n");
    run = runScript(CronJobManifest(spec).script(), bin.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QStringList left = filesIn(dir.path());
    QStringList fresh = left.filter(QRegularExpression(QStringLiteral("^nightly backup-20[0-9]{6}-[0-9]{6}\\.dump$")));
    QCOMPARE(fresh.size(), 3);
    QCOMPARE(fresh.at(0), ours.at(3));
    QCOMPARE(fresh.at(1), ours.at(4));
    QVERIFY(fresh.at(2) > ours.at(4)); // the new one, stamped now
    for (const QString &name : others)
        QVERIFY2(left.contains(name), qPrintable(name));
    QVERIFY(left.filter(QStringLiteral(".partial")).isEmpty()); // the stale one was cleared too
    QCOMPARE(left.size(), 3 + others.size());
}

void TestCronJobManifest::failingDumpLeavesNothing_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("mode");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("custom ok") << int(BackupFormat::Custom) << QByteArray("ok") << true;
    QTest::newRow("custom pg_dump fails") << int(BackupFormat::Custom) << QByteArray("fail") << false;
    QTest::newRow("plain ok") << int(BackupFormat::Plain) << QByteArray("ok") << true;
    QTest::newRow("plain pg_dump fails") << int(BackupFormat::Plain) << QByteArray("fail") << false;
    QTest::newRow("plain cut short, exit 0") << int(BackupFormat::Plain) << QByteArray("notrailer") << false;
    QTest::newRow("gzip pg_dump fails") << int(BackupFormat::PlainGzip) << QByteArray("fail") << false;
    QTest::newRow("gzip truncated, exit 0") << int(BackupFormat::PlainGzip) << QByteArray("truncatedgzip") << false;
    QTest::newRow("gzip not gzip, exit 0") << int(BackupFormat::PlainGzip) << QByteArray("ok") << false;
}

void TestCronJobManifest::failingDumpLeavesNothing()
{
    QFETCH(int, format);
    QFETCH(QByteArray, mode);
    QFETCH(bool, succeeds);
    QTemporaryDir dir;
    QTemporaryDir bin;
    QVERIFY(dir.isValid() && bin.isValid());
    writeExecutable(bin.filePath(QStringLiteral("pg_dump")), fakePgDump(mode));
    writeExecutable(bin.filePath(QStringLiteral("pg_restore")),
        "#!/bin/sh\nfor a in \"$@\"; do f=\"$a\"; done\n[ \"$(head -c 5 \"$f\")\" = PGDMP ] && "
        "grep -q 'dump complete' \"$f\"\n");
    CronJobSpec spec = seedSpec();
    spec.mountPath = dir.filePath(QStringLiteral("back ups"));
    QVERIFY(QDir().mkpath(spec.mountPath));
    spec.backup.format = BackupFormat(format);
    const ScriptRun run = runScript(CronJobManifest(spec).script(), bin.path());
    const QStringList left = filesIn(spec.mountPath);
    if (succeeds) {
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(left.size(), 1);
        QVERIFY(left.first().startsWith(QLatin1String("postgres-backup-")));
        QVERIFY(left.first().endsWith(QLatin1Char('.') + CronJobManifest::suffix(spec.backup.format)));
        QVERIFY(run.output.contains(QLatin1String("Verified: ")));
    } else {
        QVERIFY2(run.exitCode != 0, qPrintable(run.output));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
    }
}

void TestCronJobManifest::plainGzipIsVerifiedAndNamed()
{
    QTemporaryDir dir;
    QTemporaryDir bin;
    QVERIFY(dir.isValid() && bin.isValid());
    writeExecutable(bin.filePath(QStringLiteral("pg_dump")), fakePgDump("gzip"));
    CronJobSpec spec = seedSpec();
    spec.mountPath = dir.path();
    spec.backup.format = BackupFormat::PlainGzip;
    const ScriptRun run = runScript(CronJobManifest(spec).script(), bin.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QStringList left = filesIn(dir.path());
    QCOMPARE(left.size(), 1);
    QVERIFY(left.first().endsWith(QLatin1String(".sql.gz")));
}

QTEST_GUILESS_MAIN(TestCronJobManifest)
#include "tst_cronjobmanifest.moc"
