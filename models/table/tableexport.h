#pragma once

#include "common/error.h"
#include "connection/session.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

class TableQuery;

// Writes the table browser's filtered, sorted rows to a CSV or JSON file on the session's worker thread,
// streaming them one at a time (libpq single-row mode) so that any number of rows fits in memory, with
// progress and cancel. The file appears only when complete (QSaveFile).
class TableExport : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    explicit TableExport(Session *session, QObject *parent = nullptr);
    ~TableExport() override;

    // Queues the export on the session; ends in finished(). One export at a time per object.
    void start(const TableQuery &query, const QString &filePath, Format format);
    // Stops the export: the running statement is cancelled on the server and no file is written.
    void cancel();
    bool isRunning() const { return m_running; }

    // The state shared with the job on the worker thread (defined in tableexport.cpp).
    struct Shared;

Q_SIGNALS:
    // estimatedTotal is the table's row estimate (pg_class.reltuples), -1 when unknown.
    void progress(qint64 rowsWritten, qint64 estimatedTotal);
    void finished(const Error &error); // null error: written; a cancelled export reports an error saying so

private:
    QPointer<Session> m_session;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};
