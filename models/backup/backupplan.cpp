#include "backupplan.h"

#include <QRegularExpression>

namespace {

QString quoteConnValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QRegularExpression(QStringLiteral(R"([\s'\\])"))))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString quotePatternPart(const QString &part)
{
    QString quoted = part;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString stageLine(const PipelineStage &stage)
{
    QStringList words {BackupCommand::shellQuote(stage.program)};
    for (const QString &argument : stage.arguments)
        words << BackupCommand::shellQuote(argument);
    return words.join(QLatin1Char(' '));
}

} // namespace

QString BackupCommand::shellQuote(const QString &argument)
{
    static const QRegularExpression safe(QStringLiteral(R"(^[A-Za-z0-9_@%+=:,./-]+$)"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QStringList BackupCommand::selectionArguments(const BackupOptions &options)
{
    QStringList arguments;
    if (options.content == BackupOptions::Content::SchemaOnly)
        arguments << QStringLiteral("--schema-only");
    else if (options.content == BackupOptions::Content::DataOnly)
        arguments << QStringLiteral("--data-only");
    if (options.noOwner)
        arguments << QStringLiteral("--no-owner");
    if (options.noPrivileges)
        arguments << QStringLiteral("--no-privileges");
    for (const QString &schema : options.schemas)
        arguments << QStringLiteral("--schema=") + literalPattern(schema);
    for (const QString &table : options.tables)
        arguments << QStringLiteral("--table=") + literalPattern(table);
    return arguments;
}

QString BackupCommand::connectionString(const ConnectionProfile &profile)
{
    QStringList parts;
    if (!profile.host.isEmpty())
        parts << QStringLiteral("host=") + quoteConnValue(profile.host);
    parts << QStringLiteral("port=%1").arg(profile.port);
    parts << QStringLiteral("dbname=") + quoteConnValue(profile.database);
    if (!profile.user.isEmpty())
        parts << QStringLiteral("user=") + quoteConnValue(profile.user);
    if (!profile.sslMode.isEmpty())
        parts << QStringLiteral("sslmode=") + quoteConnValue(profile.sslMode);
    for (auto it = profile.options.cbegin(); it != profile.options.cend(); ++it)
        if (it.key() != QLatin1String("password"))
            parts << it.key() + QLatin1Char('=') + quoteConnValue(it.value());
    return parts.join(QLatin1Char(' '));
}

QString BackupCommand::literalPattern(const QString &qualifiedName)
{
    const qsizetype dot = qualifiedName.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return quotePatternPart(qualifiedName);
    return quotePatternPart(qualifiedName.left(dot)) + QLatin1Char('.') + quotePatternPart(qualifiedName.mid(dot + 1));
}

// zstd 1 for the custom format. Measured on the demo database at 1 GB on 2 cores (tests/bench/bench_backup):
// pg_dump --compress=0 writes every row as a chunk of its own behind a 5-byte length, which zstd's fast levels
// compress worse than gzip compresses plain SQL (1.20x the seed's file). With the chunks joined by pack-archive
// (ArchivePacker) zstd 1 makes 1.09x, as on plain SQL; zstd 2 to 4 make more (1.12-1.13x) and zstd 5 and 6,
// which make less, take 2.5 to 3 times the CPU: on 2 cores that costs the backup its speed.
int BackupCommand::defaultLevel(BackupFormat format)
{
    switch (format) {
    case BackupFormat::Custom:
    case BackupFormat::Directory:
        return 1;
    case BackupFormat::PlainGzip:
        return 6;
    case BackupFormat::Tar:
    case BackupFormat::Plain:
        return 0;
    }
    return 0;
}

BackupPlan BackupCommand::build(const BackupOptions &options, const ConnectionProfile &profile, const QString &pgDump,
    const QString &zstd, const QString &gzip, const QString &packer)
{
    BackupPlan plan;
    plan.finalPath = options.filePath;
    plan.partialPath = options.filePath + QStringLiteral(".partial");
    plan.directory = options.format == BackupFormat::Directory;
    const int level = options.compressLevel >= 0 ? options.compressLevel : defaultLevel(options.format);

    QStringList dump {QStringLiteral("--verbose")};
    switch (options.format) {
    case BackupFormat::Custom:
        dump << QStringLiteral("--format=custom") << QStringLiteral("--compress=0");
        break;
    case BackupFormat::Directory:
        dump << QStringLiteral("--format=directory") << QStringLiteral("--jobs=%1").arg(std::max(1, options.jobs))
             << QStringLiteral("--compress=%1").arg(std::clamp(level, 0, 9))
             << QStringLiteral("--file=") + plan.partialPath;
        break;
    case BackupFormat::Tar:
        dump << QStringLiteral("--format=tar") << QStringLiteral("--file=") + plan.partialPath;
        break;
    case BackupFormat::Plain:
        dump << QStringLiteral("--format=plain") << QStringLiteral("--file=") + plan.partialPath;
        break;
    case BackupFormat::PlainGzip:
        dump << QStringLiteral("--format=plain");
        break;
    }
    dump << selectionArguments(options);
    dump << QStringLiteral("--dbname=") + connectionString(profile);
    plan.stages.append({pgDump, dump});

    if (options.format == BackupFormat::Custom) {
        // pack-archive compresses as zstd -T0 would, in its own process: one pipe fewer for every byte.
        if (!packer.isEmpty())
            plan.stages.append({packer,
                {QStringLiteral("pack-archive"), QStringLiteral("--zstd=%1").arg(std::clamp(level, 1, 19)),
                    QStringLiteral("--output=") + plan.partialPath}});
        else
            plan.stages.append({zstd,
                {QStringLiteral("-q"), QStringLiteral("-%1").arg(std::clamp(level, 1, 19)), QStringLiteral("-T0"),
                    QStringLiteral("-f"), QStringLiteral("-o"), plan.partialPath}});
    } else if (options.format == BackupFormat::PlainGzip) {
        // gzip writes to its standard output, which the job (or the script's redirection) sends to the file.
        plan.stages.append({gzip, {QStringLiteral("-%1").arg(std::clamp(level, 1, 9)), QStringLiteral("-c")}});
    }
    return plan;
}

QString BackupCommand::commandLines(const BackupPlan &plan)
{
    QStringList stages;
    for (const PipelineStage &stage : plan.stages)
        stages << stageLine(stage);
    QString line = stages.join(QStringLiteral(" \\\n  | "));
    if (plan.stages.size() > 1 && plan.stages.last().arguments.contains(QStringLiteral("-c")))
        line += QStringLiteral(" > ") + shellQuote(plan.partialPath);
    return line;
}

QString BackupCommand::shellScript(const BackupPlan &plan)
{
    QString script = QStringLiteral("#!/bin/bash\n"
                                    "# Written by SayTruth Studio. Put the password in place of ***, or delete the\n"
                                    "# PGPASSWORD line and keep the password in ~/.pgpass (chmod 600).\n"
                                    "set -euo pipefail\n"
                                    "export PGPASSWORD='***'\n");
    script += commandLines(plan) + QLatin1Char('\n');
    script += QStringLiteral("mv -n -- %1 %2\n").arg(shellQuote(plan.partialPath), shellQuote(plan.finalPath));
    return script;
}

QString BackupCommand::suffix(BackupFormat format)
{
    switch (format) {
    case BackupFormat::Custom:
        return QStringLiteral("dump.zst");
    case BackupFormat::Directory:
        return QStringLiteral("dir");
    case BackupFormat::Tar:
        return QStringLiteral("tar");
    case BackupFormat::Plain:
        return QStringLiteral("sql");
    case BackupFormat::PlainGzip:
        return QStringLiteral("sql.gz");
    }
    return {};
}

QString BackupCommand::formatKey(BackupFormat format)
{
    switch (format) {
    case BackupFormat::Custom:
        return QStringLiteral("custom");
    case BackupFormat::Directory:
        return QStringLiteral("directory");
    case BackupFormat::Tar:
        return QStringLiteral("tar");
    case BackupFormat::Plain:
        return QStringLiteral("plain");
    case BackupFormat::PlainGzip:
        return QStringLiteral("plain-gzip");
    }
    return {};
}

bool BackupCommand::formatFromKey(const QString &key, BackupFormat *format)
{
    for (BackupFormat candidate : {BackupFormat::Custom, BackupFormat::Directory, BackupFormat::Tar,
             BackupFormat::Plain, BackupFormat::PlainGzip}) {
        if (formatKey(candidate) == key) {
            *format = candidate;
            return true;
        }
    }
    return false;
}

QString BackupCommand::defaultFileName(const QString &database, BackupFormat format, const QDateTime &when)
{
    QString safe = database;
    safe.replace(QRegularExpression(QStringLiteral(R"([/\\:*?"<>|\x00-\x1f])")), QStringLiteral("_"));
    return QStringLiteral("%1-%2.%3").arg(safe, when.toString(QStringLiteral("yyyyMMdd-HHmm")), suffix(format));
}
