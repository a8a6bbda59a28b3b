#include "jobcommand.h"

#include "backup/backupjob.h"
#include "backup/restorejob.h"
#include "connection/connectionuri.h"
#include "connection/credentialstore.h"
#include "connection/profilestore.h"
#include "unixsignalwatcher.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <cstdio>
#include <unistd.h>

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

QString progressLine(const DumpProgress &progress)
{
    const QLocale locale;
    QString line = QStringLiteral("[%1%] %2").arg(int(progress.fraction * 100), 3).arg(progress.phase);
    if (progress.tablesTotal > 0)
        line += JobCommand::tr(" · %1/%2 tables").arg(progress.tablesDone).arg(progress.tablesTotal);
    if (!progress.currentTable.isEmpty()) {
        line += QStringLiteral(" · ") + progress.currentTable;
        if (progress.currentRows >= 0)
            line += JobCommand::tr(" %1/%2 rows")
                        .arg(locale.toString(progress.currentRows), locale.toString(progress.currentRowsEstimate));
    }
    if (progress.bytesWritten > 0)
        line += QStringLiteral(" · ") + locale.formattedDataSize(progress.bytesWritten);
    line += JobCommand::tr(" · %1 elapsed").arg(DumpProgress::clockText(progress.elapsedMs));
    if (progress.remainingMs >= 0)
        line += JobCommand::tr(", about %1 left").arg(DumpProgress::clockText(progress.remainingMs));
    return line;
}

// Resolves the connection: a URI (its password, or libpq's own PGPASSWORD / ~/.pgpass later), or a saved
// profile with its password from the keychain.
bool resolveTarget(const JobRequest &request, ConnectionProfile *profile, QString *password)
{
    if (!request.profileName.isEmpty()) {
        ProfileStore store;
        Error error;
        if (!store.load(&error)) {
            say(error.toString());
            return false;
        }
        const auto found = store.find(request.profileName);
        if (!found) {
            say(JobCommand::tr("There is no saved profile named \"%1\".").arg(request.profileName));
            return false;
        }
        *profile = *found;
        CredentialStore credentials;
        credentials.setTimeout(5000);
        QEventLoop loop;
        credentials.readPassword(found->credentialKey(), &loop, [&](std::optional<QString> stored, const Error &) {
            if (stored)
                *password = *stored;
            loop.quit();
        });
        loop.exec();
        return true;
    }
    const ConnectionUri::Result parsed = ConnectionUri::parse(request.uri);
    if (!parsed.ok) {
        say(parsed.error.toString());
        return false;
    }
    *profile = parsed.profile;
    *password = parsed.password;
    return true;
}

// Runs a prepared-to-start job (BackupJob or RestoreJob) in a local event loop: progress on standard error,
// SIGINT/SIGTERM cancel it, and outcome() turns its result into the exit status and the last words.
template<typename Job, typename Outcome> int runToEnd(Job &job, Outcome outcome)
{
    UnixSignalWatcher signals_;
    QEventLoop loop;
    int status = 1;
    const bool tty = ::isatty(STDERR_FILENO);
    QObject::connect(&signals_, &UnixSignalWatcher::terminationRequested, &job, &Job::cancel);
    QObject::connect(&job, &Job::progressChanged, &job, [tty](const DumpProgress &progress) {
        if (!tty) {
            say(progressLine(progress));
            return;
        }
        std::fprintf(stderr, "\r\033[K%s", qPrintable(progressLine(progress)));
        std::fflush(stderr);
    });
    QObject::connect(&job, &Job::finished, &job, [&](const auto &result) {
        if (tty)
            std::fprintf(stderr, "\n");
        const auto [code, words] = outcome(result);
        say(words);
        status = code;
        loop.quit();
    });
    job.prepare();
    loop.exec();
    return status;
}

} // namespace

bool JobCommand::isJobCommand(const QStringList &arguments)
{
    return arguments.size() > 1
        && (arguments[1] == QLatin1String("backup") || arguments[1] == QLatin1String("restore"));
}

