#pragma once

#include "connection/connectionprofile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

enum class BackupFormat {
    Custom, // pg_dump -Fc -Z0 | pack-archive --zstd: the default, fast, restorable by "zstd -dc FILE | pg_restore …"
    Directory, // pg_dump -Fd -j N: parallel, pg_dump's own gzip per table
    Tar, // pg_dump -Ft
    Plain, // pg_dump -Fp: SQL for psql
    PlainGzip, // pg_dump -Fp | gzip: the seed's backup
};

// What to back up and how, as the wizard and the command line choose it.
struct BackupOptions
{
    enum class Content { SchemaAndData, SchemaOnly, DataOnly };

    BackupFormat format = BackupFormat::Custom;
    int compressLevel = -1; // -1: the format's default (zstd 1, gzip 6 for plain, 1 for directory)
    int jobs = 2; // directory format only
    QStringList schemas; // whole schemas; with tables empty too: the whole database
    QStringList tables; // "schema.table" (views, materialized views and sequences too)
    Content content = Content::SchemaAndData;
    bool noOwner = false;
    bool noPrivileges = false;
    QString filePath; // the final name; the job writes filePath + ".partial" first
};

// One program of a pipeline and its arguments (never a password).
struct PipelineStage
{
    QString program;
    QStringList arguments;
};

// The exact commands a backup runs, built before anything starts, shown to the user as they are.
struct BackupPlan
{
    QList<PipelineStage> stages; // stage i's standard output feeds stage i+1; the last one writes the file
    QString partialPath;
    QString finalPath;
    bool directory = false; // the result is a folder (directory format)
};

class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
public:
    // pgDump is the chosen pg_dump; zstd and gzip are the compressors' programs (names found on PATH will do);
    // packer runs "pack-archive --zstd" after pg_dump for the custom format (ArchivePacker; empty: the zstd
    // program instead, and the archive as pg_dump wrote it).
    static BackupPlan build(const BackupOptions &options, const ConnectionProfile &profile, const QString &pgDump,
        const QString &zstd = QStringLiteral("zstd"), const QString &gzip = QStringLiteral("gzip"),
        const QString &packer = {});
    // A POSIX shell script that runs the same plan by hand (set -o pipefail, the password as '***').
    static QString shellScript(const BackupPlan &plan);
    // The command lines as the wizard shows them, one pipeline per line.
    static QString commandLines(const BackupPlan &plan);

    // "<database>-YYYYMMDD-HHMM.<suffix>"
    static QString defaultFileName(const QString &database, BackupFormat format, const QDateTime &when);
    static QString suffix(BackupFormat format); // "dump.zst", "dir", "tar", "sql", "sql.gz"
    static QString formatKey(BackupFormat format); // "custom", "directory", "tar", "plain", "plain-gzip"
    static bool formatFromKey(const QString &key, BackupFormat *format);
    static int defaultLevel(BackupFormat format);
    // libpq's keyword=value connection string for profile, without a password, quoted as libpq wants.
    static QString connectionString(const ConnectionProfile &profile);
    // A pg_dump --table/--schema pattern that matches name literally ("schema.table" → "schema"."table").
    static QString literalPattern(const QString &qualifiedName);
    // pg_dump's arguments for what options back up: content, owner, privileges, --schema and --table.
    static QStringList selectionArguments(const BackupOptions &options);
    // argument as one POSIX shell word (single-quoted unless it is plainly safe).
    static QString shellQuote(const QString &argument);
};
