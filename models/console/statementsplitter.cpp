#include "statementsplitter.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace {

// What the splitter needs to know of a token: statement ends, nesting, and the words psql watches for.
enum class TokenKind {
    Semicolon,
    OpenParen,
    CloseParen,
    Comment,
    Space,
    Begin,
    Case,
    End,
    Create,
    Or,
    Replace,
    Routine,
    Other
};

// A token as byte offsets into the UTF-8 script.
struct Token
{
    int start = 0;
    int end = 0;
    TokenKind kind = TokenKind::Other;
};

TokenKind kindOf(PgQuery__Token token)
{
    // PostgreSQL 16 made vertical tab whitespace; libpg_query 15's scanner still returns it as a token.
    if (int(token) == '\v')
        return TokenKind::Space;
    switch (token) {
    case PG_QUERY__TOKEN__ASCII_59:
        return TokenKind::Semicolon;
    case PG_QUERY__TOKEN__ASCII_40:
        return TokenKind::OpenParen;
    case PG_QUERY__TOKEN__ASCII_41:
        return TokenKind::CloseParen;
    case PG_QUERY__TOKEN__SQL_COMMENT:
    case PG_QUERY__TOKEN__C_COMMENT:
        return TokenKind::Comment;
    case PG_QUERY__TOKEN__BEGIN_P:
        return TokenKind::Begin;
    case PG_QUERY__TOKEN__CASE:
        return TokenKind::Case;
    case PG_QUERY__TOKEN__END_P:
        return TokenKind::End;
    case PG_QUERY__TOKEN__CREATE:
        return TokenKind::Create;
    case PG_QUERY__TOKEN__OR:
        return TokenKind::Or;
    case PG_QUERY__TOKEN__REPLACE:
        return TokenKind::Replace;
    case PG_QUERY__TOKEN__FUNCTION:
    case PG_QUERY__TOKEN__PROCEDURE:
        return TokenKind::Routine;
    default:
        return TokenKind::Other;
    }
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// libpg_query reports error positions as 1-based code points; the splitter works in bytes.
int byteOffsetOfCodePoint(const char *utf8, int codePoint)
{
    int byte = 0;
    for (int seen = -1; utf8[byte] != '\0'; ++byte) {
        if ((static_cast<unsigned char>(utf8[byte]) & 0xC0) != 0x80 && ++seen == codePoint)
            return byte;
    }
    return byte;
}

// A scanner error; offset is in bytes from where that scan started, -1 when the scanner gave no position.
struct ScanError
{
    QByteArray message;
    int offset = -1;
};

// Turns a script into tokens with PostgreSQL's scanner. A scanner error would lose every token, so the
// tokenizer rescans around it: what comes before is scanned normally, the broken token becomes an opaque one.
class ScriptTokenizer
{
public:
    explicit ScriptTokenizer(const QByteArray &utf8)
        : m_utf8(utf8)
    { }
    QList<Token> tokenize();

private:
    // Each recovery rescans the rest of the script, so a script full of broken tokens would take quadratic
    // time: after this many, the rest of the script is one opaque token.
    static constexpr int MaxRecoveries = 64;

    bool scan(int from, int to, ScanError &error);
    bool recoverInsideToken(int from, int tokenStart, int tokenEnd);
    int enclosingTokenStart(int from, int at);
    int firstFailingPrefix(int from, const QByteArray &message);
    int endOfEscapeString(int start) const;
    void appendOpaque(int start, int end);
    void repairUnicodeEscapeEnds(int firstToken, int scanEnd);

    const QByteArray &m_utf8;
    QList<Token> m_tokens;
};

QList<Token> ScriptTokenizer::tokenize()
{
    const int size = m_utf8.size();
    int offset = 0;
    for (int recoveries = 0; offset < size; ++recoveries) {
        ScanError error;
        if (scan(offset, size, error))
            break;
        if (recoveries == MaxRecoveries) {
            appendOpaque(offset, size);
            break;
        }
        if (error.offset < 0) {
            // Only a bad byte sequence made by escapes in an E'' string has no position: find the string's
            // end as the shortest prefix that fails the same way.
            const int end = firstFailingPrefix(offset, error.message);
            const int start = end < 0 ? -1 : enclosingTokenStart(offset, end - 1);
            if (start < 0 || !recoverInsideToken(offset, start, end)) {
                appendOpaque(offset, size);
                break;
            }
            offset = end;
            continue;
        }
        const int at = offset + error.offset;
        ScanError prefixError;
        if (error.message.startsWith("unterminated")) {
            // A quote or comment left open runs to the end of the script, as on the server.
            if (!scan(offset, at, prefixError))
                appendOpaque(offset, at);
            appendOpaque(at, size);
            break;
        }
        if (scan(offset, at, prefixError)) {
            // Junk at a token start ("1e", "$1a", ""): its first character(s) become a token of their own.
            const int length = error.message.startsWith("zero-length") ? 2 : 1;
            offset = std::min(at + length, size);
            appendOpaque(at, offset);
            continue;
        }
        // The error is inside a token: a bad escape in an E'' string.
        const int tokenStart = enclosingTokenStart(offset, at);
        const int tokenEnd = tokenStart < 0 ? size : endOfEscapeString(tokenStart);
        if (tokenStart < 0 || !recoverInsideToken(offset, tokenStart, tokenEnd)) {
            appendOpaque(offset, size);
            break;
        }
        offset = tokenEnd;
    }
    return m_tokens;
}

// Scans the bytes [from, to) and appends their tokens; on an error appends nothing.
bool ScriptTokenizer::scan(int from, int to, ScanError &error)
{
    if (from >= to)
        return true;
    // The scanner needs a NUL-terminated string: the script itself when scanning to its end, else a copy.
    const QByteArray copy = to < m_utf8.size() ? m_utf8.mid(from, to - from) : QByteArray();
    const char *input = copy.isNull() ? m_utf8.constData() + from : copy.constData();
    PgQueryScanResult result = pg_query_scan(input);
    bool ok = !result.error;
    if (result.error) {
        error.message = result.error->message;
        error.offset = result.error->cursorpos > 0 ? byteOffsetOfCodePoint(input, result.error->cursorpos - 1) : -1;
    } else if (PgQuery__ScanResult *unpacked = pg_query__scan_result__unpack(
                   nullptr, result.pbuf.len, reinterpret_cast<const uint8_t *>(result.pbuf.data))) {
        const int firstToken = m_tokens.size();
        for (size_t i = 0; i < unpacked->n_tokens; ++i) {
            const PgQuery__ScanToken *token = unpacked->tokens[i];
            m_tokens.append({from + token->start, from + token->end, kindOf(token->token)});
            if (token->token == PG_QUERY__TOKEN__USCONST || token->token == PG_QUERY__TOKEN__UIDENT)
                m_tokens.last().end = -1; // libpg_query reports a wrong end for U&'' and U&"": repaired below
        }
        pg_query__scan_result__free_unpacked(unpacked, nullptr);
        repairUnicodeEscapeEnds(firstToken, to);
    } else {
        ok = false;
        error.message = "undecodable scanner output";
    }
    pg_query_free_scan_result(result);
    return ok;
}

// Such a token ends where the next one starts, less the whitespace in between (comments are tokens).
void ScriptTokenizer::repairUnicodeEscapeEnds(int firstToken, int scanEnd)
{
    for (int i = firstToken; i < m_tokens.size(); ++i) {
        Token &token = m_tokens[i];
        if (token.end > token.start)
            continue;
        int end = i + 1 < m_tokens.size() ? m_tokens[i + 1].start : scanEnd;
        while (end > token.start + 1 && isSpace(m_utf8.at(end - 1)))
            --end;
        token.end = end;
    }
}

// Appends the tokens of [from, tokenStart) and the broken token [tokenStart, tokenEnd) as an opaque one.
bool ScriptTokenizer::recoverInsideToken(int from, int tokenStart, int tokenEnd)
{
    ScanError error;
    if (!scan(from, tokenStart, error))
        return false;
    appendOpaque(tokenStart, tokenEnd);
    return true;
}

// The start of the string holding byte `at`: a scan that stops shortly before `at` ends inside that string,
// which the scanner reports as unterminated. The error may lie up to one escape (\UXXXXXXXX) after it.
int ScriptTokenizer::enclosingTokenStart(int from, int at)
{
    const int tokensBefore = m_tokens.size();
    for (int end = at; end > from && end >= at - 12; --end) {
        ScanError error;
        const bool ok = scan(from, end, error);
        m_tokens.resize(tokensBefore); // only the position is wanted here
        if (!ok && error.offset >= 0 && error.message.startsWith("unterminated"))
            return from + error.offset;
    }
    return -1;
}

// Binary search for the shortest prefix of the script from `from` whose scan fails with message: the
// scanner checks an E'' string's bytes when it ends, so that is where the broken string ends. -1 if none.
int ScriptTokenizer::firstFailingPrefix(int from, const QByteArray &message)
{
    int good = from; // scanning [from, good) does not fail with message
    int bad = m_utf8.size(); // scanning [from, bad) does
    const int tokensBefore = m_tokens.size();
    while (bad - good > 1) {
        const int middle = good + (bad - good) / 2;
        ScanError error;
        const bool failsAlike = !scan(from, middle, error) && error.message == message;
        m_tokens.resize(tokensBefore); // only the boundary is wanted here
        (failsAlike ? bad : good) = middle;
    }
    return bad > from ? bad : -1;
}

// Where an E'' string starting at start ends, by the scanner's rules: a backslash escapes the next byte, ''
// is a quote. For anything else the rest of the script.
int ScriptTokenizer::endOfEscapeString(int start) const
{
    const int size = m_utf8.size();
    if (start + 1 >= size || (m_utf8.at(start) != 'E' && m_utf8.at(start) != 'e') || m_utf8.at(start + 1) != '\'')
        return size;
    for (int i = start + 2; i < size; ++i) {
        if (m_utf8.at(i) == '\\')
            ++i;
        else if (m_utf8.at(i) == '\'' && (i + 1 >= size || m_utf8.at(i + 1) != '\''))
            return i + 1;
        else if (m_utf8.at(i) == '\'')
            ++i;
    }
    return size;
}

void ScriptTokenizer::appendOpaque(int start, int end)
{
    while (end > start && isSpace(m_utf8.at(end - 1)))
        --end;
    if (end > start)
        m_tokens.append({start, end, TokenKind::Other});
}

// A statement as byte offsets: from its first token (or the comments above it) to its last non-comment token.
struct ByteRange
{
    int start = 0;
    int end = 0;
};

// Finds statement boundaries the way psql does: a ';' ends a statement unless it is inside parentheses
// (CREATE RULE ... DO (a; b)) or inside the BEGIN ... END of a CREATE FUNCTION/PROCEDURE (BEGIN ATOMIC).
class BoundaryFinder
{
public:
    explicit BoundaryFinder(const QByteArray &utf8)
        : m_utf8(utf8)
    { }
    QList<ByteRange> find(const QList<Token> &tokens);

private:
    void addComment(const Token &token);
    void addContent(const Token &token);
    bool isRoutineDefinition() const;
    void finish();

    const QByteArray &m_utf8;
    QList<ByteRange> m_ranges;
    ByteRange m_current {-1, -1};
    int m_previousEnd = -1; // end of the previous ';', -1 at the start of the script
    int m_parenDepth = 0;
    int m_beginDepth = 0;
    QVarLengthArray<TokenKind, 4> m_head; // the first tokens, to recognise CREATE [OR REPLACE] FUNCTION
};

QList<ByteRange> BoundaryFinder::find(const QList<Token> &tokens)
{
    for (const Token &token : tokens) {
        if (token.kind == TokenKind::Semicolon && m_parenDepth == 0 && m_beginDepth == 0) {
            finish();
            m_previousEnd = token.end;
        } else if (token.kind == TokenKind::Comment) {
            addComment(token);
        } else if (token.kind != TokenKind::Space) {
            addContent(token);
        }
    }
    finish();
    return m_ranges;
}

void BoundaryFinder::addComment(const Token &token)
{
    if (m_current.start >= 0)
        return; // inside a statement; a comment after its last token is not part of the text
    // A comment on the line of the previous ';' remarks on that statement, not on the next one.
    const bool sameLineAsPrevious = m_previousEnd >= 0
        && std::memchr(m_utf8.constData() + m_previousEnd, '\n', token.start - m_previousEnd) == nullptr;
    if (!sameLineAsPrevious)
        m_current.start = token.start;
}

void BoundaryFinder::addContent(const Token &token)
{
    if (m_current.start < 0)
        m_current.start = token.start;
    m_current.end = token.end;
    if (m_head.size() < m_head.capacity())
        m_head.append(token.kind);
    switch (token.kind) {
    case TokenKind::OpenParen:
        ++m_parenDepth;
        break;
    case TokenKind::CloseParen:
        m_parenDepth = std::max(0, m_parenDepth - 1); // a stray ')' must not stop all later splits
        break;
    case TokenKind::Begin:
        if (m_parenDepth == 0 && isRoutineDefinition())
            ++m_beginDepth;
        break;
    case TokenKind::Case: // CASE also closes with END, but only matters inside BEGIN ... END
        if (m_parenDepth == 0 && m_beginDepth > 0)
            ++m_beginDepth;
        break;
    case TokenKind::End:
        if (m_parenDepth == 0 && m_beginDepth > 0)
            --m_beginDepth;
        break;
    default:
        break;
    }
}

bool BoundaryFinder::isRoutineDefinition() const
{
    const auto at = [this](int i) {
        return i < m_head.size() ? m_head[i] : TokenKind::Other;
    };
    return at(0) == TokenKind::Create
        && (at(1) == TokenKind::Routine
            || (at(1) == TokenKind::Or && at(2) == TokenKind::Replace && at(3) == TokenKind::Routine));
}

void BoundaryFinder::finish()
{
    if (m_current.end >= 0) // only comments: dropped
        m_ranges.append(m_current);
    m_current = {-1, -1};
    m_parenDepth = 0;
    m_beginDepth = 0;
    m_head.clear();
}

// Converts increasing byte offsets of a UTF-8 string to UTF-16 offsets and line numbers in one pass.
class Utf16Cursor
{
public:
    explicit Utf16Cursor(const QByteArray &utf8)
        : m_utf8(utf8)
    { }
    int moveTo(int byte)
    {
        for (; m_byte < byte; ++m_byte) {
            const auto c = static_cast<unsigned char>(m_utf8.at(m_byte));
            if ((c & 0xC0) != 0x80)
                m_utf16 += c >= 0xF0 ? 2 : 1; // four-byte sequences are surrogate pairs
            if (c == '\n')
                ++m_line;
        }
        return m_utf16;
    }
    int line() const { return m_line; }

private:
    const QByteArray &m_utf8;
    int m_byte = 0;
    int m_utf16 = 0;
    int m_line = 0;
};

} // namespace

