#include "sqlrangestyler.h"

#include "console/sqllexer.h"

#include <QSet>

namespace {

// PL/pgSQL's own words that SQL does not reserve, coloured as key words inside function bodies.
const QSet<QString> &plpgsqlWords()
{
    static const QSet<QString> words = [] {
        const QStringList list = QStringLiteral("alias constant debug diagnostics elseif elsif exception exit foreach "
                                                "found get info log loop notice perform query raise slice sqlstate "
                                                "stacked warning while")
                                     .split(QLatin1Char(' '));
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words;
}

} // namespace

SqlRangeStyler::SqlRangeStyler(const QByteArray &bytes, const SqlKeywords &keywords)
    : m_bytes(bytes)
    , m_keywords(keywords)
    , m_styles(bytes.size(), char(SqlLexer::Default))
{ }

void SqlRangeStyler::run()
{
    styleTokens(SqlTokenizer::tokenizeUtf8(m_bytes), 0, false);
}

void SqlRangeStyler::styleTokens(const QList<SqlToken> &tokens, int offset, bool body)
{
    const int floor = m_depth; // a body's unbalanced END must not close folds outside it
    int statementStart = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        const SqlToken &t = tokens.at(i);
        const int start = offset + t.start;
        if (!body && t.is(';')) {
            m_inStatement = false;
            m_depth = 0;
            mark(start);
        } else if (!body && t.isSignificant() && !m_inStatement) {
            m_inStatement = true;
            statementStart = i;
            mark(start);
        }
        if (t.kind == SqlToken::Kind::Comment || t.kind == SqlToken::Kind::String
            || t.kind == SqlToken::Kind::Identifier || t.kind == SqlToken::Kind::DollarQuotedString) {
            // Inside a body an unterminated token ends where the body does, not past the range.
            if (QByteArrayView(m_bytes.constData() + start, t.length).contains('\n') || !t.terminated)
                m_spans.append({start, start + t.length, !t.terminated && !body});
        }
        if (!body && t.kind == SqlToken::Kind::DollarQuotedString && isFunctionBody(tokens, i, statementStart)) {
            styleBody(t, offset);
            continue;
        }
        setStyle(start, t.length, styleOf(tokens, i, offset, body) + (body ? SqlLexer::BodyOffset : 0));
        trackFold(tokens, i, offset, body, floor);
    }
}

int SqlRangeStyler::styleOf(const QList<SqlToken> &tokens, int i, int offset, bool body) const
{
    const SqlToken &t = tokens.at(i);
    const int previous = significant(tokens, i, -1);
    const int next = significant(tokens, i, 1);
    const bool afterDot = isPunct(tokens, previous, '.');
    const bool call = isPunct(tokens, next, '(');
    switch (t.kind) {
    case SqlToken::Kind::Keyword: {
        const QString w = word(tokens, i, offset);
        if (afterDot || isPunct(tokens, next, '.')) // u.name, name.x: a key word used as a name
            return SqlLexer::Default;
        if (m_keywords.isTypeName(w))
            return SqlLexer::TypeName;
        // A key word of the built-in scanner's PostgreSQL that the connected (older) server lacks is a name there.
        if (!m_keywords.isFromServer() || m_keywords.isKeyword(w))
            return call && m_keywords.isFunctionName(w) ? SqlLexer::Function : SqlLexer::Keyword;
        [[fallthrough]];
    }
    case SqlToken::Kind::Identifier: {
        if (call)
            return SqlLexer::Function;
        if (body && plpgsqlWords().contains(word(tokens, i, offset)))
            return SqlLexer::Keyword;
        if (m_bytes.at(offset + t.start) == '"')
            return SqlLexer::QuotedIdentifier;
        if (afterDot || isPunct(tokens, next, '.'))
            return SqlLexer::Default;
        const QString w = word(tokens, i, offset);
        if (m_keywords.isTypeName(w))
            return SqlLexer::TypeName;
        // A key word of a newer server than the built-in scanner knows.
        return m_keywords.isKeyword(w) ? SqlLexer::Keyword : SqlLexer::Default;
    }
    case SqlToken::Kind::String:
        return SqlLexer::String;
    case SqlToken::Kind::DollarQuotedString:
        return SqlLexer::DollarString;
    case SqlToken::Kind::Number:
        return SqlLexer::Number;
    case SqlToken::Kind::Comment:
        return SqlLexer::Comment;
    case SqlToken::Kind::Parameter:
        return SqlLexer::Parameter;
    case SqlToken::Kind::Operator:
        return SqlLexer::Operator;
    case SqlToken::Kind::Other:
        return t.code < 128 && QByteArrayView("()[],;.:").contains(char(t.code)) ? SqlLexer::Operator
                                                                                 : SqlLexer::Default;
    }
    return SqlLexer::Default;
}

