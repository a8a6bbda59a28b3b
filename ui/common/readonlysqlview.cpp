#include "readonlysqlview.h"

#include "common/colours.h"
#include "console/sqltokenizer.h"

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
// Colours each line from PostgreSQL's own scanner (line by line: enough for previews).
class BuiltInSqlHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        for (const SqlToken &token : SqlTokenizer::tokenize(text)) {
            QTextCharFormat format;
            switch (token.kind) {
            case SqlToken::Kind::Keyword:
                format.setForeground(Colours::syntax(Colours::Syntax::Keyword)), format.setFontWeight(QFont::Bold);
                break;
            case SqlToken::Kind::String:
            case SqlToken::Kind::DollarQuotedString:
                format.setForeground(Colours::syntax(Colours::Syntax::String));
                break;
            case SqlToken::Kind::Number:
                format.setForeground(Colours::syntax(Colours::Syntax::Number));
                break;
            case SqlToken::Kind::Comment:
                format.setForeground(Colours::syntax(Colours::Syntax::Comment)), format.setFontItalic(true);
                break;
            default:
                continue;
            }
            setFormat(token.start, token.length, format);
        }
    }
};
#endif

} // namespace

ReadOnlySqlView::ReadOnlySqlView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
#ifdef SAYTRUTH_HAVE_KSYNTAXHIGHLIGHTING
    static KSyntaxHighlighting::Repository repository;
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    highlighter->setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    highlighter->setDefinition(repository.definitionForName(QStringLiteral("SQL (PostgreSQL)")));
#else
    new BuiltInSqlHighlighter(document());
#endif
}

QString ReadOnlySqlView::highlighterName()
{
#ifdef SAYTRUTH_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KSyntaxHighlighting");
#else
    return QStringLiteral("built-in");
#endif
}
