#include "sqllexer.h"

#include "common/colours.h"
#include "console/sqltokenizer.h"

#include <Qsci/qsciscintilla.h>

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <optional>

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

// The fold state after the token at `pos`: nesting depth and whether a statement is open.
struct FoldMark
{
    int pos = 0;
    int depth = 0;
    bool inStatement = false;
};

// A token that may run over several lines: lines starting inside it fold one level deeper.
struct Span
{
    int start = 0;
    int end = 0;
    bool open = false; // unterminated: runs past the styled range
};

struct LineInfo
{
    int level = 0;
    bool restartable = true; // between statements and outside any token: styling may start here
};

// Styles one range of the document that starts at a statement boundary, and works out its fold levels.
class RangeStyler
{
public:
    RangeStyler(const QByteArray &bytes, const SqlKeywords &keywords)
        : m_bytes(bytes)
        , m_keywords(keywords)
        , m_styles(bytes.size(), char(SqlLexer::Default))
    { }

    void run() { styleTokens(SqlTokenizer::tokenizeUtf8(m_bytes), 0, false); }
    const QByteArray &styles() const { return m_styles; }
    LineInfo lineInfo(int lineStart); // call with increasing line starts

private:
    void styleTokens(const QList<SqlToken> &tokens, int offset, bool body);
    int styleOf(const QList<SqlToken> &tokens, int i, int offset, bool body) const;
    void trackFold(const QList<SqlToken> &tokens, int i, int offset, bool body, int floor);
    bool isFunctionBody(const QList<SqlToken> &tokens, int index, int statementStart) const;
    void styleBody(const SqlToken &token, int offset);

    void setStyle(int start, int length, int style)
    {
        std::fill_n(m_styles.begin() + start, qBound(0, length, int(m_styles.size()) - start), char(style));
    }
    void mark(int pos) { m_marks.append({pos, m_depth, m_inStatement}); }
    QString word(const QList<SqlToken> &tokens, int i, int offset) const
    {
        if (i < 0 || i >= tokens.size())
            return {};
        const SqlToken &t = tokens.at(i);
        return QString::fromUtf8(m_bytes.constData() + offset + t.start, t.length).toLower();
    }
    static int significant(const QList<SqlToken> &tokens, int i, int step)
    {
        for (i += step; i >= 0 && i < tokens.size(); i += step) {
            if (tokens.at(i).isSignificant())
                return i;
        }
        return -1;
    }
    static bool isPunct(const QList<SqlToken> &tokens, int i, char c) { return i >= 0 && tokens.at(i).is(c); }

    const QByteArray &m_bytes;
    const SqlKeywords &m_keywords;
    QByteArray m_styles;
    QList<FoldMark> m_marks;
    QList<Span> m_spans; // by start
    int m_depth = 0;
    bool m_inStatement = false;

    int m_nextMark = 0; // lineInfo()'s progress
    int m_nextSpan = 0;
    FoldMark m_current;
    QList<Span> m_activeSpans;
};

void RangeStyler::styleTokens(const QList<SqlToken> &tokens, int offset, bool body)
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

int RangeStyler::styleOf(const QList<SqlToken> &tokens, int i, int offset, bool body) const
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
void RangeStyler::trackFold(const QList<SqlToken> &tokens, int i, int offset, bool body, int floor)
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
bool RangeStyler::isFunctionBody(const QList<SqlToken> &tokens, int index, int statementStart) const
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

void RangeStyler::styleBody(const SqlToken &token, int offset)
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

LineInfo RangeStyler::lineInfo(int lineStart)
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

struct StyleLook
{
    const char *description;
    std::optional<Colours::Syntax> syntax; // none: the palette's text colour
};

const StyleLook looks[SqlLexer::StyleCount] = {
    {QT_TRANSLATE_NOOP("SqlLexer", "Default"), {}},
    {QT_TRANSLATE_NOOP("SqlLexer", "Keyword"), Colours::Syntax::Keyword},
    {QT_TRANSLATE_NOOP("SqlLexer", "Type name"), Colours::Syntax::TypeName},
    {QT_TRANSLATE_NOOP("SqlLexer", "Function"), Colours::Syntax::Function},
    {QT_TRANSLATE_NOOP("SqlLexer", "String"), Colours::Syntax::String},
    {QT_TRANSLATE_NOOP("SqlLexer", "Dollar-quoted string"), Colours::Syntax::String},
    {QT_TRANSLATE_NOOP("SqlLexer", "Number"), Colours::Syntax::Number},
    {QT_TRANSLATE_NOOP("SqlLexer", "Comment"), Colours::Syntax::Comment},
    {QT_TRANSLATE_NOOP("SqlLexer", "Operator"), {}},
    {QT_TRANSLATE_NOOP("SqlLexer", "Quoted identifier"), Colours::Syntax::QuotedIdentifier},
    {QT_TRANSLATE_NOOP("SqlLexer", "Parameter"), Colours::Syntax::Parameter},
    {QT_TRANSLATE_NOOP("SqlLexer", "Function body delimiter"), Colours::Syntax::String},
};

