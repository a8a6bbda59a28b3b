#include "console/statementclassifier.h"
#include "console/statementsplitter.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// The scanner's whitespace; a statement's text neither starts nor ends with it.
bool isSqlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

// abort() makes libFuzzer keep the input; the line says which invariant broke.
#define check(condition)                                                                                               \
    ((condition) ? void() : (fprintf(stderr, "invariant broken: %s (line %d)\n", #condition, __LINE__), abort()))

void checkStatements(const QString &script, const QList<SqlStatement> &statements)
{
    int previousEnd = 0;
    int line = 0;
    for (const SqlStatement &statement : statements) {
        check(statement.start >= previousEnd && statement.length > 0);
        check(statement.start + statement.length <= script.size());
        check(script.mid(statement.start, statement.length) == statement.text);
        check(!isSqlSpace(statement.text.front()) && !isSqlSpace(statement.text.back()));
        line += int(QStringView(script).mid(previousEnd, statement.start - previousEnd).count(u'\n'));
        check(statement.line == line);
        line += int(statement.text.count(u'\n'));
        previousEnd = statement.start + statement.length;
    }
}

void checkIndexAt(const QString &script, const QList<SqlStatement> &statements)
{
    QList<int> positions {-1, 0, int(script.size()) / 2, int(script.size()), int(script.size()) + 1};
    for (const SqlStatement &statement : statements)
        positions << statement.start << statement.start + statement.length << statement.start + statement.length + 1;
    for (int position : std::as_const(positions)) {
        const int index = StatementSplitter::indexAt(statements, position);
        if (statements.isEmpty()) {
            check(index == -1);
            continue;
        }
        check(index >= 0 && index < statements.size());
        const SqlStatement &found = statements.at(index);
        const bool inside = position >= found.start && position <= found.start + found.length;
        // A position inside some statement must find that one.
        for (const SqlStatement &statement : statements) {
            if (position >= statement.start && position <= statement.start + statement.length)
                check(inside);
        }
    }
}

void checkClass(const QString &statement, const StatementClass &c)
{
    check(c.errorPosition >= -1 && c.errorPosition <= statement.size());
    check(!c.parseError.isNull() || c.errorPosition == -1);
    check(!c.readOnly || (!c.writesData && !c.destructive && !c.unfilteredWrite));
    check(!c.unfilteredWrite || c.writesData);
    check(!c.summary.isEmpty());
}

} // namespace

// Feeds arbitrary bytes (as UTF-8, lossily) to the splitter, indexAt and the classifier, checking invariants.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0; // big scripts are the unit test's business; here they would only slow the search
    const QString script = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<SqlStatement> statements = StatementSplitter::split(script);
    checkStatements(script, statements);
    checkIndexAt(script, statements);
    for (const SqlStatement &statement : statements)
        checkClass(statement.text, StatementClassifier::classify(statement.text));
    checkClass(script, StatementClassifier::classify(script));
    return 0;
}