JobCommand::Parsed JobCommand::parse(const QStringList &arguments)
{
    Parsed parsed;
    JobRequest &request = parsed.request;
    request.kind
        = arguments.value(1) == QLatin1String("restore") ? JobRequest::Kind::Restore : JobRequest::Kind::Backup;
    const bool backup = request.kind == JobRequest::Kind::Backup;

    QCommandLineParser parser;
    parser.setApplicationDescription(backup
            ? tr("Back up a PostgreSQL database; the file gets its name only once it has been verified.")
            : tr("Restore a backup into a PostgreSQL database; the file is checked completely first."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Use the saved profile <name>."), tr("name"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), tr("Parallel jobs (directory format)."), tr("n"));
    const QCommandLineOption dataOnly(QStringLiteral("data-only"), tr("Only the rows, not the schema."));
    const QCommandLineOption noOwner(QStringLiteral("no-owner"), tr("Do not set object owners."));
    const QCommandLineOption noPrivileges(QStringLiteral("no-privileges"), tr("Do not set privileges (GRANT/REVOKE)."));
    const QCommandLineOption pgBin(
        QStringLiteral("pg-bin"), tr("Look for pg_dump, pg_restore and psql in <dir> first."), tr("dir"));
    parser.addOptions({profile, jobs, dataOnly, noOwner, noPrivileges, pgBin});
    // Backup
    const QCommandLineOption file(QStringLiteral("file"), tr("Write the backup to <path>."), tr("path"));
    const QCommandLineOption format(QStringLiteral("format"),
        tr("custom (default: pg_dump's archive, zstd-compressed), directory, tar, plain or plain-gzip."), tr("format"),
        QStringLiteral("custom"));
    const QCommandLineOption compress(QStringLiteral("compress"), tr("Compression level."), tr("level"));
    const QCommandLineOption table(
        QStringLiteral("table"), tr("Only this table, view or sequence (schema.name); repeatable."), tr("name"));
    const QCommandLineOption schema(QStringLiteral("schema"), tr("Only this schema; repeatable."), tr("name"));
    const QCommandLineOption schemaOnly(QStringLiteral("schema-only"), tr("Only the schema, no rows."));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"), tr("Replace an existing file of the same name."));
    const QCommandLineOption deepVerify(QStringLiteral("deep-verify"),
        tr("Also restore the backup into a scratch database and compare every table's row count."));
    // Restore
    const QCommandLineOption create(QStringLiteral("create"), tr("Create the database when it does not exist."));
    const QCommandLineOption clean(QStringLiteral("clean"), tr("Drop objects before creating them (if they exist)."));
    const QCommandLineOption single(
        QStringLiteral("single-transaction"), tr("All or nothing: restore in one transaction."));
    const QCommandLineOption confirm(QStringLiteral("confirm"),
        tr("Restoring into a production profile: the database name, typed again."), tr("database"));
    if (backup) {
        parser.addOptions({file, format, compress, table, schema, schemaOnly, overwrite, deepVerify});
        parser.addPositionalArgument(
            QStringLiteral("uri"), tr("The database, as a postgresql:// URI."), QStringLiteral("[URI]"));
    } else {
        parser.addOptions({create, clean, single, confirm});
        parser.addPositionalArgument(QStringLiteral("path"), tr("The backup file or folder."), QStringLiteral("PATH"));
        parser.addPositionalArgument(
            QStringLiteral("uri"), tr("The target database, as a postgresql:// URI."), QStringLiteral("[URI]"));
    }
    QStringList withoutVerb = arguments;
    withoutVerb.removeAt(1);
    const auto fail = [&parsed](const QString &text) {
        parsed.status = Status::Error;
        parsed.text = text;
        return parsed;
    };
    if (!parser.parse(withoutVerb))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        parsed.status = Status::ShowHelp;
        parsed.text = parser.helpText();
        return parsed;
    }
    QStringList positional = parser.positionalArguments();
    if (!backup) {
        if (positional.isEmpty())
            return fail(tr("Give the backup file to restore."));
        request.restore.path = positional.takeFirst();
    }
    if (positional.size() > 1)
        return fail(tr("Give one connection URI, not several."));
    if (positional.isEmpty() == !parser.isSet(profile))
        return fail(tr("Give the database as a connection URI or with --profile NAME (one of them)."));
    request.uri = positional.value(0);
    request.profileName = parser.value(profile);
    request.toolDirectory = parser.value(pgBin);
    int jobCount = 1;
    if (parser.isSet(jobs)) {
        bool ok = false;
        jobCount = parser.value(jobs).toInt(&ok);
        if (!ok || jobCount < 1 || jobCount > 64)
            return fail(tr("--jobs takes a whole number from 1 to 64."));
    }
    if (backup) {
        if (!parser.isSet(file))
            return fail(tr("Give the backup's file name with --file PATH."));
        BackupOptions &options = request.backup;
        if (!BackupCommand::formatFromKey(parser.value(format), &options.format))
            return fail(tr("Unknown format \"%1\": use custom, directory, tar, plain or plain-gzip.")
                            .arg(parser.value(format)));
        options.filePath = QFileInfo(parser.value(file)).absoluteFilePath();
        options.jobs = parser.isSet(jobs) ? jobCount : 2;
        if (parser.isSet(compress)) {
            bool ok = false;
            options.compressLevel = parser.value(compress).toInt(&ok);
            if (!ok || options.compressLevel < 0 || options.compressLevel > 19)
                return fail(tr("--compress takes a level from 0 to 19."));
        }
        options.tables = parser.values(table);
        options.schemas = parser.values(schema);
        if (parser.isSet(schemaOnly) && parser.isSet(dataOnly))
            return fail(tr("--schema-only and --data-only exclude each other."));
        options.content = parser.isSet(schemaOnly) ? BackupOptions::Content::SchemaOnly
            : parser.isSet(dataOnly)               ? BackupOptions::Content::DataOnly
                                                   : BackupOptions::Content::SchemaAndData;
        options.noOwner = parser.isSet(noOwner);
        options.noPrivileges = parser.isSet(noPrivileges);
        request.overwrite = parser.isSet(overwrite);
        request.deepVerify = parser.isSet(deepVerify);
    } else {
        RestoreOptions &options = request.restore;
        options.createDatabase = parser.isSet(create);
        options.clean = parser.isSet(clean);
        options.singleTransaction = parser.isSet(single);
        options.jobs = jobCount;
        options.dataOnly = parser.isSet(dataOnly);
        options.noOwner = parser.isSet(noOwner);
        options.noPrivileges = parser.isSet(noPrivileges);
        request.confirmDatabase = parser.value(confirm);
    }
    return parsed;
}

int JobCommand::run(const JobRequest &request)
{
    ConnectionProfile profile;
    QString password;
    if (!resolveTarget(request, &profile, &password))
        return 2;
    if (request.kind == JobRequest::Kind::Backup) {
        BackupJob job(profile, password, request.backup);
        job.setOverwrite(request.overwrite);
        job.setDeepVerify(request.deepVerify);
        job.setToolDirectory(request.toolDirectory);
        QObject::connect(&job, &BackupJob::prepared, &job, [&] {
            say(tr("Using %1: %2").arg(job.tool().program, job.tool().reason));
            if (!job.warning().isEmpty())
                say(tr("Warning: %1").arg(job.warning()));
            job.run();
        });
        return runToEnd(job, [](const BackupResult &result) -> std::pair<int, QString> {
            switch (result.outcome) {
            case BackupResult::Outcome::Verified:
                return {0,
                    tr("Backup verified and saved: %1 (%2; %3 to write, %4 to verify)")
                        .arg(result.file, QLocale().formattedDataSize(result.bytes),
                            DumpProgress::clockText(result.dumpMs), DumpProgress::clockText(result.verifyMs))};
            case BackupResult::Outcome::Cancelled:
                return {130, tr("Backup cancelled; nothing was kept.")};
            case BackupResult::Outcome::Failed:
                break;
            }
            return {1, tr("Backup failed; nothing was kept. %1").arg(result.error.toString())};
        });
    }

    if (profile.isProduction() && request.confirmDatabase != profile.database) {
        say(tr("%1 is a production database. To restore into it, add --confirm %1.").arg(profile.database));
        return 2;
    }
    RestoreJob job(profile, password, request.restore);
    job.setToolDirectory(request.toolDirectory);
    QObject::connect(&job, &RestoreJob::prepared, &job, [&] {
        const RestoreFacts &facts = job.facts();
        say(tr("%1: %2, checked completely.")
                .arg(request.restore.path, DumpFile::formatName(facts.file.format, facts.file.wrapper)));
        if (const QString summary = facts.dataSummary(); !summary.isEmpty())
            say(summary);
        say(tr("Using %1: %2").arg(facts.tool.program, facts.tool.reason));
        for (const QString &note : facts.notes)
            say(note);
        if (facts.databaseHasTables && !request.restore.clean)
            say(tr("Warning: %1 already holds tables, and --clean was not given; objects that exist will make the "
                   "restore fail.")
                    .arg(profile.database));
        job.run();
    });
    return runToEnd(job, [&profile](const RestoreResult &result) -> std::pair<int, QString> {
        switch (result.outcome) {
        case RestoreResult::Outcome::Restored:
            return {0, tr("Restored into %1 in %2.").arg(profile.database, DumpProgress::clockText(result.elapsedMs))};
        case RestoreResult::Outcome::Cancelled:
            return {130, tr("Restore cancelled.")};
        case RestoreResult::Outcome::Failed:
            break;
        }
        return {1, tr("Restore failed. %1").arg(result.error.toString())};
    });
}
