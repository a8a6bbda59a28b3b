#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

// A block of result rows in libpq's text format, stored compactly: every cell's bytes end to end in one
// buffer, plus one 32-bit end offset per cell (the high bit marks NULL). About 4 bytes of overhead per
// cell instead of a QVariant's 16+ and a QString's allocation; cells are converted only when shown.
class ResultChunk
{
public:
    explicit ResultChunk(int columns);

    void reserve(int rows, qsizetype bytes);
    // Appends one row; values[i] == nullptr means NULL. lengths[i] is the byte length of values[i].
    void appendRow(const char *const *values, const int *lengths);
    // Appends one row given as QByteArrays (tests, paste); isNull marks NULL cells.
    void appendRow(const QList<QByteArray> &values, const QList<bool> &isNull = {});

    int rowCount() const { return m_rows; }
    int columnCount() const { return m_columns; }
    bool isNull(int row, int column) const;
    // The cell's bytes (UTF-8 text as the server sent it); empty for NULL. No copy: valid while the chunk lives.
    QByteArray cell(int row, int column) const;
    qsizetype byteSize() const;

private:
    static constexpr quint32 NullFlag = 0x80000000u;
    int m_columns;
    int m_rows = 0;
    QByteArray m_data;
    std::vector<quint32> m_ends;
};

// Column metadata of a result: name and PostgreSQL type OID (for alignment and export).
struct ResultColumn
{
    QString name;
    quint32 typeOid = 0;
    bool isNumeric() const;
};
