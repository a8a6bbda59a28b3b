#include "restorejob.h"

#include "backup/archivepacker.h"
#include "backup/copydatasizes.h"
#include "backup/passwordfile.h"
#include "backup/processpipeline.h"
#include "common/whenfinished.h"
#include "connection/session.h"
#include "table/pgstatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrent>
#include <algorithm>
#include <zlib.h>

struct RestoreJob::FileFacts
{
    DumpFileInfo info;
    qint64 bytes = 0;
    QList<MetaCommand> commands;
    qint64 commandCount = 0;
    qint64 refused = 0;
    QList<DumpTable> tables;
    Error error;
    QList<PgToolInstall> installed;
};

namespace {

constexpr qint64 Chunk = 1 << 20;

// Feeds the whole (decompressed) plain SQL to the scanner and the table sizes, and checks pg_dump's completion
// line at its end.
Error scanPlain(const QString &path, DumpWrapper wrapper, MetaCommandScanner &scanner, CopyDataSizes &sizes)
{
    QByteArray tail;
    // Every byte goes to the scanner; only the last 4 KB are kept, for the completion line.
    const auto take = [&](const char *data, qint64 size) {
        scanner.feed(data, size);
        sizes.feed(data, size);
        if (size >= 4096) {
            tail = QByteArray(data + size - 4096, 4096);
        } else {
            tail.append(data, qsizetype(size));
            if (tail.size() > 4096)
                tail.remove(0, tail.size() - 4096);
        }
    };
    const QString what = QCoreApplication::translate("RestoreJob", "Reading %1").arg(path);
    QByteArray buffer(Chunk, Qt::Uninitialized);
    if (wrapper == DumpWrapper::Gzip) {
        gzFile file = gzopen(QFile::encodeName(path).constData(), "rb");
        if (!file)
            return {what, QCoreApplication::translate("RestoreJob", "The file cannot be opened.")};
        int read = 0;
        while ((read = gzread(file, buffer.data(), unsigned(buffer.size()))) > 0)
            take(buffer.constData(), read);
        int code = Z_OK;
        const QString message = QString::fromLatin1(gzerror(file, &code));
        gzclose(file);
        if (read < 0 || (code != Z_OK && code != Z_STREAM_END))
            return {what,
                QCoreApplication::translate("RestoreJob", "The compressed file is damaged or cut short (%1).")
                    .arg(message)};
    } else if (wrapper == DumpWrapper::Zstd) {
        QProcess zstd;
        zstd.start(QStringLiteral("zstd"), {QStringLiteral("-dcq"), QStringLiteral("--"), path});
        if (!zstd.waitForStarted(10000))
            return {
                what, QCoreApplication::translate("RestoreJob", "zstd is not installed. Install the package zstd.")};
        while (zstd.state() == QProcess::Running || zstd.bytesAvailable() > 0) {
            zstd.waitForReadyRead(1000);
            const QByteArray data = zstd.readAllStandardOutput();
            take(data.constData(), data.size());
            if (data.isEmpty() && zstd.state() != QProcess::Running)
                break;
        }
        zstd.waitForFinished(-1);
        const QByteArray rest = zstd.readAllStandardOutput();
        take(rest.constData(), rest.size());
        if (zstd.exitStatus() != QProcess::NormalExit || zstd.exitCode() != 0)
            return {what,
                QCoreApplication::translate("RestoreJob", "The compressed file is damaged or cut short (%1).")
                    .arg(QString::fromLocal8Bit(zstd.readAllStandardError()).trimmed())};
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {what, file.errorString()};
        qint64 read = 0;
        while ((read = file.read(buffer.data(), buffer.size())) > 0)
            take(buffer.constData(), read);
        if (read < 0)
            return {what, file.errorString()};
    }
    scanner.finish();
    sizes.finish();
    if (!tail.contains("dump complete"))
        return {what,
            QCoreApplication::translate("RestoreJob",
                "The file does not end with pg_dump's completion line: it is incomplete (cut short while it was "
                "written or copied). Nothing was restored.")};
    return {};
}

// Where the process has got to in reading path (from /proc/<pid>/fdinfo), or -1.
qint64 readPosition(qint64 pid, const QString &path)
{
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        if (QFileInfo(fds.filePath(fd)).symLinkTarget() != path)
            continue;
        QFile info(QStringLiteral("/proc/%1/fdinfo/%2").arg(pid).arg(fd));
        if (!info.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : info.readAll().split('\n'))
            if (line.startsWith("pos:"))
                return line.mid(4).trimmed().toLongLong();
    }
    return -1;
}

} // namespace

