#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// A psql meta-command found in a plain SQL file, where psql would run it.
struct MetaCommand
{
    qint64 line = 0; // 1-based
    QString name; // "restrict", "!", "copy"
    QString text; // the whole command as written, cut at 200 characters
    bool refused = false;
    QString reason; // why it is refused, in words
};

// Scans plain SQL, as psql would read it, for backslash meta-commands before the file is run (CVE-2025-8714:
// a dump can carry "\!" and run a shell on the restoring machine). Follows psql's lexer where it matters:
// quoted strings (standard and E''), quoted identifiers, dollar quoting, nested comments, and the data lines
// of COPY … FROM stdin (up to "\."), where backslashes are data. Everything that is not on a short list of
// harmless commands (the \restrict/\unrestrict pair pg_dump writes, \set, \echo, \if …) is refused: shell
// and pipes, files read or written, another connection, includes, prompts; and any command whose arguments
// hold a backquote (psql runs those as shell commands). Streaming: feed() the file in chunks of any size.
class MetaCommandScanner
{
    Q_DECLARE_TR_FUNCTIONS(MetaCommandScanner)
public:
    void feed(const char *data, qint64 size);
    void feed(const QByteArray &data) { feed(data.constData(), data.size()); }
    void finish(); // ends a meta-command on the last line when the file has no final newline

    const QList<MetaCommand> &commands() const { return m_commands; } // the first MaxListed
    qint64 commandCount() const { return m_count; }
    qint64 refusedCount() const { return m_refused; }
    qint64 lines() const { return m_line; }

    static constexpr int MaxListed = 1000;

private:
    enum class State {
        Normal,
        LineComment,
        BlockComment,
        SingleQuote,
        EscapeQuote, // E'…'
        DoubleQuote,
        DollarQuote,
        MetaCommand,
        CopyData,
    };
    void scan(bool final);
    void beginMetaCommand();
    void endMetaCommand();
    void endStatement();
    void newline();
    void classify(MetaCommand &command) const;

    QByteArray m_buffer; // not yet scanned: the last bytes wait for the lookahead they may need
    State m_state = State::Normal;
    qint64 m_line = 1;
    int m_commentDepth = 0;
    char m_previous = '\n'; // the two bytes before the one being scanned (for E'…' and $tag$)
    char m_beforePrevious = '\n';
    QByteArray m_dollarTag; // "$tag$" that closes the current dollar quote
    QByteArray m_statement; // the current statement, comments dropped, cut at 4 KB (to spot COPY … FROM stdin)
    QByteArray m_meta; // the meta-command being read
    char m_metaQuote = 0; // a quote open inside the meta-command's arguments
    qint64 m_metaLine = 0;
    bool m_copyAfterLine = false; // a COPY … FROM stdin ended: its data starts on the next line
    bool m_lineStart = true;

    QList<MetaCommand> m_commands;
    qint64 m_count = 0;
    qint64 m_refused = 0;
};
