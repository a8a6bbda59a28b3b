#include "restoreplan.h"

PipelineStage RestoreCommand::unwrapStage(const DumpFileInfo &file, const QString &path)
{
    switch (file.wrapper) {
    case DumpWrapper::Gzip:
        return {QStringLiteral("gzip"), {QStringLiteral("-dc"), QStringLiteral("--"), path}};
    case DumpWrapper::Zstd:
        return {QStringLiteral("zstd"), {QStringLiteral("-dcq"), QStringLiteral("--"), path}};
    case DumpWrapper::None:
        break;
    }
    return {};
}

QList<PipelineStage> RestoreCommand::build(const RestoreOptions &options, const DumpFileInfo &file,
    const ConnectionProfile &profile, const QString &tool, QStringList *notes)
{
    QList<PipelineStage> stages;
    const bool wrapped = file.wrapper != DumpWrapper::None;
    if (wrapped)
        stages << unwrapStage(file, options.path);
    const QString dbname = QStringLiteral("--dbname=") + BackupCommand::connectionString(profile);
    QStringList arguments;
    if (file.isArchive()) {
        arguments << QStringLiteral("--verbose") << dbname;
        if (options.clean)
            arguments << QStringLiteral("--clean") << QStringLiteral("--if-exists");
        if (options.singleTransaction)
            arguments << QStringLiteral("--single-transaction");
        if (options.exitOnError || options.singleTransaction)
            arguments << QStringLiteral("--exit-on-error");
        if (options.dataOnly)
            arguments << QStringLiteral("--data-only");
        if (options.noOwner)
            arguments << QStringLiteral("--no-owner");
        if (options.noPrivileges)
            arguments << QStringLiteral("--no-privileges");
        if (options.jobs > 1) {
            QString reason;
            if (wrapped)
                reason = tr("Parallel restore needs to seek in the file; a compressed file is read through a pipe, "
                            "so it is restored with one job.");
            else if (options.singleTransaction)
                reason = tr("A single transaction cannot be split over several jobs; restoring with one job.");
            else if (file.format == DumpFormat::Tar)
                reason = tr("pg_restore cannot restore a tar archive with several jobs; restoring with one job.");
            if (reason.isEmpty())
                arguments << QStringLiteral("--jobs=%1").arg(options.jobs);
            else if (notes)
                *notes << reason;
        }
        if (!wrapped)
            arguments << options.path;
    } else {
        // -X: no ~/.psqlrc; ON_ERROR_STOP: a failed statement (a failed COPY above all, whose data lines would
        // otherwise run as commands) ends the restore.
        arguments << QStringLiteral("-X") << QStringLiteral("--quiet") << QStringLiteral("--no-password")
                  << QStringLiteral("--set=ON_ERROR_STOP=1") << dbname;
        if (options.singleTransaction)
            arguments << QStringLiteral("--single-transaction");
        arguments << QStringLiteral("--file=") + (wrapped ? QStringLiteral("-") : options.path);
        if (notes && (options.clean || options.dataOnly || options.noOwner || options.noPrivileges))
            *notes << tr("Plain SQL runs as written: clean, data only, no owner and no privileges apply to "
                         "archives only.");
    }
    stages << PipelineStage {tool, arguments};
    return stages;
}

QString RestoreCommand::failureDetail(const QString &errorTail)
{
    QStringList kept;
    const QStringList lines = errorTail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("from TOC entry")) || line.contains(QLatin1String("error:"))
            || line.contains(QLatin1String("ERROR:")) || line.contains(QLatin1String("DETAIL:"))
            || line.startsWith(QLatin1String("Command was:")) || line.startsWith(QLatin1String("psql:")))
            kept << line;
    }
    while (kept.size() > 8)
        kept.removeFirst();
    return kept.join(QLatin1Char('\n'));
}
