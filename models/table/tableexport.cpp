#include "tableexport.h"

#include "common/whenfinished.h"

#include "common/tabularwriter.h"
#include "connection/pgerror.h"
#include "connection/session.h"
#include "table/tablequery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPointer>
#include <QSaveFile>
#include <atomic>
#include <functional>
#include <libpq-fe.h>
#include <optional>

struct TableExport::Shared
{
    std::atomic_bool cancel = false;
    std::atomic_bool running = false; // the job runs on the worker now, so Session::cancel() reaches it
};

namespace {

// Rows are collected into about this much text between writes to the file.
constexpr qsizetype FlushBytes = 1 << 20;
// Progress is reported after this many rows or this much time, whichever comes first.
constexpr qint64 ProgressRows = 10000;
constexpr qint64 ProgressMs = 100;

QString cancelledText()
{
    return QCoreApplication::translate("TableExport", "The export was cancelled; no file was written.");
}

// One export on the worker thread: sends the query in single-row mode and writes each row as it arrives,
// so memory stays flat however many rows there are. The file is committed only when every row is in.
class ExportJob
{
public:
    ExportJob(const PgConnection &conn, const QString &filePath, TabularWriter::Format format,
        const std::atomic_bool &cancel, std::function<void(qint64)> progress)
        : m_conn(conn)
        , m_file(filePath)
        , m_format(format)
        , m_cancel(cancel)
        , m_progress(std::move(progress))
    { }

    Error run(const QString &what, const BoundSql &sql);

private:
    Error start(const BoundSql &sql);
    Error receive();
    bool writeRows(const PGresult *result);
    void beginFile(const PGresult *result);
    bool flush(bool force);
    void reportProgress(bool force);
    void stopServer();
    Error serverError(const PGresult *result) const;
    QString fileError() const;

    const PgConnection &m_conn;
    QSaveFile m_file;
    TabularWriter::Format m_format;
    const std::atomic_bool &m_cancel;
    std::function<void(qint64)> m_progress;
    std::optional<TabularWriter> m_writer;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    qint64 m_reportedRows = 0;
    QElapsedTimer m_sinceReport;
};

Error ExportJob::run(const QString &what, const BoundSql &sql)
{
    Error error = start(sql);
    if (error.isNull())
        error = receive();
    // A cancel shows up as the server's "canceling statement" error, or as nothing if it came late.
    if (m_cancel)
        error = {{}, cancelledText()};
    if (error.isNull()) {
        if (!m_writer)
            error.why = QCoreApplication::translate("TableExport", "The server sent no result.");
        else
            m_writer->appendEnd(m_buffer);
    }
    if (error.isNull() && (!flush(true) || !m_file.commit()))
        error.why = fileError();
    if (error.isNull()) {
        reportProgress(true);
        return {};
    }
    m_file.cancelWriting(); // a partial file must never look like a complete one
    error.what = what;
    return error;
}

Error ExportJob::start(const BoundSql &sql)
{
    if (!m_conn.isOpen())
        return {{}, QCoreApplication::translate("TableExport", "Not connected to the server.")};
    if (!m_file.open(QIODevice::WriteOnly))
        return {{}, fileError()};
    if (m_cancel)
        return {{}, cancelledText()};
    // Single-row mode: without it libpq would gather the whole result in memory.
    Error error;
    if (!m_conn.send(sql.sql, sql.binds, true, &error))
        return error;
    m_sinceReport.start();
    return {};
}

Error ExportJob::receive()
{
    // Every result must be read, even after a stop, so that the connection is idle again for the next job.
    Error error;
    bool stopped = false;
    while (const PgResultHandle result = m_conn.nextResult()) {
        const ExecStatusType status = PQresultStatus(result.get());
        if (status == PGRES_SINGLE_TUPLE || status == PGRES_TUPLES_OK) {
            if (!stopped && !m_cancel && !writeRows(result.get()))
                error.why = fileError();
        } else if (error.isNull()) {
            error = serverError(result.get());
        }
        if (!stopped && (m_cancel || !error.isNull())) {
            stopped = true;
            stopServer();
        }
    }
    return error;
}

void ExportJob::beginFile(const PGresult *result)
{
    QList<TabularWriter::Column> columns;
    for (int c = 0; c < PQnfields(result); ++c)
        columns.append({QString::fromUtf8(PQfname(result, c)), TabularWriter::kindOfType(PQftype(result, c))});
    m_writer.emplace(m_format, columns);
    m_buffer.reserve(FlushBytes + FlushBytes / 4);
    m_writer->appendBeginning(m_buffer);
}

bool ExportJob::writeRows(const PGresult *result)
{
    if (!m_writer)
        beginFile(result);
    const int columns = PQnfields(result);
    for (int r = 0; r < PQntuples(result); ++r) {
        m_writer->beginRow(m_buffer);
        for (int c = 0; c < columns; ++c)
            m_writer->appendCell(m_buffer, c, QByteArrayView(PQgetvalue(result, r, c), PQgetlength(result, r, c)),
                PQgetisnull(result, r, c));
        m_writer->endRow(m_buffer);
        ++m_rows;
    }
    reportProgress(false);
    return flush(false);
}

bool ExportJob::flush(bool force)
{
    if (!force && m_buffer.size() < FlushBytes)
        return true;
    if (m_file.write(m_buffer) != m_buffer.size() || m_file.error() != QFileDevice::NoError)
        return false;
    m_buffer.resize(0); // keeps the capacity for the next megabyte
    return true;
}

void ExportJob::reportProgress(bool force)
{
    if (!m_progress || m_rows == m_reportedRows)
        return;
    if (force || m_rows - m_reportedRows >= ProgressRows || m_sinceReport.elapsed() >= ProgressMs) {
        m_progress(m_rows);
        m_reportedRows = m_rows;
        m_sinceReport.restart();
    }
}

void ExportJob::stopServer()
{
    // Rows still streaming would otherwise have to be read to the end before the connection is free again.
    m_conn.cancelRunning();
}

Error ExportJob::serverError(const PGresult *result) const
{
    Error error = PgError::fromResult(result, nullptr, {});
    if (error.why.isEmpty())
        error.why = QCoreApplication::translate("TableExport", "The server stopped the export.");
    return error;
}

QString ExportJob::fileError() const
{
    return QCoreApplication::translate("TableExport", "The file could not be written: %1").arg(m_file.errorString());
}

} // namespace

