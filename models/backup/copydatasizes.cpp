#include "copydatasizes.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

void CopyDataSizes::feed(const char *data, qsizetype size)
{
    qsizetype pos = 0;
    while (pos < size) {
        const auto *newline = static_cast<const char *>(std::memchr(data + pos, '\n', size_t(size - pos)));
        const qsizetype end = newline ? newline - data : size;
        const qsizetype length = end - pos;
        if (m_inData) {
            if (m_dataLineStart.size() < 3)
                m_dataLineStart.append(data + pos, qMin(length, 3 - m_dataLineStart.size()));
            m_dataLineLength += length;
            if (newline)
                endOfDataLine();
        } else {
            if (!m_lineTooLong && m_line.size() + length > LongestStatementLine) {
                m_lineTooLong = true;
                m_line.clear();
            }
            if (!m_lineTooLong)
                m_line.append(data + pos, length);
            if (newline) {
                if (!m_lineTooLong)
                    takeLine(m_line.constData(), m_line.size());
                m_line.clear();
                m_lineTooLong = false;
            }
        }
        pos = newline ? end + 1 : size;
    }
}

void CopyDataSizes::finish()
{
    // A file cut short in the middle of a row still held that much of it.
    if (m_inData && m_dataLineLength > 0)
        endOfDataLine();
    m_line.clear();
    m_lineTooLong = false;
}

void CopyDataSizes::takeLine(const char *line, qsizetype size)
{
    if (size < 5 || std::memcmp(line, "COPY ", 5) != 0)
        return;
    const QString table = tableOfCopyLine(QByteArray::fromRawData(line, size));
    if (table.isEmpty())
        return;
    m_current = m_indexOf.value(table, -1);
    if (m_current < 0) {
        m_current = int(m_tables.size());
        m_indexOf.insert(table, m_current);
        m_tables.append({table, 0, 0});
    }
    m_inData = true;
}

void CopyDataSizes::endOfDataLine()
{
    const qsizetype length = m_dataLineLength;
    const bool endMarker = m_dataLineStart.startsWith("\\.") && (length == 2 || (length == 3 && m_dataLineStart == "\\.\r"));
    if (endMarker) {
        m_inData = false;
        m_current = -1;
    } else if (m_current >= 0) {
        DumpTable &table = m_tables[m_current];
        ++table.rows;
        table.bytes += length + 1;
    }
    m_dataLineStart.clear();
    m_dataLineLength = 0;
}

QString CopyDataSizes::tableOfCopyLine(const QByteArray &line)
{
    QByteArray text = line;
    if (text.endsWith('\r'))
        text.chop(1);
    static constexpr char Prefix[] = "COPY ";
    static constexpr char Suffix[] = " FROM stdin;";
    if (!text.startsWith(Prefix) || !text.endsWith(Suffix))
        return {};
    // A qualified name: identifiers joined by dots, each quoted ("" for a quote inside) or plain.
    QStringList parts;
    qsizetype pos = qsizetype(sizeof(Prefix) - 1);
    for (;;) {
        QByteArray part;
        if (pos < text.size() && text.at(pos) == '"') {
            ++pos;
            for (;;) {
                if (pos >= text.size())
                    return {};
                if (text.at(pos) == '"') {
                    if (pos + 1 < text.size() && text.at(pos + 1) == '"') {
                        part.append('"');
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    break;
                }
                part.append(text.at(pos++));
            }
        } else {
            while (pos < text.size() && !std::strchr(" .(\"", text.at(pos)))
                part.append(text.at(pos++));
            if (part.isEmpty())
                return {};
        }
        parts << QString::fromUtf8(part);
        if (pos < text.size() && text.at(pos) == '.') {
            ++pos;
            continue;
        }
        break;
    }
    if (pos >= text.size() || text.at(pos) != ' ')
        return {};
    return parts.join(QLatin1Char('.'));
}

int CopyDataSizes::command(int argc, char *argv[])
{
    const char *report = nullptr;
    for (int i = 2; i < argc; ++i) {
        if (std::strncmp(argv[i], "--report=", 9) == 0 && argv[i][9] != '\0' && !report) {
            report = argv[i] + 9;
            continue;
        }
        report = nullptr;
        break;
    }
    if (!report || argc != 3) {
        std::fprintf(stderr,
            "usage: saytruth-studio copy-sizes --report=FILE < SQL\n"
            "Counts the rows and bytes of every COPY ... FROM stdin block of a dump's SQL and writes one line\n"
            "per table to FILE: rows, bytes and the table's name (percent-encoded), separated by tabs.\n");
        return 2;
    }
    ::fcntl(0, F_SETPIPE_SZ, 1 << 20); // best effort, as pack-archive does
    CopyDataSizes sizes;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const ssize_t got = ::read(0, buffer.data(), size_t(buffer.size()));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            std::fprintf(stderr, "saytruth-studio copy-sizes: error: reading: %s\n", std::strerror(errno));
            return 1;
        }
        if (got == 0)
            break;
        sizes.feed(buffer.constData(), got);
    }
    sizes.finish();
    QByteArray text;
    for (const DumpTable &table : sizes.tables())
        text += QByteArray::number(table.rows) + '\t' + QByteArray::number(table.bytes) + '\t'
            + table.name.toUtf8().toPercentEncoding() + '\n';
    QFile file(QFile::decodeName(report));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size() || !file.flush()) {
        std::fprintf(stderr, "saytruth-studio copy-sizes: error: %s: %s\n", report, qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}

QList<DumpTable> CopyDataSizes::readReport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<DumpTable> tables;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != 3)
            continue;
        bool rowsOk = false;
        bool bytesOk = false;
        DumpTable table {QString::fromUtf8(QByteArray::fromPercentEncoding(fields.at(2))), 0, 0};
        table.rows = fields.at(0).toLongLong(&rowsOk);
        table.bytes = fields.at(1).toLongLong(&bytesOk);
        if (rowsOk && bytesOk && !table.name.isEmpty())
            tables.append(table);
    }
    return tables;
}
