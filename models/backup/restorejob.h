#pragma once

#include "backup/dumpfile.h"
#include "backup/dumpprogress.h"
#include "backup/metacommandscanner.h"
#include "backup/pgtools.h"
#include "backup/restoreplan.h"
#include "common/error.h"
#include "connection/connectionprofile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTemporaryDir>
#include <memory>

class PasswordFile;
class ProcessPipeline;
class QTimer;
class Session;

// What prepare() found out, for the wizard's summary and the command line's checks.
struct RestoreFacts
{
    DumpFileInfo file;
    qint64 fileBytes = 0;
    // Every table whose data the file holds ("schema.table"), with the rows and bytes of its data as SQL
    // (CopyDataSizes, measured while the whole file is read for the check; 0 when they could not be).
    QList<DumpTable> tables;
    QList<MetaCommand> metaCommands; // plain SQL: what psql would run besides SQL
    qint64 refusedCommands = 0;
    bool databaseExists = true;
    bool databaseHasTables = false;
    QString serverVersion;
    PgToolChoice tool;
    QStringList notes; // options that do not apply to this file, and why

    // "Data of 4 tables: 33,629 rows, 2.3 MiB as SQL."; empty when the sizes are unknown.
    QString dataSummary() const;
};

struct RestoreResult
{
    enum class Outcome { Restored, Failed, Cancelled };
    Outcome outcome = Outcome::Failed;
    Error error;
    qint64 elapsedMs = 0;
};

// One restore, never blocking its caller. prepare() reads the file's format from its content, reads ALL of
// it once (a truncated or corrupt file is refused before anything touches the database; plain SQL is
// scanned for psql meta-commands on the way, and shell, pipe, file and connection commands are refused),
// looks at the target (exists? empty?), and chooses a pg_restore that can read the archive's version (psql
// for plain SQL). run() creates the database if asked and restores, with progress from how far the input
// has been read.
class RestoreJob : public QObject
{
    Q_OBJECT
public:
    RestoreJob(const ConnectionProfile &target, const QString &password, const RestoreOptions &options,
        QObject *parent = nullptr);
    ~RestoreJob() override;

    void setToolDirectory(const QString &directory) { m_toolDirectory = directory; }

    void prepare(); // ends in prepared() or finished(Failed)
    void run(); // after prepared(); ends in finished()
    void cancel();

    const RestoreFacts &facts() const { return m_facts; }
    const QList<PipelineStage> &stages() const { return m_stages; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void prepared();
    void progressChanged(const DumpProgress &progress);
    void logLine(const QString &line);
    void finished(const RestoreResult &result);

private:
    struct FileFacts;
    void fileExamined(const FileFacts &facts);
    void targetExamined();
    void partDone();
    void verifyArchive();
    void startRestore();
    void tick();
    void finish(RestoreResult::Outcome outcome, const Error &error = {});
    ProcessPipeline *newPipeline(bool withPassword);

    ConnectionProfile m_target;
    QString m_password;
    RestoreOptions m_options;
    QString m_toolDirectory;
    RestoreFacts m_facts;
    QList<PgToolInstall> m_installed;
    int m_serverMajor = 0;
    int m_pending = 0;
    Error m_prepareError;
    QList<PipelineStage> m_stages;

    // A compressed custom archive restored with several jobs is unpacked here first (during the check, which
    // reads it anyway): pg_restore can only restore in parallel from a file it can seek in.
    std::unique_ptr<QTemporaryDir> m_unpacked;
    QString m_unpackedPath;
    std::unique_ptr<QTemporaryDir> m_checkFolder; // the check's report of table sizes (copy-sizes)
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PasswordFile> m_passwordFile;
    ProcessPipeline *m_pipeline = nullptr;
    QTimer *m_timer = nullptr;
    DumpProgressTracker m_tracker;
    QElapsedTimer m_clock;
    int m_indexesCreated = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
