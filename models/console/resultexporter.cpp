#include "resultexporter.h"

#include "common/tabularwriter.h"
#include "console/resultsetmodel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QtConcurrent>

namespace {

TabularWriter makeWriter(const QList<ResultColumn> &columns, ResultExporter::Format format)
{
    // The console keeps its established JSON: numbers as numbers, every other type (booleans too) as text.
    QList<TabularWriter::Column> described;
    for (const ResultColumn &column : columns)
        described.append({column.name, column.isNumeric() ? TabularWriter::Kind::Number : TabularWriter::Kind::Text});
    return TabularWriter(
        format == ResultExporter::Format::Json ? TabularWriter::Format::Json : TabularWriter::Format::Csv, described);
}

} // namespace

ResultExporter::ResultExporter(QObject *parent)
    : QObject(parent)
{ }

ResultExporter::~ResultExporter()
{
    m_cancel->store(true);
    m_future.waitForFinished();
}

ResultExporter::Format ResultExporter::formatForFile(const QString &filePath)
{
    return QFileInfo(filePath).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ? Format::Json
                                                                                                 : Format::Csv;
}

Error ResultExporter::write(const QList<ResultColumn> &columns,
    const std::vector<std::shared_ptr<const ResultChunk>> &chunks, const QString &filePath, Format format,
    const std::function<void(qint64)> &progress, const std::atomic_bool &cancel)
{
    const QString what = QCoreApplication::translate("ResultExporter", "Exporting to %1").arg(filePath);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return {what, file.errorString()};
    TabularWriter writer = makeWriter(columns, format);
    QByteArray out;
    writer.appendBeginning(out);
    qint64 written = 0;
    for (const auto &chunk : chunks) {
        for (int r = 0; r < chunk->rowCount(); ++r) {
            writer.beginRow(out);
            for (int c = 0; c < chunk->columnCount(); ++c)
                writer.appendCell(out, c, chunk->cell(r, c), chunk->isNull(r, c));
            writer.endRow(out);
            ++written;
        }
        if (out.size() > (1 << 20) || &chunk == &chunks.back()) {
            if (file.write(out) != out.size())
                return {what, file.errorString()};
            out.clear();
        }
        if (cancel.load())
            return {
                what, QCoreApplication::translate("ResultExporter", "The export was cancelled; no file was written.")};
        if (progress)
            progress(written);
    }
    writer.appendEnd(out);
    if (file.write(out) != out.size() || !file.commit())
        return {what, file.errorString()};
    return {};
}

void ResultExporter::start(const ResultSetModel &model, const QString &filePath, Format format)
{
    m_cancel->store(false);
    m_running = true;
    const QList<ResultColumn> columns = model.columns();
    const auto chunks = model.chunks();
    const qint64 total = model.rowCount();
    auto cancel = m_cancel;
    QPointer<ResultExporter> self(this);
    m_future = QtConcurrent::run([=] {
        const Error error = write(
            columns, chunks, filePath, format,
            [self, total](qint64 rows) {
                QMetaObject::invokeMethod(qApp, [self, rows, total] {
                    if (self)
                        Q_EMIT self->progress(rows, total);
                });
            },
            *cancel);
        QMetaObject::invokeMethod(qApp, [self, error] {
            if (!self)
                return;
            self->m_running = false;
            Q_EMIT self->finished(error);
        });
    });
}