namespace StatementSplitter {

QList<SqlStatement> split(const QString &script)
{
    QByteArray utf8 = script.toUtf8(); // unpaired surrogates become one '?' each, so offsets stay in step
    utf8.replace('\0', ' '); // the scanner stops at NUL; the server would never see past it either
    const QList<Token> tokens = ScriptTokenizer(utf8).tokenize();
    const QList<ByteRange> ranges = BoundaryFinder(utf8).find(tokens);

    QList<SqlStatement> statements;
    statements.reserve(ranges.size());
    Utf16Cursor cursor(utf8);
    for (const ByteRange &range : ranges) {
        SqlStatement statement;
        statement.start = cursor.moveTo(range.start);
        statement.line = cursor.line();
        statement.length = cursor.moveTo(range.end) - statement.start;
        statement.text = script.mid(statement.start, statement.length);
        statements.append(statement);
    }
    return statements;
}

int indexAt(const QList<SqlStatement> &statements, int position)
{
    if (statements.isEmpty())
        return -1;
    // The first statement that ends at or after the position.
    const auto it = std::lower_bound(statements.cbegin(), statements.cend(), position,
        [](const SqlStatement &statement, int p) { return statement.start + statement.length < p; });
    if (it == statements.cend())
        return statements.size() - 1;
    const int index = int(it - statements.cbegin());
    if (position >= it->start || index == 0)
        return index;
    return index - 1;
}

} // namespace StatementSplitter
