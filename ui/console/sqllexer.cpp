#include "sqllexer.h"

#include "common/colours.h"
#include "console/sqlrangestyler.h"

#include <Qsci/qsciscintilla.h>

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

#include <optional>

namespace {

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

    SqlRangeStyler styler(bytes, m_keywords);
    styler.run();
    startStyling(from);
    ed->SendScintilla(
        QsciScintillaBase::SCI_SETSTYLINGEX, static_cast<unsigned long>(bytes.size()), styler.styles().constData());

    SqlRangeStyler::LineInfo info = styler.lineInfo(0);
    for (int line = firstLine; line <= lastLine && line < lineCount; ++line) {
        const SqlRangeStyler::LineInfo next = styler.lineInfo(lineStart(line + 1) - from);
        const int header = next.level > info.level ? QsciScintillaBase::SC_FOLDLEVELHEADERFLAG : 0;
        send(QsciScintillaBase::SCI_SETFOLDLEVEL, line, (QsciScintillaBase::SC_FOLDLEVELBASE + info.level) | header);
        send(QsciScintillaBase::SCI_SETLINESTATE, line, info.restartable ? 1 : 0);
        info = next;
    }
    // Where the next styling call will start: mark whether it is a statement boundary.
    if (lastLine + 1 < lineCount)
        send(QsciScintillaBase::SCI_SETLINESTATE, lastLine + 1, info.restartable ? 1 : 0);
}
