#include "sqltokenizer.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

namespace {

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// The byte offset after `characters` code points from `from`: the scanner reports error positions in characters.
int advanceCharacters(const QByteArray &bytes, int from, int end, int characters)
{
    int pos = from;
    while (pos < end && characters > 0) {
        ++pos;
        while (pos < end && isContinuationByte(bytes.at(pos)))
            ++pos;
        --characters;
    }
    return pos;
}

SqlKeywordCategory categoryOf(PgQuery__KeywordKind kind)
{
    switch (kind) {
    case PG_QUERY__KEYWORD_KIND__UNRESERVED_KEYWORD:
        return SqlKeywordCategory::Unreserved;
    case PG_QUERY__KEYWORD_KIND__COL_NAME_KEYWORD:
        return SqlKeywordCategory::ColumnName;
    case PG_QUERY__KEYWORD_KIND__TYPE_FUNC_NAME_KEYWORD:
        return SqlKeywordCategory::TypeFunctionName;
    case PG_QUERY__KEYWORD_KIND__RESERVED_KEYWORD:
        return SqlKeywordCategory::Reserved;
    default:
        return SqlKeywordCategory::None;
    }
}

SqlToken::Kind kindOf(int code, char firstCharacter)
{
    switch (code) {
    case PG_QUERY__TOKEN__IDENT:
    case PG_QUERY__TOKEN__UIDENT:
        return SqlToken::Kind::Identifier;
    case PG_QUERY__TOKEN__FCONST:
    case PG_QUERY__TOKEN__ICONST:
        return SqlToken::Kind::Number;
    case PG_QUERY__TOKEN__SCONST:
        return firstCharacter == '$' ? SqlToken::Kind::DollarQuotedString : SqlToken::Kind::String;
    case PG_QUERY__TOKEN__USCONST:
    case PG_QUERY__TOKEN__BCONST:
    case PG_QUERY__TOKEN__XCONST:
        return SqlToken::Kind::String;
    case PG_QUERY__TOKEN__PARAM:
        return SqlToken::Kind::Parameter;
    case PG_QUERY__TOKEN__SQL_COMMENT:
    case PG_QUERY__TOKEN__C_COMMENT:
        return SqlToken::Kind::Comment;
    case PG_QUERY__TOKEN__Op:
    case PG_QUERY__TOKEN__TYPECAST:
    case PG_QUERY__TOKEN__DOT_DOT:
    case PG_QUERY__TOKEN__COLON_EQUALS:
    case PG_QUERY__TOKEN__EQUALS_GREATER:
    case PG_QUERY__TOKEN__LESS_EQUALS:
    case PG_QUERY__TOKEN__GREATER_EQUALS:
    case PG_QUERY__TOKEN__NOT_EQUALS:
        return SqlToken::Kind::Operator;
    default:
        break;
    }
    if (code < 256 && QByteArrayView("%*+-/<=>^").contains(char(code)))
        return SqlToken::Kind::Operator;
    return SqlToken::Kind::Other;
}

struct ScanOutcome
{
    bool ok = true;
    int errorCharacters = 0; // 0-based character offset of what the scanner rejected
    QByteArray message;
};

// Scans bytes [begin, end) in one call; appends the tokens on success.
ScanOutcome scanOnce(const QByteArray &bytes, int begin, int end, QList<SqlToken> &out)
{
    const QByteArray segment = bytes.mid(begin, end - begin); // the scanner wants a NUL-terminated string
    PgQueryScanResult result = pg_query_scan(segment.constData());
    ScanOutcome outcome;
    if (result.error) {
        outcome.ok = false;
        outcome.errorCharacters = qMax(0, result.error->cursorpos - 1);
        outcome.message = result.error->message;
        pg_query_free_scan_result(result);
        return outcome;
    }
    PgQuery__ScanResult *scan
        = pg_query__scan_result__unpack(nullptr, result.pbuf.len, reinterpret_cast<const uint8_t *>(result.pbuf.data));
    for (size_t i = 0; scan && i < scan->n_tokens; ++i) {
        const PgQuery__ScanToken *token = scan->tokens[i];
        SqlToken t;
        t.start = begin + token->start;
        t.length = token->end - token->start;
        t.code = token->token;
        t.keywordCategory = categoryOf(token->keyword_kind);
        t.kind = t.keywordCategory != SqlKeywordCategory::None ? SqlToken::Kind::Keyword
                                                               : kindOf(t.code, segment.at(token->start));
        out.append(t);
    }
    if (scan)
        pg_query__scan_result__free_unpacked(scan, nullptr);
    pg_query_free_scan_result(result);
    return outcome;
}

SqlToken unterminatedToken(const QByteArray &bytes, int pos, int end)
{
    SqlToken t;
    t.start = pos;
    t.length = end - pos;
    t.terminated = false;
    const QByteArrayView rest(bytes.constData() + pos, end - pos);
    if (rest.startsWith("/*")) {
        t.kind = SqlToken::Kind::Comment;
        t.code = PG_QUERY__TOKEN__C_COMMENT;
    } else if (rest.startsWith('$')) {
        t.kind = SqlToken::Kind::DollarQuotedString;
        t.code = PG_QUERY__TOKEN__SCONST;
    } else if (rest.startsWith('"') || rest.startsWith("U&\"") || rest.startsWith("u&\"")) {
        t.kind = SqlToken::Kind::Identifier;
        t.code = PG_QUERY__TOKEN__IDENT;
    } else {
        t.kind = SqlToken::Kind::String;
        t.code = PG_QUERY__TOKEN__SCONST;
    }
    return t;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Makes one token of what the scanner rejected at `pos` and returns where scanning resumes.
int recoverAt(const QByteArray &bytes, int pos, int end, const QByteArray &message, QList<SqlToken> &out)
{
    if (message.startsWith("unterminated")) {
        out.append(unterminatedToken(bytes, pos, end));
        return end;
    }
    SqlToken t;
    t.start = pos;
    int next = pos + 1;
    const char first = bytes.at(pos);
    if (isDigit(first) || first == '.') { // "123abc": trailing junk after a numeric literal
        t.kind = SqlToken::Kind::Number;
        t.code = PG_QUERY__TOKEN__ICONST;
        while (next < end && (isDigit(bytes.at(next)) || bytes.at(next) == '.'))
            ++next;
    } else if (first == '$' && next < end && isDigit(bytes.at(next))) { // "$1abc"
        t.kind = SqlToken::Kind::Parameter;
        t.code = PG_QUERY__TOKEN__PARAM;
        while (next < end && isDigit(bytes.at(next)))
            ++next;
    } else if (first == '"' && next < end && bytes.at(next) == '"') { // "": a zero-length identifier
        t.kind = SqlToken::Kind::Identifier;
        t.code = PG_QUERY__TOKEN__IDENT;
        ++next;
    } else {
        while (next < end && isContinuationByte(bytes.at(next)))
            ++next;
    }
    t.length = next - pos;
    out.append(t);
    return next;
}

void scanRange(const QByteArray &bytes, int begin, int end, QList<SqlToken> &out)
{
    while (begin < end) {
        const ScanOutcome outcome = scanOnce(bytes, begin, end, out);
        if (outcome.ok)
            return;
        const int errorPos = qMin(advanceCharacters(bytes, begin, end, outcome.errorCharacters), end - 1);
        // The text before the rejected token is shorter than this range, so this recursion ends.
        if (errorPos > begin)
            scanRange(bytes, begin, errorPos, out);
        begin = recoverAt(bytes, errorPos, end, outcome.message, out);
    }
}

} // namespace

QList<SqlToken> SqlTokenizer::tokenizeUtf8(const QByteArray &sql)
{
    QByteArray bytes = sql;
    // The scanner reads a C string: a NUL inside would end the text early.
    if (bytes.contains('\0'))
        bytes.replace('\0', ' ');
    QList<SqlToken> tokens;
    scanRange(bytes, 0, int(bytes.size()), tokens);
    return tokens;
}

QList<SqlToken> SqlTokenizer::tokenize(const QString &sql)
{
    const QByteArray bytes = sql.toUtf8();
    QList<SqlToken> tokens = tokenizeUtf8(bytes);
    // Tokens come in text order, so one walk converts every byte offset into a QString index.
    int byte = 0;
    int index = 0;
    auto toIndex = [&](int target) {
        for (; byte < target; ++byte) {
            const auto c = static_cast<unsigned char>(bytes.at(byte));
            if ((c & 0xC0) != 0x80)
                index += c >= 0xF0 ? 2 : 1; // four UTF-8 bytes make a surrogate pair
        }
        return index;
    };
    for (SqlToken &token : tokens) {
        const int end = token.end();
        token.start = toIndex(token.start);
        token.length = toIndex(end) - token.start;
    }
    return tokens;
}

QStringView SqlTokenizer::dollarTag(QStringView tokenText)
{
    if (!tokenText.startsWith(QLatin1Char('$')))
        return {};
    const qsizetype close = tokenText.indexOf(QLatin1Char('$'), 1);
    return close < 0 ? QStringView() : tokenText.left(close + 1);
}

QByteArray SqlTokenizer::dollarTag(const QByteArray &tokenText)
{
    if (!tokenText.startsWith('$'))
        return {};
    const qsizetype close = tokenText.indexOf('$', 1);
    return close < 0 ? QByteArray() : tokenText.left(close + 1);
}

QString SqlTokenizer::identifierName(QStringView tokenText)
{
    if (!tokenText.startsWith(QLatin1Char('"')))
        return tokenText.toString().toLower();
    QStringView inner = tokenText.mid(1);
    if (inner.endsWith(QLatin1Char('"')))
        inner.chop(1);
    return inner.toString().replace(QLatin1String("\"\""), QLatin1String("\""));
}
