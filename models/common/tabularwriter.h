#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// Turns rows of cells in PostgreSQL's text form into CSV (RFC 4180, CRLF, header row) or JSON (an array of
// objects: numbers stay numbers, booleans become true/false, NULL is null), appending to a caller's buffer so
// that any number of rows can be streamed to a file. Shared by every export so that they all write alike.
class TabularWriter
{
public:
    enum class Format { Csv, Json };
    // How a non-null value appears in JSON; CSV writes every value as its text.
    enum class Kind { Text, Number, Boolean };
    struct Column
    {
        QString name;
        Kind kind = Kind::Text;
    };

    TabularWriter(Format format, const QList<Column> &columns);

    // int2, int4, int8, oid, float4, float8, numeric → Number; bool → Boolean; anything else → Text.
    static Kind kindOfType(quint32 typeOid);

    int columnCount() const { return int(m_columns.size()); }
    // The CSV header row, or the opening bracket of the JSON array.
    void appendBeginning(QByteArray &out) const;
    // One row: call appendCell() once per column, in order, between beginRow() and endRow().
    void beginRow(QByteArray &out);
    void appendCell(QByteArray &out, int column, QByteArrayView value, bool isNull) const;
    void endRow(QByteArray &out) const;
    // The closing bracket of the JSON array; nothing for CSV.
    void appendEnd(QByteArray &out) const;

    static void appendCsvField(QByteArray &out, QByteArrayView value);
    static void appendJsonString(QByteArray &out, QByteArrayView utf8);
    // True for text that is a JSON number as it stands ("NaN", "Infinity" and "1." are not).
    static bool isJsonNumber(QByteArrayView text);

private:
    Format m_format;
    QList<Column> m_columns;
    QList<QByteArray> m_jsonKeys; // "name": prefixes, built once
    bool m_firstRow = true;
};