// Folds on parentheses and on blocks: CASE ... END, BEGIN ATOMIC ... END, and in PL/pgSQL bodies BEGIN, LOOP and
// IF ... END [IF|LOOP|CASE].
void SqlRangeStyler::trackFold(const QList<SqlToken> &tokens, int i, int offset, bool body, int floor)
{
    const SqlToken &t = tokens.at(i);
    const int depthBefore = m_depth;
    if (t.is('(')) {
        ++m_depth;
    } else if (t.is(')')) {
        m_depth = qMax(floor, m_depth - 1);
    } else if (t.kind == SqlToken::Kind::Keyword || t.kind == SqlToken::Kind::Identifier) { // LOOP is no SQL word
        const QString w = word(tokens, i, offset);
        const int previous = significant(tokens, i, -1);
        const QString before = word(tokens, previous, offset);
        const int next = significant(tokens, i, 1);
        if (w == u"end") {
            m_depth = qMax(floor, m_depth - 1);
        } else if (before == u"end") {
            // END IF, END LOOP, END CASE: closed by the END already
        } else if (w == u"case") {
            ++m_depth;
        } else if (w == u"begin") {
            if (body ? !isPunct(tokens, next, ';') : word(tokens, next, offset) == u"atomic")
                ++m_depth;
        } else if (body && w == u"loop") {
            ++m_depth;
        } else if (body && w == u"if") {
            static const QStringList starts {QString(), QStringLiteral(";"), QStringLiteral("begin"),
                QStringLiteral("then"), QStringLiteral("else"), QStringLiteral("loop")};
            if (starts.contains(before))
                ++m_depth;
        }
    }
    if (m_depth != depthBefore)
        mark(offset + t.start);
}

// CREATE FUNCTION/PROCEDURE ... AS $$ ... $$ and DO $$ ... $$, unless the body is in a language other than SQL.
bool SqlRangeStyler::isFunctionBody(const QList<SqlToken> &tokens, int index, int statementStart) const
{
    const QString first = word(tokens, statementStart, 0);
    bool definition = first == u"do";
    for (int i = statementStart; first == u"create" && i < index; ++i) {
        const QString w = tokens.at(i).kind == SqlToken::Kind::Keyword ? word(tokens, i, 0) : QString();
        definition = definition || w == u"function" || w == u"procedure";
    }
    if (!definition)
        return false;
    for (int i = statementStart; i < tokens.size() && !tokens.at(i).is(';'); ++i) {
        if (tokens.at(i).kind != SqlToken::Kind::Keyword || word(tokens, i, 0) != u"language")
            continue;
        QString language = word(tokens, significant(tokens, i, 1), 0);
        language.remove(QLatin1Char('\'')).remove(QLatin1Char('"'));
        return language == u"sql" || language == u"plpgsql";
    }
    return true;
}

void SqlRangeStyler::styleBody(const SqlToken &token, int offset)
{
    const int start = offset + token.start;
    const int tagLength = int(SqlTokenizer::dollarTag(m_bytes.mid(start, token.length)).size());
    const int contentStart = start + tagLength;
    const int contentEnd = token.terminated ? start + token.length - tagLength : start + token.length;
    setStyle(start, tagLength, SqlLexer::DollarDelimiter);
    setStyle(contentEnd, start + token.length - contentEnd, SqlLexer::DollarDelimiter);
    setStyle(contentStart, contentEnd - contentStart, SqlLexer::Default + SqlLexer::BodyOffset);
    const int depth = m_depth;
    styleTokens(SqlTokenizer::tokenizeUtf8(m_bytes.mid(contentStart, contentEnd - contentStart)), contentStart, true);
    m_depth = depth;
    mark(contentEnd);
}

SqlRangeStyler::LineInfo SqlRangeStyler::lineInfo(int lineStart)
{
    while (m_nextMark < m_marks.size() && m_marks.at(m_nextMark).pos < lineStart)
        m_current = m_marks.at(m_nextMark++);
    while (m_nextSpan < m_spans.size() && m_spans.at(m_nextSpan).start < lineStart)
        m_activeSpans.append(m_spans.at(m_nextSpan++));
    m_activeSpans.removeIf([lineStart](const Span &span) { return !span.open && span.end <= lineStart; });
    LineInfo info;
    info.level = m_current.depth + (m_current.inStatement ? 1 : 0) + int(m_activeSpans.size());
    info.restartable = !m_current.inStatement && m_activeSpans.isEmpty();
    return info;
}
