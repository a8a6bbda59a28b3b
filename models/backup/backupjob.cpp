#include "backupjob.h"

#include "backup/archivepacker.h"
#include "backup/deepverifier.h"
#include "backup/dumpfile.h"
#include "backup/passwordfile.h"
#include "backup/processpipeline.h"
#include "common/whenfinished.h"
#include "connection/session.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>

namespace {

const char *const DumpTrailer = "-- PostgreSQL database dump complete";

// Every table whose rows a dump copies, with its size, for weighting the progress. From the catalog's page
// counts, not pg_relation_size(): that takes a lock, and would wait behind anyone holding an exclusive one.
const char *const TablesSql = R"(
SELECT n.nspname, c.relname,
       (c.relpages::bigint + coalesce(t.relpages, 0)) * current_setting('block_size')::bigint,
       greatest(c.reltuples, 0)::bigint
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
WHERE c.relkind IN ('r', 'm') AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
)";

// Rows copied so far by the dump's own connections (found by their application_name).
const char *const CopyProgressSql = R"(
SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), p.tuples_processed
FROM pg_stat_progress_copy p
JOIN pg_stat_activity a ON a.pid = p.pid
JOIN pg_class c ON c.oid = p.relid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE a.application_name = $1
)";

// Moves from to to without replacing an existing to (unless overwrite): RENAME_NOREPLACE where the file
// system has it, which closes the gap between "does it exist" and "rename".
bool moveIntoPlace(const QString &from, const QString &to, bool overwrite, QString *error)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (!overwrite) {
        if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
            return true;
        if (errno != EINVAL && errno != ENOSYS) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        if (QFileInfo::exists(to)) {
            *error = QString::fromLocal8Bit(std::strerror(EEXIST));
            return false;
        }
    } else if (QFileInfo(to).isDir()) {
        // A folder cannot replace a folder in one step: move the old one aside, then drop it.
        const QString aside = to + QStringLiteral(".replaced");
        QDir(aside).removeRecursively();
        if (std::rename(target.constData(), QFile::encodeName(aside).constData()) != 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        const bool moved = std::rename(source.constData(), target.constData()) == 0;
        if (!moved)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        QDir(aside).removeRecursively();
        return moved;
    }
    if (std::rename(source.constData(), target.constData()) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}

bool diskFull(const ProcessPipeline &pipeline)
{
    for (const ProcessPipeline::StageResult &result : pipeline.results())
        if (result.errorTail.contains(QLatin1String("No space left on device"))
            || result.errorTail.contains(QLatin1String("Disk quota exceeded")))
            return true;
    return false;
}

} // namespace

