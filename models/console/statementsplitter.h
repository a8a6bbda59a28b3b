#pragma once

#include <QList>
#include <QString>

// One statement of a console script: where it is in the script and its text.
struct SqlStatement
{
    int start = 0; // offset in the script, in QString (UTF-16) units
    int length = 0; // in QString units; text == script.mid(start, length)
    // The statement without its terminating ';' and without surrounding whitespace. Comments on the lines
    // before it stay; comments after its last token do not (so that a caller may append to the text without
    // the rest of the line being commented out).
    QString text;
    int line = 0; // 0-based line of start
};

// Splits a console script into statements with PostgreSQL's own scanner, so that semicolons inside strings,
// quoted identifiers, dollar quotes, comments and BEGIN ATOMIC bodies do not split.
namespace StatementSplitter {

// Statements in script order, never overlapping. Empty statements (only whitespace, comments or ';') are
// dropped. Scripts with syntax errors still split; an unterminated string, quoted identifier, dollar quote or
// comment makes one statement up to the end of the script. Thread-safe.
QList<SqlStatement> split(const QString &script);

// The statement under a cursor position: the one containing it or ending right there; between two
// statements (after a ';', on a blank line), the one before; in front of the first statement, the first.
// -1 when there is no statement. statements must be split()'s result.
int indexAt(const QList<SqlStatement> &statements, int position);

} // namespace StatementSplitter
