#include "resultexporter.h"

#include "console/resultsetmodel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QPointer>
#include <QSaveFile>
#include <QtConcurrent>

namespace {

QByteArray csvField(const QByteArray &value)
{
    if (!value.contains(',') && !value.contains('"') && !value.contains('\n') && !value.contains('\r'))
        return value;
    QByteArray quoted = value;
    quoted.replace("\"", "\"\"");
    return '"' + quoted + '"';
}

QByteArray jsonString(const QByteArray &utf8)
{
    // QJsonDocument escapes correctly; wrap in an array and strip the brackets.
    const QByteArray doc = QJsonDocument(QJsonArray {QString::fromUtf8(utf8)}).toJson(QJsonDocument::Compact);
    return doc.mid(1, doc.size() - 2);
}

QByteArray jsonNumber(const QByteArray &text)
{
    // NaN and Infinity are not JSON numbers: keep them as strings.
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::isfinite(value) ? text : jsonString(text);
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
    QByteArray out;
    QList<QByteArray> names;
    for (const ResultColumn &column : columns)
        names << (format == Format::Csv ? csvField(column.name.toUtf8()) : jsonString(column.name.toUtf8()));
    out += format == Format::Csv ? names.join(',') + "\r\n" : QByteArray("[\n");
    qint64 written = 0;
    bool firstRow = true;
    for (const auto &chunk : chunks) {
        for (int r = 0; r < chunk->rowCount(); ++r) {
            QList<QByteArray> cells;
            for (int c = 0; c < chunk->columnCount(); ++c) {
                const bool null = chunk->isNull(r, c);
                const QByteArray value = chunk->cell(r, c);
                if (format == Format::Csv)
                    cells << (null ? QByteArray() : csvField(value));
                else
                    cells << names[c] + ':'
                            + (null                          ? QByteArray("null")
                                    : columns[c].isNumeric() ? jsonNumber(value)
                                                             : jsonString(value));
            }
            if (format == Format::Csv)
                out += cells.join(',') + "\r\n";
            else
                out += (firstRow ? "  {" : ",\n  {") + cells.join(',') + '}';
            firstRow = false;
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
    if (format == Format::Json)
        out += firstRow ? "]\n" : "\n]\n";
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
