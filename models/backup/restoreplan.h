#pragma once

#include "backup/backupplan.h"
#include "backup/dumpfile.h"

#include <QCoreApplication>

// How to restore, as the wizard and the command line choose it.
struct RestoreOptions
{
    QString path; // a file, or a folder (directory format)
    bool createDatabase = false; // create the target database when it does not exist
    bool clean = false; // drop objects first (--clean --if-exists); archives only
    bool singleTransaction = false;
    bool exitOnError = true; // archives; plain SQL always stops at the first error
    bool dataOnly = false; // archives only
    bool noOwner = false; // archives only
    bool noPrivileges = false; // archives only
    int jobs = 1; // archives read from a file, not through a decompressor
};

class RestoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
public:
    // The pipeline for file (as inspected) into profile's database: pg_restore for archives, psql -X with
    // ON_ERROR_STOP for plain SQL, behind gzip -dc or zstd -dc when the file is wrapped. tool is the chosen
    // pg_restore or psql. notes receives what was changed from the options and why (e.g. no --jobs through
    // a pipe).
    static QList<PipelineStage> build(const RestoreOptions &options, const DumpFileInfo &file,
        const ConnectionProfile &profile, const QString &tool, QStringList *notes = nullptr);
    // The decompressor's stage for a wrapped file (reads path, writes to standard output); empty program
    // when the file is not wrapped.
    static PipelineStage unwrapStage(const DumpFileInfo &file, const QString &path);
    // The lines of a failed restore's standard error that say what failed: the error, the object (pg_restore's
    // "from TOC entry" line, psql's file and line) and the statement ("Command was: …").
    static QString failureDetail(const QString &errorTail);
};
