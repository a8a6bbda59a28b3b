#pragma once

#include "backup/backupplan.h"
#include "backup/dumpprogress.h"
#include "backup/pgtools.h"
#include "common/error.h"
#include "connection/connectionprofile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <memory>

struct ServerInfo;
class DeepVerifier;
class PasswordFile;
class ProcessPipeline;
class QTimer;
class Session;

struct BackupResult
{
    enum class Outcome { Verified, Failed, Cancelled };
    Outcome outcome = Outcome::Failed;
    Error error;
    QString file; // the final name (only when verified)
    qint64 bytes = 0;
    qint64 dumpMs = 0;
    qint64 verifyMs = 0;
};

// One backup, start to finish, never blocking its caller: connect and read the server's version and table
// sizes, choose the pg_dump that fits (prepare), then run the pipeline into "<file>.partial", check every
// stage's exit status, verify the result by reading all of it back, and only then give it its final name
// (run). Anything short of that removes the partial file and says why. Used by the wizard and the command
// line alike.
class BackupJob : public QObject
{
    Q_OBJECT
public:
    BackupJob(const ConnectionProfile &profile, const QString &password, const BackupOptions &options,
        QObject *parent = nullptr);
    ~BackupJob() override;

    void setToolDirectory(const QString &directory) { m_toolDirectory = directory; }
    void setOverwrite(bool overwrite) { m_overwrite = overwrite; }
    // Also restore the backup into a scratch database and compare every table's row count (DeepVerifier).
    void setDeepVerify(bool deep) { m_deepVerify = deep; }

    // Connects, reads what the plan needs and chooses the tools; ends in prepared() or finished(Failed).
    void prepare();
    // After prepared(): backs up, verifies, renames; ends in finished().
    void run();
    // Stops whatever runs; finished(Cancelled) follows, with nothing left on disk.
    void cancel();

    const BackupPlan &plan() const { return m_plan; }
    const PgToolChoice &tool() const { return m_tool; }
    QString serverVersion() const { return m_serverVersion; }
    // After prepared(): what the user should know before starting (the server is a standby); else empty.
    QString warning() const { return m_warning; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void prepared();
    void progressChanged(const DumpProgress &progress);
    void logLine(const QString &line);
    void finished(const BackupResult &result);

private:
    void preparedPart();
    static QString standbyWarning(const ServerInfo &info);
    void tick();
    void dumpFinished();
    void verify();
    void verifyFinished();
    void nameIt();
    void finish(BackupResult::Outcome outcome, const Error &error = {});
    void removePartial();
    static qint64 sizeOnDisk(const QString &path); // a file's size, or a folder's files' sizes together

    ConnectionProfile m_profile;
    QString m_password;
    BackupOptions m_options;
    QString m_toolDirectory;
    bool m_overwrite = false;
    bool m_deepVerify = false;
    DeepVerifier *m_deep = nullptr;

    std::unique_ptr<Session> m_session;
    int m_preparing = 0; // parts of prepare() still under way
    Error m_prepareError;
    QList<PgToolInstall> m_installed;
    QList<DumpTable> m_tables;
    int m_serverMajor = 0;
    QString m_serverVersion;
    QString m_warning;
    PgToolChoice m_tool;
    QString m_restoreProgram; // the pg_restore beside the chosen pg_dump, for verification
    QString m_compressor; // zstd or gzip as found on PATH: it reads the file back (pack-archive writes zstd itself)
    BackupPlan m_plan;

    std::unique_ptr<PasswordFile> m_passwordFile;
    ProcessPipeline *m_pipeline = nullptr;
    QTimer *m_timer = nullptr;
    DumpProgressTracker m_tracker;
    QString m_applicationName;
    bool m_pollInFlight = false;
    QElapsedTimer m_clock;
    qint64 m_dumpMs = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_verifying = false;
};