BackupJob::BackupJob(
    const ConnectionProfile &profile, const QString &password, const BackupOptions &options, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_password(password)
    , m_options(options)
{
    m_applicationName
        = QStringLiteral("saytruth-backup-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

BackupJob::~BackupJob()
{
    if (m_running && m_pipeline) {
        delete m_pipeline; // kills and waits for the children
        m_pipeline = nullptr;
        removePartial();
    }
}

void BackupJob::prepare()
{
    m_running = true;
    m_preparing = 2;
    m_session = std::make_unique<Session>(m_profile, m_password, QStringLiteral("backup"));
    connect(m_session.get(), &Session::openFailed, this, [this](const Error &error) {
        m_prepareError = error;
        preparedPart();
    });
    connect(m_session.get(), &Session::opened, this, [this](const ServerInfo &info) {
        m_serverMajor = info.versionNumber / 10000;
        m_serverVersion = info.version;
        if (info.inRecovery)
            m_warning = standbyWarning(info);
        whenFinished(m_session->call([](PgConnection &connection) {
            return std::pair {connection.exec(QStringLiteral("SELECT pg_backend_pid()")),
                connection.exec(QString::fromLatin1(TablesSql))};
        }),
            this, [this, info](const std::pair<PgResult, PgResult> &results) {
                const PgResult &pid = results.first;
                const PgResult &result = results.second;
                if (pid.ok() && pid.value(0, 0).toInt() != info.backendPid) {
                    // The backend that answers is not the one the connection was given: a pooler in between.
                    m_prepareError = {tr("Checking the connection"),
                        tr("This connection goes through a connection pooler (PgBouncer or alike), which hands "
                           "each transaction to any server connection; pg_dump needs one server session for the "
                           "whole backup. Back up through a direct connection to the primary (for CloudNativePG "
                           "its <cluster>-rw Service, for Crunchy PGO <cluster>-primary).")};
                } else if (!result.ok()) {
                    m_prepareError = result.error;
                } else {
                    for (const QVariantList &row : result.rows) {
                        const QString schema = row[0].toString();
                        const QString name = row[1].toString();
                        const QString qualified = schema + QLatin1Char('.') + name;
                        const bool chosen = (m_options.schemas.isEmpty() && m_options.tables.isEmpty())
                            || m_options.schemas.contains(schema) || m_options.tables.contains(qualified);
                        if (chosen)
                            m_tables.append({qualified, row[2].toLongLong(), row[3].toLongLong()});
                    }
                }
                preparedPart();
            });
    });
    m_session->open();
    const QStringList directories = PgTools::searchDirectories(m_toolDirectory);
    whenFinished(QtConcurrent::run([directories] { return PgTools::discover(QStringLiteral("pg_dump"), directories); }),
        this, [this](const QList<PgToolInstall> &installed) {
            m_installed = installed;
            preparedPart();
        });
}

QString BackupJob::standbyWarning(const ServerInfo &info)
{
    const QString behind = info.replayLagSeconds
        ? tr(" (its last replayed transaction committed %1 s ago)").arg(qRound64(*info.replayLagSeconds))
        : QString();
    return tr("This server is a standby%1: the backup holds what it has replayed so far, and a long dump may be "
              "cancelled by a conflict with replication. For a backup of the primary, connect to it (for "
              "CloudNativePG its <cluster>-rw Service, not -ro).")
        .arg(behind);
}

void BackupJob::preparedPart()
{
    if (--m_preparing > 0 || !m_running)
        return; // still waiting for the other part, or cancelled meanwhile (finished was said already)
    if (m_prepareError) {
        finish(BackupResult::Outcome::Failed, m_prepareError);
        return;
    }
    Error error;
    const std::optional<PgToolChoice> choice
        = PgTools::choose(QStringLiteral("pg_dump"), m_installed, m_serverMajor, &error);
    if (!choice) {
        finish(BackupResult::Outcome::Failed, error);
        return;
    }
    m_tool = *choice;
    m_restoreProgram = QFileInfo(m_tool.program).dir().filePath(QStringLiteral("pg_restore"));
    QString compressor;
    if (m_options.format == BackupFormat::Custom)
        compressor = QStringLiteral("zstd");
    else if (m_options.format == BackupFormat::PlainGzip)
        compressor = QStringLiteral("gzip");
    QString compressorPath;
    if (!compressor.isEmpty()) {
        compressorPath = QStandardPaths::findExecutable(compressor);
        if (compressorPath.isEmpty()) {
            finish(BackupResult::Outcome::Failed,
                {tr("Choosing the compressor"),
                    tr("%1 is not installed. Install the package %1, or choose another format.").arg(compressor)});
            return;
        }
    }
    m_compressor = compressorPath;
    m_plan = BackupCommand::build(m_options, m_profile, m_tool.program,
        compressor == QLatin1String("zstd") ? compressorPath : QStringLiteral("zstd"),
        compressor == QLatin1String("gzip") ? compressorPath : QStringLiteral("gzip"), ArchivePacker::program());
    m_tracker.setTables(m_options.content == BackupOptions::Content::SchemaOnly ? QList<DumpTable> {} : m_tables);
    m_tracker.setParallel(m_options.format == BackupFormat::Directory && m_options.jobs > 1);
    Q_EMIT prepared();
}

void BackupJob::run()
{
    if (!m_running || m_plan.stages.isEmpty())
        return; // cancelled, failed, or not prepared
    const QFileInfo target(m_plan.finalPath);
    if (target.exists() && !m_overwrite) {
        finish(BackupResult::Outcome::Failed,
            {tr("Backing up to %1").arg(m_plan.finalPath),
                tr("A file of that name exists already; it was left as it is.")});
        return;
    }
    if (!target.dir().exists()) {
        finish(BackupResult::Outcome::Failed,
            {tr("Backing up to %1").arg(m_plan.finalPath),
                tr("The folder %1 does not exist.").arg(target.dir().path())});
        return;
    }
    removePartial(); // a leftover of an earlier run that died: it is ours and never complete
    m_passwordFile = std::make_unique<PasswordFile>(m_password);
    if (!m_passwordFile->isValid()) {
        finish(BackupResult::Outcome::Failed, {tr("Writing a private password file"), m_passwordFile->errorString()});
        return;
    }
    QProcessEnvironment environment = m_passwordFile->apply(QProcessEnvironment::systemEnvironment());
    environment.insert(QStringLiteral("PGAPPNAME"), m_applicationName);

    m_pipeline = new ProcessPipeline(this);
    m_pipeline->setEnvironment(environment);
    if (m_options.format == BackupFormat::PlainGzip)
        m_pipeline->setOutputFile(m_plan.partialPath);
    connect(m_pipeline, &ProcessPipeline::errorLine, this, [this](int, const QString &line) {
        m_tracker.takeLine(line);
        Q_EMIT logLine(line);
    });
    connect(m_pipeline, &ProcessPipeline::finished, this, &BackupJob::dumpFinished);
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &BackupJob::tick);
    m_clock.start();
    Q_EMIT logLine(tr("Running %1 (%2)").arg(m_tool.program, m_tool.reason));
    m_pipeline->start(m_plan.stages);
    m_timer->start();
}

qint64 BackupJob::sizeOnDisk(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isDir())
        return file.exists() ? file.size() : 0;
    qint64 total = 0;
    QDirIterator files(path, QDir::Files);
    while (files.hasNext()) {
        files.next();
        total += files.fileInfo().size();
    }
    return total;
}

void BackupJob::tick()
{
    DumpProgress progress = m_tracker.progress(m_clock.elapsed());
    progress.bytesWritten = sizeOnDisk(m_plan.partialPath);
    progress.phase = m_verifying ? tr("Verifying") : tr("Backing up");
    if (m_verifying) {
        progress.fraction = 1;
        progress.remainingMs = -1;
    }
    Q_EMIT progressChanged(progress);
    // pg_stat_progress_copy exists from PostgreSQL 14 on; one question at a time.
    if (m_verifying || m_pollInFlight || m_serverMajor < 14 || !m_session || !m_session->isConnected())
        return;
    m_pollInFlight = true;
    const QString name = m_applicationName;
    whenFinished(m_session->call([name](PgConnection &connection) {
        return connection.exec(QString::fromLatin1(CopyProgressSql), {name});
    }),
        this, [this](const PgResult &result) {
            m_pollInFlight = false;
            for (const QVariantList &row : result.rows)
                m_tracker.takeCopyProgress(row[0].toString(), row[1].toLongLong());
        });
}

void BackupJob::dumpFinished()
{
    m_dumpMs = m_clock.elapsed();
    if (m_pipeline->wasCancelled()) {
        finish(BackupResult::Outcome::Cancelled);
        return;
    }
    if (!m_pipeline->succeeded()) {
        Error error {tr("Backing up %1").arg(m_profile.database), m_pipeline->failureText()};
        if (diskFull(*m_pipeline)) {
            error.detail = error.why;
            error.why = tr("The disk holding %1 is full.").arg(QFileInfo(m_plan.finalPath).absolutePath());
        }
        finish(BackupResult::Outcome::Failed, error);
        return;
    }
    m_tracker.finishAll();
    verify();
}

void BackupJob::verify()
{
    m_verifying = true;
    Q_EMIT logLine(tr("Verifying %1").arg(m_plan.partialPath));
    if (!m_running)
        return; // cancelled from the log line's receiver
    if (m_options.format == BackupFormat::Plain) {
        QFile file(m_plan.partialPath);
        QByteArray tail;
        if (file.open(QIODevice::ReadOnly)) {
            file.seek(std::max<qint64>(0, file.size() - 4096));
            tail = file.readAll();
        }
        if (!tail.contains(DumpTrailer)) {
            finish(BackupResult::Outcome::Failed,
                {tr("Verifying the backup"),
                    tr("The file does not end with pg_dump's completion line: it is incomplete.")});
            return;
        }
        verifyFinished();
        return;
    }
    if (m_options.format == BackupFormat::Tar) {
        if (const Error damaged = DumpFile::checkTar(m_plan.partialPath)) {
            finish(BackupResult::Outcome::Failed, damaged);
            return;
        }
    }
    QList<PipelineStage> stages;
    const QString devNull = QStringLiteral("--file=/dev/null");
    switch (m_options.format) {
    case BackupFormat::Custom:
        stages << PipelineStage {m_compressor, {QStringLiteral("-dcq"), QStringLiteral("--"), m_plan.partialPath}}
               << PipelineStage {m_restoreProgram, {devNull}};
        break;
    case BackupFormat::Directory:
        stages << PipelineStage {m_restoreProgram, {devNull, QStringLiteral("--format=directory"), m_plan.partialPath}};
        break;
    case BackupFormat::Tar:
        stages << PipelineStage {m_restoreProgram, {devNull, QStringLiteral("--format=tar"), m_plan.partialPath}};
        break;
    case BackupFormat::PlainGzip:
        stages << PipelineStage {m_compressor, {QStringLiteral("-dc"), QStringLiteral("--"), m_plan.partialPath}};
        break;
    case BackupFormat::Plain:
        break;
    }
    m_pipeline->deleteLater(); // we may be inside its finished() signal: never delete a sender there
    m_pipeline = new ProcessPipeline(this);
    if (m_options.format == BackupFormat::PlainGzip)
        m_pipeline->setKeepOutputTail(4096);
    connect(m_pipeline, &ProcessPipeline::errorLine, this, [this](int, const QString &line) { Q_EMIT logLine(line); });
    connect(m_pipeline, &ProcessPipeline::finished, this, &BackupJob::verifyFinished);
    m_pipeline->start(stages);
}

void BackupJob::verifyFinished()
{
    if (m_pipeline && m_pipeline->wasCancelled()) {
        finish(BackupResult::Outcome::Cancelled);
        return;
    }
    if (m_pipeline && !m_pipeline->succeeded()) {
        finish(BackupResult::Outcome::Failed,
            {tr("Verifying the backup"), tr("Reading the backup back failed, so it cannot be trusted."), {},
                m_pipeline->failureText()});
        return;
    }
    if (m_pipeline && m_options.format == BackupFormat::PlainGzip && !m_pipeline->outputTail().contains(DumpTrailer)) {
        finish(BackupResult::Outcome::Failed,
            {tr("Verifying the backup"),
                tr("The decompressed file does not end with pg_dump's completion line: it is incomplete.")});
        return;
    }
    if (m_deepVerify && m_options.content == BackupOptions::Content::SchemaAndData) {
        m_deep = new DeepVerifier(m_profile, m_password, this);
        connect(m_deep, &DeepVerifier::logLine, this, &BackupJob::logLine);
        connect(m_deep, &DeepVerifier::finished, this, [this](const Error &error) {
            if (m_cancelled)
                finish(BackupResult::Outcome::Cancelled);
            else if (error)
                finish(BackupResult::Outcome::Failed, error);
            else
                nameIt();
        });
        QStringList tables;
        for (const DumpTable &table : std::as_const(m_tables))
            tables << table.name;
        m_deep->start(m_plan.partialPath, tables);
        return;
    }
    if (m_deepVerify)
        Q_EMIT logLine(tr("Deep check skipped: it compares row counts, and this backup holds only the %1.")
                           .arg(m_options.content == BackupOptions::Content::SchemaOnly ? tr("schema") : tr("data")));
    nameIt();
}

void BackupJob::nameIt()
{
    QString error;
    if (!moveIntoPlace(m_plan.partialPath, m_plan.finalPath, m_overwrite, &error)) {
        finish(BackupResult::Outcome::Failed, {tr("Naming the backup %1").arg(m_plan.finalPath), error});
        return;
    }
    finish(BackupResult::Outcome::Verified);
}

void BackupJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_pipeline && m_pipeline->isRunning()) {
        m_pipeline->cancel(); // finished(Cancelled) follows from dumpFinished/verifyFinished
        return;
    }
    if (m_deep) {
        m_deep->cancel(); // finished(Cancelled) follows once the scratch database is gone
        return;
    }
    finish(BackupResult::Outcome::Cancelled);
}

