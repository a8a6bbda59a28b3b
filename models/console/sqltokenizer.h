#pragma once

#include "sqlkeywords.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

// One lexical token of PostgreSQL SQL, as the server's own scanner sees it.
struct SqlToken
{
    enum class Kind {
        Keyword,
        Identifier, // plain or "quoted"
        String, // '...', E'...', B'...', X'...', U&'...'
        Number,
        Operator, // + = <> :: || and every other operator
        Comment, // -- to the end of the line, or /* */
        DollarQuotedString, // $$...$$ or $tag$...$tag$, delimiters included
        Parameter, // $1
        Other, // punctuation ( ) , ; . [ ] : and what the scanner rejects
    };

    Kind kind = Kind::Other;
    SqlKeywordCategory keywordCategory = SqlKeywordCategory::None;
    int start = 0; // QString index from tokenize(), byte offset from tokenizeUtf8()
    int length = 0;
    // The character itself for one-character tokens ('(' ';' '.' '+'), PostgreSQL's token number above 255.
    int code = 0;
    // False for a string, comment, quoted identifier or dollar quote that the text ends inside of.
    bool terminated = true;

    int end() const { return start + length; }
    bool is(char character) const { return code == character; }
    bool isName() const { return kind == Kind::Identifier || kind == Kind::Keyword; }
    bool isSignificant() const { return kind != Kind::Comment; }
};

// Splits SQL into tokens with PostgreSQL's scanner (libpg_query). Incomplete and invalid SQL is fine: the scanner
// stops at the first thing it rejects, so the rest is scanned again after it; what never ends (an open quote or
// comment) becomes one unterminated token to the end of the text.
class SqlTokenizer
{
public:
    static QList<SqlToken> tokenize(const QString &sql); // offsets are QString indices
    static QList<SqlToken> tokenizeUtf8(const QByteArray &sql); // offsets are byte offsets

    // "$tag$" for a dollar-quoted token's text (also when unterminated), empty when it is none.
    static QStringView dollarTag(QStringView tokenText);
    static QByteArray dollarTag(const QByteArray &tokenText);

    // The name a plain or "quoted" identifier stands for: unquoted names fold to lower case, as in PostgreSQL.
    static QString identifierName(QStringView tokenText);
};
