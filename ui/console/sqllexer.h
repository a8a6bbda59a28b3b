#pragma once

#include "console/sqlkeywords.h"

#include <Qsci/qscilexercustom.h>

#include <QPalette>

// Colours SQL in SqlEditor with PostgreSQL's own scanner (SqlTokenizer) and sets the fold levels. Restyles from
// the start of the statement around the change, never the whole script, and colours the body of a function
// definition ($$ ... $$ of CREATE FUNCTION or DO) as SQL on a tinted background.
class SqlLexer : public QsciLexerCustom
{
    Q_OBJECT

public:
    enum Style {
        Default = 0,
        Keyword,
        TypeName,
        Function, // a name followed by "("
        String,
        DollarString, // a dollar-quoted string that is not a function body
        Number,
        Comment,
        Operator,
        QuotedIdentifier,
        Parameter,
        DollarDelimiter, // the $$ or $tag$ around a function body
        StyleCount,
        BodyOffset = 16, // Default + BodyOffset ... : the same styles inside a function body
    };

    explicit SqlLexer(QObject *parent = nullptr);

    const char *language() const override;
    QString description(int style) const override;
    QColor defaultColor(int style) const override;
    QColor defaultPaper(int style) const override;
    QFont defaultFont(int style) const override;
    bool defaultEolFill(int style) const override;
    const char *wordCharacters() const override;
    void styleText(int start, int end) override;

    // Colours every style from this palette (light or dark variants by its base colour) and tells the editor.
    void setPalette(const QPalette &palette);
    const QPalette &palette() const { return m_palette; }

    // The words to colour as key words: the server's own once connected. Restyles the document.
    void setKeywords(const SqlKeywords &keywords);
    const SqlKeywords &keywords() const { return m_keywords; }

    // The first line of the statement that contains `line`, as far as the document is styled: where restyling and
    // completion may start reading without missing an open quote or comment.
    int statementStartLine(int line) const;

    static bool isFunctionBodyStyle(int style) { return style >= BodyOffset && style < BodyOffset + StyleCount; }
    static int baseStyle(int style) { return style >= BodyOffset ? style - BodyOffset : style; }

private:
    SqlKeywords m_keywords;
    QPalette m_palette;
};