bool validStyle(int style)
{
    return (style >= 0 && style < SqlLexer::StyleCount) || SqlLexer::isFunctionBodyStyle(style);
}

} // namespace

SqlLexer::SqlLexer(QObject *parent)
    : QsciLexerCustom(parent)
    , m_palette(QGuiApplication::palette())
{
    setAutoIndentStyle(QsciScintilla::AiMaintain);
}

const char *SqlLexer::language() const
{
    return "SQL";
}

QString SqlLexer::description(int style) const
{
    // QScintilla applies only the styles that have a description.
    if (!validStyle(style))
        return {};
    const QString base = tr(looks[baseStyle(style)].description);
    return isFunctionBodyStyle(style) ? tr("%1 in a function body").arg(base) : base;
}

QColor SqlLexer::defaultColor(int style) const
{
    if (!validStyle(style))
        return QsciLexerCustom::defaultColor(style);
    const StyleLook &look = looks[baseStyle(style)];
    return look.syntax ? Colours::syntax(*look.syntax, m_palette) : m_palette.color(QPalette::Text);
}

QColor SqlLexer::defaultPaper(int style) const
{
    // A faint tint marks where the function's own language starts and ends.
    return isFunctionBodyStyle(style) ? Colours::codeBlock(m_palette) : m_palette.color(QPalette::Base);
}

void SqlLexer::setPalette(const QPalette &palette)
{
    m_palette = palette;
    setDefaultColor(palette.color(QPalette::Text));
    setDefaultPaper(palette.color(QPalette::Base));
    // QsciLexer keeps each style's colours once read; these setters also tell the editor.
    for (int style = 0; style < BodyOffset + StyleCount; ++style) {
        if (!validStyle(style))
            continue;
        setColor(defaultColor(style), style);
        setPaper(defaultPaper(style), style);
    }
}

QFont SqlLexer::defaultFont(int style) const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const int base = baseStyle(style);
    font.setBold(base == Keyword || base == DollarDelimiter);
    font.setItalic(base == Comment);
    return font;
}

bool SqlLexer::defaultEolFill(int style) const
{
    return isFunctionBodyStyle(style); // tint whole lines of a body, not just the characters
}

const char *SqlLexer::wordCharacters() const
{
    return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$";
}

void SqlLexer::setKeywords(const SqlKeywords &keywords)
{
    m_keywords = keywords;
    if (QsciScintilla *editor = this->editor()) {
        // Forget the styling so that what is shown is restyled as it is painted.
        editor->SendScintilla(QsciScintillaBase::SCI_STARTSTYLING, 0UL, 0L);
        editor->viewport()->update();
    }
}

int SqlLexer::statementStartLine(int line) const
{
    const QsciScintilla *ed = editor();
    if (!ed)
        return 0;
    while (line > 0 && ed->SendScintilla(QsciScintillaBase::SCI_GETLINESTATE, line) != 1)
        --line;
    return qMax(0, line);
}

void SqlLexer::styleText(int start, int end)
{
    QsciScintilla *ed = editor();
    if (!ed || end < start)
        return;
    auto send = [ed](unsigned int message, unsigned long w = 0, long l = 0) {
        return int(ed->SendScintilla(message, w, l));
    };
    const int lineCount = send(QsciScintillaBase::SCI_GETLINECOUNT);
    const int firstLine = statementStartLine(send(QsciScintillaBase::SCI_LINEFROMPOSITION, start));
    const int lastLine = send(QsciScintillaBase::SCI_LINEFROMPOSITION, end);
    auto lineStart = [&](int line) {
        return line < lineCount ? send(QsciScintillaBase::SCI_POSITIONFROMLINE, line)
                                : send(QsciScintillaBase::SCI_GETLENGTH);
    };
    const int from = lineStart(firstLine);
    const int to = lineStart(lastLine + 1);
    QByteArray bytes(to - from + 1, '\0');
    ed->SendScintilla(QsciScintillaBase::SCI_GETTEXTRANGE, from, to, bytes.data());
    bytes.chop(1);

    RangeStyler styler(bytes, m_keywords);
    styler.run();
    startStyling(from);
    ed->SendScintilla(
        QsciScintillaBase::SCI_SETSTYLINGEX, static_cast<unsigned long>(bytes.size()), styler.styles().constData());

    LineInfo info = styler.lineInfo(0);
    for (int line = firstLine; line <= lastLine && line < lineCount; ++line) {
        const LineInfo next = styler.lineInfo(lineStart(line + 1) - from);
        const int header = next.level > info.level ? QsciScintillaBase::SC_FOLDLEVELHEADERFLAG : 0;
        send(QsciScintillaBase::SCI_SETFOLDLEVEL, line, (QsciScintillaBase::SC_FOLDLEVELBASE + info.level) | header);
        send(QsciScintillaBase::SCI_SETLINESTATE, line, info.restartable ? 1 : 0);
        info = next;
    }
    // Where the next styling call will start: mark whether it is a statement boundary.
    if (lastLine + 1 < lineCount)
        send(QsciScintillaBase::SCI_SETLINESTATE, lastLine + 1, info.restartable ? 1 : 0);
}