QString RestoreFacts::dataSummary() const
{
    qint64 rows = 0;
    qint64 bytes = 0;
    for (const DumpTable &table : tables) {
        rows += table.rows;
        bytes += table.bytes;
    }
    if (bytes == 0)
        return {};
    return QCoreApplication::translate("RestoreJob", "Data of %n table(s): %1 rows, %2 as SQL.", nullptr,
        int(tables.size()))
        .arg(QLocale().toString(rows), QLocale().formattedDataSize(bytes));
}

RestoreJob::RestoreJob(
    const ConnectionProfile &target, const QString &password, const RestoreOptions &options, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_password(password)
    , m_options(options)
{ }

RestoreJob::~RestoreJob()
{
    delete m_pipeline; // kills and waits for the children
}

ProcessPipeline *RestoreJob::newPipeline(bool withPassword)
{
    if (m_pipeline)
        m_pipeline->deleteLater(); // it has ended, and we may be inside its finished() signal
    m_pipeline = new ProcessPipeline(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (withPassword) {
        if (!m_passwordFile)
            m_passwordFile = std::make_unique<PasswordFile>(m_password);
        environment = m_passwordFile->apply(environment);
        environment.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("saytruth-restore"));
    }
    m_pipeline->setEnvironment(environment);
    return m_pipeline;
}

void RestoreJob::prepare()
{
    m_running = true;
    m_pending = 2;
    const QString path = m_options.path;
    const QStringList directories = PgTools::searchDirectories(m_toolDirectory);
    whenFinished(QtConcurrent::run([path, directories] {
        FileFacts facts;
        facts.info = DumpFile::inspect(path);
        facts.bytes = QFileInfo(path).size();
        if (facts.info.format == DumpFormat::Unknown) {
            facts.error = facts.info.error;
            return facts;
        }
        if (facts.info.format == DumpFormat::Tar && facts.info.wrapper == DumpWrapper::None)
            facts.error = DumpFile::checkTar(path);
        if (facts.info.format == DumpFormat::Plain) {
            MetaCommandScanner scanner;
            CopyDataSizes sizes;
            facts.error = scanPlain(path, facts.info.wrapper, scanner, sizes);
            facts.tables = sizes.tables();
            facts.commands = scanner.commands();
            facts.commandCount = scanner.commandCount();
            facts.refused = scanner.refusedCount();
        }
        facts.installed = PgTools::discover(
            facts.info.isArchive() ? QStringLiteral("pg_restore") : QStringLiteral("psql"), directories);
        return facts;
    }),
        this, [this](const FileFacts &facts) { fileExamined(facts); });

    m_session = std::make_unique<Session>(m_target, m_password, QStringLiteral("restore"));
    connect(m_session.get(), &Session::opened, this, [this](const ServerInfo &info) {
        m_serverMajor = info.versionNumber / 10000;
        m_facts.serverVersion = info.version;
        whenFinished(m_session->call([](PgConnection &connection) {
            return connection.exec(
                QStringLiteral("SELECT EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                               "WHERE c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema' AND n.nspname NOT "
                               "LIKE 'pg\\_%')"));
        }),
            this, [this](const PgResult &result) {
                if (!result.ok())
                    m_prepareError = result.error;
                else
                    m_facts.databaseHasTables = result.value(0, 0).toBool();
                partDone();
            });
    });
    connect(m_session.get(), &Session::openFailed, this, [this](const Error &error) {
        if (error.sqlState != QLatin1String("3D000")) { // invalid_catalog_name: the database does not exist
            m_prepareError = error;
            partDone();
            return;
        }
        m_facts.databaseExists = false;
        if (!m_options.createDatabase) {
            m_prepareError = {tr("Restoring into %1").arg(m_target.database),
                tr("The database %1 does not exist. Choose to create it, or pick another database.")
                    .arg(m_target.database)};
            partDone();
            return;
        }
        // Ask the server's maintenance database for the version; the target is created when the restore runs.
        ConnectionProfile maintenance = m_target;
        maintenance.database = QStringLiteral("postgres");
        m_session = std::make_unique<Session>(maintenance, m_password, QStringLiteral("restore"));
        connect(m_session.get(), &Session::opened, this, [this](const ServerInfo &info) {
            m_serverMajor = info.versionNumber / 10000;
            m_facts.serverVersion = info.version;
            partDone();
        });
        connect(m_session.get(), &Session::openFailed, this, [this](const Error &failure) {
            m_prepareError = failure;
            partDone();
        });
        m_session->open();
    });
    m_session->open();
}

void RestoreJob::fileExamined(const FileFacts &facts)
{
    m_facts.file = facts.info;
    m_facts.fileBytes = facts.bytes;
    m_facts.metaCommands = facts.commands;
    m_facts.tables = facts.tables;
    m_facts.refusedCommands = facts.refused;
    m_installed = facts.installed;
    if (facts.error && !m_prepareError)
        m_prepareError = facts.error;
    if (!m_prepareError && facts.refused > 0) {
        const MetaCommand *first = nullptr;
        for (const MetaCommand &command : facts.commands)
            if (command.refused && !first)
                first = &command;
        m_prepareError = {tr("Checking %1 before restoring it").arg(m_options.path),
            tr("The file holds %n psql command(s) that could harm this computer; nothing was restored.", "",
                int(facts.refused)),
            {},
            first ? tr("Line %1: %2 (refused because %3)").arg(first->line).arg(first->text, first->reason)
                  : QString()};
    }
    partDone();
}

void RestoreJob::partDone()
{
    if (--m_pending > 0 || !m_running)
        return; // still waiting for the other part, or cancelled meanwhile (finished was said already)
    if (m_prepareError) {
        finish(RestoreResult::Outcome::Failed, m_prepareError);
        return;
    }
    Error error;
    const std::optional<PgToolChoice> choice = m_facts.file.isArchive()
        ? PgTools::chooseForRestore(
            QStringLiteral("pg_restore"), m_installed, m_facts.file.readerMajor, m_serverMajor, &error)
        : PgTools::chooseForRestore(QStringLiteral("psql"), m_installed, 0, m_serverMajor, &error);
    if (!choice) {
        finish(RestoreResult::Outcome::Failed, error);
        return;
    }
    m_facts.tool = *choice;
    const bool unpack = m_facts.file.format == DumpFormat::Custom && m_facts.file.wrapper != DumpWrapper::None
        && m_options.jobs > 1 && !m_options.singleTransaction;
    if (unpack) {
        // Next to the backup when that folder is writable (it has room for backups), else the temp folder.
        const QFileInfo source(m_options.path);
        const QFileInfo folder(source.absolutePath());
        m_unpacked
            = std::make_unique<QTemporaryDir>((folder.isWritable() ? folder.absoluteFilePath() : QDir::tempPath())
                + QStringLiteral("/.saytruth-restore-XXXXXX"));
        if (!m_unpacked->isValid()) {
            m_unpacked.reset();
        } else {
            m_unpackedPath = m_unpacked->filePath(QStringLiteral("archive.dump"));
            RestoreOptions unpacked = m_options;
            unpacked.path = m_unpackedPath;
            DumpFileInfo plainFile = m_facts.file;
            plainFile.wrapper = DumpWrapper::None;
            m_stages = RestoreCommand::build(unpacked, plainFile, m_target, m_facts.tool.program, &m_facts.notes);
            m_facts.notes << tr("Unpacked during the check into %1 so that %2 jobs can restore in parallel; removed "
                                "afterwards.")
                                 .arg(m_unpacked->path())
                                 .arg(m_options.jobs);
        }
    }
    if (!m_unpacked)
        m_stages = RestoreCommand::build(m_options, m_facts.file, m_target, m_facts.tool.program, &m_facts.notes);
    if (m_facts.file.isArchive())
        verifyArchive();
    else
        Q_EMIT prepared();
}

void RestoreJob::verifyArchive()
{
    // Read every block once, decompressing as a restore would: a truncated or corrupt archive fails here,
    // before the database is touched (pg_restore --list alone reads only the table of contents, and stops
    // reading a pipe early). Its --verbose lines name the tables whose data the archive holds.
    QList<PipelineStage> stages;
    const PipelineStage unwrap = RestoreCommand::unwrapStage(m_facts.file, m_options.path);
    if (!unwrap.program.isEmpty())
        stages << unwrap;
    if (m_unpacked)
        stages << PipelineStage {QStringLiteral("tee"), {QStringLiteral("--"), m_unpackedPath}};
    // pg_restore writes the SQL it would run, and "saytruth-studio copy-sizes" measures every table's data in
    // it (without the app's program, only the tables' names are known, from the --verbose lines).
    const QString studio = ArchivePacker::program();
    m_checkFolder = studio.isEmpty() ? nullptr : std::make_unique<QTemporaryDir>();
    const bool measure = m_checkFolder && m_checkFolder->isValid();
    const QString report = measure ? m_checkFolder->filePath(QStringLiteral("sizes")) : QString();
    QStringList arguments {
        QStringLiteral("--verbose"), measure ? QStringLiteral("--file=-") : QStringLiteral("--file=/dev/null")};
    if (unwrap.program.isEmpty())
        arguments << m_options.path;
    stages << PipelineStage {m_facts.tool.program, arguments};
    if (measure)
        stages << PipelineStage {studio, {QStringLiteral("copy-sizes"), QStringLiteral("--report=") + report}};
    ProcessPipeline *pipeline = newPipeline(false);
    m_facts.tables.clear();
    connect(pipeline, &ProcessPipeline::errorLine, this, [this](int, const QString &line) {
        static const QRegularExpression tableData(QStringLiteral(R"re(processing data for table "([^"]+)")re"));
        const QRegularExpressionMatch match = tableData.match(line);
        if (match.hasMatch())
            m_facts.tables.append({match.captured(1), 0, 0});
    });
    connect(pipeline, &ProcessPipeline::finished, this, [this, report, measure] {
        if (m_pipeline->wasCancelled()) {
            finish(RestoreResult::Outcome::Cancelled);
            return;
        }
        // The sizes are for showing: when only their stage failed (it reads everything before it writes its
        // report), the file was still read completely without error.
        const QList<ProcessPipeline::StageResult> &stages = m_pipeline->results();
        const bool onlySizesFailed = measure && !m_pipeline->succeeded() && stages.size() > 1
            && std::all_of(stages.cbegin(), stages.cend() - 1, [](const auto &stage) { return stage.succeeded(); });
        if (onlySizesFailed)
            Q_EMIT logLine(tr("The tables' sizes could not be measured: %1").arg(m_pipeline->failureText()));
        if (!m_pipeline->succeeded() && !onlySizesFailed) {
            const bool unpacking
                = m_unpacked && m_pipeline->results().value(m_pipeline->failedStage()).program == QLatin1String("tee");
            finish(RestoreResult::Outcome::Failed,
                {tr("Checking %1 before restoring it").arg(m_options.path),
                    unpacking
                        ? tr("Unpacking it for a parallel restore failed (is the disk full?); nothing was restored. "
                             "Restore with one job to read it straight from the file.")
                        : tr("The file is damaged or cut short; nothing was restored."),
                    {}, m_pipeline->failureText()});
            return;
        }
        QHash<QString, DumpTable> measured;
        for (const DumpTable &sized : CopyDataSizes::readReport(report))
            measured.insert(sized.name, sized);
        for (DumpTable &table : m_facts.tables)
            table = measured.value(table.name, table);
        // Weighted by the bytes of their data; a table of unknown (or no) size still counts for a little.
        QList<DumpTable> tables = m_facts.tables;
        for (DumpTable &table : tables)
            table.bytes = qMax<qint64>(table.bytes, 1);
        m_tracker.setTables(tables);
        m_tracker.setParallel(m_options.jobs > 1);
        Q_EMIT prepared();
    });
    Q_EMIT logLine(tr("Reading the whole archive once to check it"));
    pipeline->start(stages);
}

void RestoreJob::run()
{
    if (!m_running || m_stages.isEmpty())
        return; // cancelled, failed, or not prepared
    m_clock.start();
    if (m_facts.databaseExists) {
        startRestore();
        return;
    }
    const QString name = m_target.database;
    Q_EMIT logLine(tr("Creating the database %1").arg(name));
    whenFinished(m_session->call([name](PgConnection &connection) {
        return connection.exec(QStringLiteral("CREATE DATABASE ") + PgStatement::quoteIdentifier(name));
    }),
        this, [this](const PgResult &result) {
            if (!result.ok()) {
                finish(RestoreResult::Outcome::Failed, result.error);
                return;
            }
            m_facts.databaseExists = true;
            startRestore();
        });
}

void RestoreJob::startRestore()
{
    if (m_cancelled) {
        finish(RestoreResult::Outcome::Cancelled);
        return;
    }
    ProcessPipeline *pipeline = newPipeline(true);
    if (!m_passwordFile->isValid()) {
        finish(RestoreResult::Outcome::Failed, {tr("Writing a private password file"), m_passwordFile->errorString()});
        return;
    }
    connect(pipeline, &ProcessPipeline::errorLine, this, [this](int, const QString &line) {
        m_tracker.takeLine(line);
        if (line.contains(QLatin1String("creating INDEX")) || line.contains(QLatin1String("creating CONSTRAINT"))
            || line.contains(QLatin1String("creating FK CONSTRAINT")))
            ++m_indexesCreated;
        Q_EMIT logLine(line);
    });
    connect(pipeline, &ProcessPipeline::finished, this, [this] {
        if (m_pipeline->wasCancelled()) {
            finish(RestoreResult::Outcome::Cancelled);
            return;
        }
        if (!m_pipeline->succeeded()) {
            QString detail;
            for (const ProcessPipeline::StageResult &stage : m_pipeline->results())
                detail += RestoreCommand::failureDetail(stage.errorTail);
            finish(RestoreResult::Outcome::Failed,
                {tr("Restoring into %1").arg(m_target.database),
                    m_pipeline->failureText()
                        + (m_options.singleTransaction ? tr(" Nothing was kept: the restore ran in one transaction.")
                                                       : tr(" What ran before the error stays in the database.")),
                    {}, detail});
            return;
        }
        finish(RestoreResult::Outcome::Restored);
    });
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &RestoreJob::tick);
    m_timer->start();
    pipeline->start(m_stages);
}

void RestoreJob::tick()
{
    DumpProgress progress = m_tracker.progress(m_clock.elapsed());
    progress.phase = tr("Restoring");
    const QList<qint64> pids = m_pipeline ? m_pipeline->processIds() : QList<qint64> {};
    const QString path = QFileInfo(m_options.path).canonicalFilePath();
    if (!pids.isEmpty() && pids.first() > 0 && m_facts.file.format != DumpFormat::Directory && m_facts.fileBytes > 0) {
        const qint64 position = readPosition(pids.first(), path);
        if (position >= 0) {
            progress.bytesWritten = position; // bytes of the file read so far
            progress.fraction = double(position) / double(m_facts.fileBytes);
            if (progress.fraction > 0.01)
                progress.remainingMs = qint64(double(progress.elapsedMs) * (1 - progress.fraction) / progress.fraction);
        } else if (m_indexesCreated > 0) {
            progress.phase = tr("Building indexes and constraints (%n done)", "", m_indexesCreated);
            progress.fraction = 1;
            progress.remainingMs = -1;
        }
    }
    Q_EMIT progressChanged(progress);
}

void RestoreJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_pipeline && m_pipeline->isRunning()) {
        m_pipeline->cancel();
        return;
    }
    if (m_session)
        m_session->cancel();
    if (m_pending > 0 || !m_pipeline)
        finish(RestoreResult::Outcome::Cancelled);
}

void RestoreJob::finish(RestoreResult::Outcome outcome, const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_timer)
        m_timer->stop();
    RestoreResult result;
    result.outcome
        = m_cancelled && outcome != RestoreResult::Outcome::Restored ? RestoreResult::Outcome::Cancelled : outcome;
    result.error = error;
    result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (result.outcome == RestoreResult::Outcome::Restored) {
        Q_EMIT progressChanged(m_tracker.finished(result.elapsedMs, tr("Restored")));
    }
    m_passwordFile.reset();
    // Its children have ended, so the unpacked copy can go; the pipeline itself goes later, as we may be inside
    // its finished() signal.
    if (m_pipeline)
        m_pipeline->deleteLater();
    m_pipeline = nullptr;
    m_unpacked.reset();
    if (m_session)
        m_session->close();
    Q_EMIT finished(result);
}
