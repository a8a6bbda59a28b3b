#pragma once

#include "dumpprogress.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// Measures what a dump holds, table by table: the rows and bytes of every "COPY … FROM stdin;" block in the
// SQL that pg_dump writes for a plain backup, and that pg_restore writes for an archive of any format (custom,
// directory, tar, compressed or not). One measure for every format: the restore wizard lists each table with
// its rows and size, and the restore's progress weighs tables by it. Pure and line-based: "\." alone on a line
// ends the data (COPY's text format escapes every other backslash), and a row is one line.
class CopyDataSizes
{
public:
    void feed(const char *data, qsizetype size);
    void finish();
    // In the order the dump copies them; a table copied twice counts once, with both blocks' rows and bytes.
    QList<DumpTable> tables() const { return m_tables; }

    // The unquoted "schema.table" of a COPY … FROM stdin line, as pg_dump and pg_restore --verbose name it;
    // empty when the line is not one.
    static QString tableOfCopyLine(const QByteArray &line);

    // "saytruth-studio copy-sizes --report=FILE" (argv[1] is "copy-sizes"): reads SQL from standard input and
    // writes one line per table to FILE ("rows<TAB>bytes<TAB>schema.table"). Exit status 0, 1 (failed, with
    // a line on standard error), 2 (usage).
    static int command(int argc, char *argv[]);
    // The tables of such a report; empty when it cannot be read.
    static QList<DumpTable> readReport(const QString &path);

private:
    void takeLine(const char *line, qsizetype size); // a whole line outside COPY data, without its newline
    void endOfDataLine(); // the COPY data line being read (m_dataLineStart, m_dataLineLength) ended

    static constexpr qsizetype LongestStatementLine = 1 << 20; // longer lines cannot be a COPY … FROM stdin
    bool m_inData = false;
    QByteArray m_line; // the line being read outside COPY data (up to LongestStatementLine)
    bool m_lineTooLong = false;
    QByteArray m_dataLineStart; // the first bytes (up to 3) of the COPY data line being read
    qsizetype m_dataLineLength = 0;
    int m_current = -1; // index in m_tables of the table whose data is being read
    QList<DumpTable> m_tables;
    QHash<QString, int> m_indexOf; // m_tables by name
};
