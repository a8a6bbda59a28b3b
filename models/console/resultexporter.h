#pragma once

#include "common/error.h"
#include "console/resultchunk.h"

#include <QFuture>
#include <QObject>
#include <atomic>
#include <memory>
#include <vector>

class ResultSetModel;

// Writes a console result to CSV (RFC 4180) or JSON (an array of objects; numbers stay numbers, NULL is
// null) on a worker thread, with progress and cancel. The file appears only when complete (QSaveFile).
class ResultExporter : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    explicit ResultExporter(QObject *parent = nullptr);
    ~ResultExporter() override;

    // Takes a snapshot of the model's rows (chunks are immutable) and starts writing.
    void start(const ResultSetModel &model, const QString &filePath, Format format);
    void cancel() { m_cancel->store(true); }
    bool isRunning() const { return m_running; }

    static Format formatForFile(const QString &filePath); // by extension: .json → Json, else Csv
    // The whole export on the calling thread; used by start() and by tests.
    static Error write(const QList<ResultColumn> &columns,
        const std::vector<std::shared_ptr<const ResultChunk>> &chunks, const QString &filePath, Format format,
        const std::function<void(qint64)> &progress, const std::atomic_bool &cancel);

Q_SIGNALS:
    void progress(qint64 rowsWritten, qint64 rowsTotal);
    void finished(const Error &error); // null error: written; cancelled exports report an error saying so

private:
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    bool m_running = false;
    QFuture<void> m_future;
};
