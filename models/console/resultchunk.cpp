#include "resultchunk.h"

#include <cstring>

ResultChunk::ResultChunk(int columns)
    : m_columns(columns)
{ }

void ResultChunk::reserve(int rows, qsizetype bytes)
{
    m_ends.reserve(size_t(rows) * size_t(m_columns));
    m_data.reserve(bytes);
}

void ResultChunk::appendRow(const char *const *values, const int *lengths)
{
    for (int c = 0; c < m_columns; ++c) {
        if (values[c])
            m_data.append(values[c], lengths[c]);
        // Offsets stay below 2 GiB per chunk: chunks are flushed long before that.
        m_ends.push_back(quint32(m_data.size()) | (values[c] ? 0u : NullFlag));
    }
    ++m_rows;
}

void ResultChunk::appendRow(const QList<QByteArray> &values, const QList<bool> &isNull)
{
    std::vector<const char *> pointers(size_t(m_columns), nullptr);
    std::vector<int> lengths(size_t(m_columns), 0);
    for (int c = 0; c < m_columns && c < values.size(); ++c) {
        if (!isNull.value(c, false)) {
            pointers[size_t(c)] = values[c].constData();
            lengths[size_t(c)] = int(values[c].size());
        }
    }
    appendRow(pointers.data(), lengths.data());
}

bool ResultChunk::isNull(int row, int column) const
{
    return m_ends[size_t(row) * size_t(m_columns) + size_t(column)] & NullFlag;
}

QByteArray ResultChunk::cell(int row, int column) const
{
    const size_t index = size_t(row) * size_t(m_columns) + size_t(column);
    const quint32 end = m_ends[index] & ~NullFlag;
    const quint32 begin = index == 0 ? 0 : (m_ends[index - 1] & ~NullFlag);
    return QByteArray::fromRawData(m_data.constData() + begin, qsizetype(end - begin));
}

qsizetype ResultChunk::byteSize() const
{
    return m_data.capacity() + qsizetype(m_ends.capacity() * sizeof(quint32)) + qsizetype(sizeof(*this));
}

bool ResultColumn::isNumeric() const
{
    // int2, int4, int8, oid, float4, float8, numeric, money
    switch (typeOid) {
    case 20:
    case 21:
    case 23:
    case 26:
    case 700:
    case 701:
    case 1700:
    case 790:
        return true;
    default:
        return false;
    }
}
