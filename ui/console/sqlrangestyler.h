#pragma once

#include "console/sqlkeywords.h"
#include "console/sqltokenizer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <algorithm>

// Styles one range of the SQL editor's document that starts at a statement boundary, with SqlLexer's styles (a
// function body's as SQL of its own), and works out its fold levels: what SqlLexer::styleText hands to the editor.
class SqlRangeStyler
{
public:
    struct LineInfo
    {
        int level = 0;
        bool restartable = true; // between statements and outside any token: styling may start here
    };

    SqlRangeStyler(const QByteArray &bytes, const SqlKeywords &keywords);

    void run();
    const QByteArray &styles() const { return m_styles; }
    LineInfo lineInfo(int lineStart); // call with increasing line starts

private:
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