void BackupJob::removePartial()
{
    if (m_plan.partialPath.isEmpty())
        return;
    const QFileInfo partial(m_plan.partialPath);
    if (partial.isDir())
        QDir(m_plan.partialPath).removeRecursively();
    else if (partial.exists() || partial.isSymLink())
        QFile::remove(m_plan.partialPath);
}

void BackupJob::finish(BackupResult::Outcome outcome, const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_timer)
        m_timer->stop();
    BackupResult result;
    result.outcome
        = m_cancelled && outcome != BackupResult::Outcome::Verified ? BackupResult::Outcome::Cancelled : outcome;
    result.error = error;
    result.dumpMs = m_dumpMs;
    result.verifyMs = m_clock.isValid() ? m_clock.elapsed() - m_dumpMs : 0;
    if (result.outcome == BackupResult::Outcome::Verified) {
        result.file = m_plan.finalPath;
        result.bytes = sizeOnDisk(m_plan.finalPath);
        // The last word on progress, also for a backup quicker than the first tick.
        DumpProgress done = m_tracker.finished(m_clock.elapsed(), tr("Verified"));
        done.bytesWritten = result.bytes;
        Q_EMIT progressChanged(done);
    } else {
        removePartial();
    }
    m_passwordFile.reset();
    if (m_session)
        m_session->close();
    Q_EMIT finished(result);
}
