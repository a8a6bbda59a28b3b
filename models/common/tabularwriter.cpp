#include "tabularwriter.h"

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Skips a run of digits from i; returns the new position.
qsizetype skipDigits(QByteArrayView text, qsizetype i)
{
    while (i < text.size() && isDigit(text[i]))
        ++i;
    return i;
}

} // namespace

TabularWriter::TabularWriter(Format format, const QList<Column> &columns)
    : m_format(format)
    , m_columns(columns)
{
    for (const Column &column : columns) {
        QByteArray key;
        appendJsonString(key, column.name.toUtf8());
        m_jsonKeys << key + ':';
    }
}

TabularWriter::Kind TabularWriter::kindOfType(quint32 typeOid)
{
    switch (typeOid) {
    case 16: // bool
        return Kind::Boolean;
    case 20: // int8
    case 21: // int2
    case 23: // int4
    case 26: // oid
    case 700: // float4
    case 701: // float8
    case 1700: // numeric
        return Kind::Number;
    default:
        return Kind::Text;
    }
}

void TabularWriter::appendBeginning(QByteArray &out) const
{
    if (m_format == Format::Json) {
        out += "[\n";
        return;
    }
    for (int c = 0; c < m_columns.size(); ++c) {
        if (c > 0)
            out += ',';
        appendCsvField(out, m_columns[c].name.toUtf8());
    }
    out += "\r\n";
}

void TabularWriter::beginRow(QByteArray &out)
{
    if (m_format == Format::Json)
        out += m_firstRow ? "  {" : ",\n  {";
    m_firstRow = false;
}

void TabularWriter::appendCell(QByteArray &out, int column, QByteArrayView value, bool isNull) const
{
    if (column > 0)
        out += ',';
    if (m_format == Format::Csv) {
        if (!isNull)
            appendCsvField(out, value);
        return;
    }
    out += m_jsonKeys.at(column);
    const Kind kind = m_columns.at(column).kind;
    if (isNull)
        out += "null";
    else if (kind == Kind::Number && isJsonNumber(value))
        out.append(value);
    else if (kind == Kind::Boolean && value.size() == 1 && (value[0] == 't' || value[0] == 'f'))
        out += value[0] == 't' ? "true" : "false";
    else
        appendJsonString(out, value); // NaN, Infinity and everything that is not a number or boolean
}

void TabularWriter::endRow(QByteArray &out) const
{
    out += m_format == Format::Csv ? "\r\n" : "}";
}

void TabularWriter::appendEnd(QByteArray &out) const
{
    if (m_format == Format::Json)
        out += m_firstRow ? "]\n" : "\n]\n";
}

void TabularWriter::appendCsvField(QByteArray &out, QByteArrayView value)
{
    const bool plain = !value.contains(',') && !value.contains('"') && !value.contains('\n') && !value.contains('\r');
    if (plain) {
        out.append(value);
        return;
    }
    out += '"';
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void TabularWriter::appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    // UTF-8 passes through unchanged (JSON text is UTF-8); only quotes, backslashes and control characters
    // need escapes.
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

bool TabularWriter::isJsonNumber(QByteArrayView text)
{
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    qsizetype i = 0;
    if (i < text.size() && text[i] == '-')
        ++i;
    if (i >= text.size() || !isDigit(text[i]))
        return false;
    i = text[i] == '0' ? i + 1 : skipDigits(text, i);
    if (i < text.size() && text[i] == '.') {
        const qsizetype start = ++i;
        i = skipDigits(text, i);
        if (i == start)
            return false;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        const qsizetype start = i;
        i = skipDigits(text, i);
        if (i == start)
            return false;
    }
    return i == text.size();
}
