#pragma once

#include "backup/backupplan.h"
#include "backup/restoreplan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The backup and restore engines on the command line, for scripts and cron:
//   saytruth-studio backup  [URI | --profile NAME] --file PATH [--format …] [--jobs N] [--compress LEVEL]
//                           [--table NAME]… [--schema NAME]… [--schema-only | --data-only] [--no-owner]
//                           [--no-privileges] [--overwrite] [--deep-verify] [--pg-bin DIR]
//   saytruth-studio restore PATH [URI | --profile NAME] [--create] [--clean] [--single-transaction]
//                           [--jobs N] [--data-only] [--no-owner] [--no-privileges] [--confirm DATABASE]
// Exit status: 0 only when the backup was verified (or the restore finished), 1 when it failed, 2 for a
// usage error, 130 when interrupted.
struct JobRequest
{
    enum class Kind { Backup, Restore };
    Kind kind = Kind::Backup;
    QString uri;
    QString profileName;
    BackupOptions backup;
    RestoreOptions restore;
    bool overwrite = false;
    bool deepVerify = false;
    QString toolDirectory;
    QString confirmDatabase; // restoring into a production profile needs its database name here
};

class JobCommand
{
    Q_DECLARE_TR_FUNCTIONS(JobCommand)
public:
    enum class Status { Run, ShowHelp, Error };
    struct Parsed
    {
        Status status = Status::Run;
        JobRequest request;
        QString text; // help text or the error in words
    };

    // True when arguments (program name first) ask for a job rather than the window.
    static bool isJobCommand(const QStringList &arguments);
    static Parsed parse(const QStringList &arguments);
    // Runs the job in the running QCoreApplication's event loop; returns the exit status.
    static int run(const JobRequest &request);
};
