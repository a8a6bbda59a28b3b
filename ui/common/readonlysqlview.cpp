#include "readonlysqlview.h"

#include "common/colours.h"
#include "console/sqltokenizer.h"

#include <QEvent>
#include <QFontDatabase>
#include <QSyntaxHighlighter>

#ifdef SAYTRUTH_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace {

#ifndef SAYTRUTH_HAVE_KSYNTAXHIGHLIGHTING
// Colours each line from PostgreSQL's own scanner (line by line: enough for previews), in the view's palette.
class BuiltInSqlHighlighter : public QSyntaxHighlighter
{
public:
    BuiltInSqlHighlighter(QTextDocument *document, const QWidget *view)
        : QSyntaxHighlighter(document)
        , m_view(view)
    { }

protected:
    void highlightBlock(const QString &text) override
    {
        for (const SqlToken &token : SqlTokenizer::tokenize(text)) {
            QTextCharFormat format;
            switch (token.kind) {
            case SqlToken::Kind::Keyword:
                format.setForeground(Colours::syntax(Colours::Syntax::Keyword, m_view->palette())),
                    format.setFontWeight(QFont::Bold);
                break;
            case SqlToken::Kind::String:
            case SqlToken::Kind::DollarQuotedString:
                format.setForeground(Colours::syntax(Colours::Syntax::String, m_view->palette()));
                break;
            case SqlToken::Kind::Number:
                format.setForeground(Colours::syntax(Colours::Syntax::Number, m_view->palette()));
                break;
            case SqlToken::Kind::Comment:
                format.setForeground(Colours::syntax(Colours::Syntax::Comment, m_view->palette())),
                    format.setFontItalic(true);
                break;
            default:
                continue;
            }
            setFormat(token.start, token.length, format);
        }
    }

private:
    const QWidget *m_view;
};
#else
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}
#endif

} // namespace

ReadOnlySqlView::ReadOnlySqlView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
#ifdef SAYTRUTH_HAVE_KSYNTAXHIGHLIGHTING
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    highlighter->setDefinition(repository().definitionForName(QStringLiteral("SQL (PostgreSQL)")));
    m_highlighter = highlighter;
#else
    m_highlighter = new BuiltInSqlHighlighter(document(), this);
#endif
    applyPalette();
}

void ReadOnlySqlView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

// A highlighted format keeps the colour it was given: each switch of the palette colours the text again.
void ReadOnlySqlView::applyPalette()
{
#ifdef SAYTRUTH_HAVE_KSYNTAXHIGHLIGHTING
    static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter)
        ->setTheme(repository().defaultTheme(Colours::isDark(palette()) ? KSyntaxHighlighting::Repository::DarkTheme
                                                                        : KSyntaxHighlighting::Repository::LightTheme));
#endif
    m_highlighter->rehighlight();
}

QString ReadOnlySqlView::highlighterName()
{
#ifdef SAYTRUTH_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KSyntaxHighlighting");
#else
    return QStringLiteral("built-in");
#endif
}