TableExport::TableExport(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_shared(std::make_shared<Shared>())
{ }

TableExport::~TableExport()
{
    // The job owns its file and finishes on its own: cancelled, it discards the partial file.
    cancel();
}

void TableExport::start(const TableQuery &query, const QString &filePath, Format format)
{
    // A fresh shared state, so that a late report of an earlier export can never be taken for this one's.
    m_shared = std::make_shared<Shared>();
    m_running = true;
    const auto shared = m_shared;
    const BoundSql sql = query.exportQuery();
    const qint64 estimate = query.table().estimatedRows;
    const QString what = QCoreApplication::translate("TableExport", "Exporting %1 to %2")
                             .arg(query.table().qualifiedName(), QDir::toNativeSeparators(filePath));
    const auto writerFormat = format == Format::Json ? TabularWriter::Format::Json : TabularWriter::Format::Csv;
    QPointer<TableExport> self(this);
    auto report = [self, shared, estimate](qint64 rows) {
        QMetaObject::invokeMethod(qApp, [self, shared, rows, estimate] {
            if (self && self->m_shared == shared)
                Q_EMIT self->progress(rows, estimate);
        });
    };
    QFuture<Error> future = m_session->call([=](PgConnection &conn) {
        shared->running = true;
        ExportJob job(conn, filePath, writerFormat, shared->cancel, report);
        const Error error = job.run(what, sql);
        shared->running = false;
        return error;
    });
    whenFinished(future, this, [this, shared](const Error &error) {
        if (m_shared != shared)
            return;
        m_running = false;
        Q_EMIT finished(error);
    });
}

void TableExport::cancel()
{
    if (!m_running)
        return;
    m_shared->cancel = true;
    // Wakes a job that waits for the server's first row (a long sort); the job notices the flag at once
    // otherwise. Only while our job runs, so that nothing else on the session is cancelled.
    if (m_shared->running && m_session)
        m_session->cancel();
}
