#include "metacommandscanner.h"

#include <QRegularExpression>
#include <QSet>

namespace {

constexpr qsizetype Lookahead = 512; // the longest dollar-quote tag followed; longer ones are not tags to us
constexpr qsizetype StatementKept = 4096;

bool isIdentifierByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '$'
        || u >= 0x80;
}

bool isTagStart(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u >= 0x80;
}

} // namespace

void MetaCommandScanner::feed(const char *data, qint64 size)
{
    m_buffer.append(data, qsizetype(size));
    scan(false);
}

void MetaCommandScanner::finish()
{
    scan(true);
    if (m_state == State::MetaCommand)
        endMetaCommand();
}

void MetaCommandScanner::newline()
{
    ++m_line;
    m_lineStart = true;
}

void MetaCommandScanner::scan(bool final)
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const qsizetype limit = final ? size : size - Lookahead;
    const auto at = [&](qsizetype index) -> char {
        return index < size ? data[index] : '\0';
    };
    qsizetype i = 0;
    while (i < limit) {
        const char c = data[i];
        const bool lineStart = m_lineStart;
        m_lineStart = false;
        qsizetype step = 1;
        switch (m_state) {
        case State::Normal:
            if (c == '\n') {
                newline();
                if (m_copyAfterLine) {
                    m_copyAfterLine = false;
                    m_state = State::CopyData;
                }
                if (m_statement.size() < StatementKept)
                    m_statement.append(' ');
            } else if (c == '-' && at(i + 1) == '-') {
                m_state = State::LineComment;
                step = 2;
            } else if (c == '/' && at(i + 1) == '*') {
                m_state = State::BlockComment;
                m_commentDepth = 1;
                step = 2;
            } else if (c == '\'') {
                const bool escape = (m_previous == 'E' || m_previous == 'e') && !isIdentifierByte(m_beforePrevious);
                m_state = escape ? State::EscapeQuote : State::SingleQuote;
            } else if (c == '"') {
                m_state = State::DoubleQuote;
            } else if (c == '$' && !isIdentifierByte(m_previous)) {
                qsizetype end = i + 1;
                if (isTagStart(at(end)))
                    while (end < size && end - i < Lookahead && isIdentifierByte(at(end)) && at(end) != '$')
                        ++end;
                if (at(end) == '$') {
                    m_dollarTag = QByteArray(data + i, end - i + 1);
                    m_state = State::DollarQuote;
                    step = end - i + 1;
                }
            } else if (c == '\\') {
                beginMetaCommand();
            } else if (c == ';') {
                endStatement();
            }
            if (m_state == State::Normal && c != '\n' && c != ';' && m_statement.size() < StatementKept)
                m_statement.append(c);
            else if (m_state != State::Normal && m_state != State::MetaCommand && m_statement.size() < StatementKept)
                m_statement.append(' '); // a literal or a comment separates words, and its content is not SQL
            break;
        case State::LineComment:
            if (c == '\n') {
                m_state = State::Normal;
                continue; // the newline itself is Normal's (a COPY's data may start after it)
            }
            break;
        case State::BlockComment:
            if (c == '/' && at(i + 1) == '*') {
                ++m_commentDepth;
                step = 2;
            } else if (c == '*' && at(i + 1) == '/') {
                step = 2;
                if (--m_commentDepth == 0)
                    m_state = State::Normal;
            } else if (c == '\n') {
                newline();
            }
            break;
        case State::SingleQuote:
        case State::DoubleQuote: {
            const char quote = m_state == State::SingleQuote ? '\'' : '"';
            if (c == quote && at(i + 1) == quote)
                step = 2;
            else if (c == quote)
                m_state = State::Normal;
            else if (c == '\n')
                newline();
            break;
        }
        case State::EscapeQuote:
            if (c == '\\') {
                step = 2;
                if (at(i + 1) == '\n')
                    newline();
            } else if (c == '\'' && at(i + 1) == '\'') {
                step = 2;
            } else if (c == '\'') {
                m_state = State::Normal;
            } else if (c == '\n') {
                newline();
            }
            break;
        case State::DollarQuote:
            if (c == '$' && size - i >= m_dollarTag.size()
                && QByteArrayView(data + i, m_dollarTag.size()) == QByteArrayView(m_dollarTag)) {
                step = m_dollarTag.size();
                m_state = State::Normal;
            } else if (c == '\n') {
                newline();
            }
            break;
        case State::MetaCommand:
            if (m_metaQuote) {
                if (c == m_metaQuote)
                    m_metaQuote = 0;
                if (c == '\n') {
                    // psql ends a meta-command at the end of its line even inside an open quote.
                    m_metaQuote = 0;
                    endMetaCommand();
                    continue;
                }
                m_meta.append(c);
            } else if (c == '\n') {
                endMetaCommand();
                continue; // Normal takes the newline
            } else if (c == '\\' && at(i + 1) == '\\') {
                endMetaCommand(); // "\\" ends the arguments; SQL may follow
                step = 2;
            } else if (c == '\\') {
                endMetaCommand();
                beginMetaCommand();
            } else {
                if (c == '\'' || c == '`' || c == '"')
                    m_metaQuote = c;
                m_meta.append(c);
            }
            break;
        case State::CopyData:
            if (lineStart && c == '\\' && at(i + 1) == '.'
                && (at(i + 2) == '\n' || (at(i + 2) == '\r' && at(i + 3) == '\n') || i + 2 >= size)) {
                m_state = State::Normal; // "\." ends the data; the newline after it is Normal's
                step = 2;
            } else if (c == '\n') {
                newline();
            }
            break;
        }
        // Remember the last two bytes for E'…' and $tag$ (a multi-byte step remembers its last byte).
        m_beforePrevious = step >= 2 ? data[i + step - 2] : m_previous;
        m_previous = data[i + step - 1];
        i += step;
    }
    m_buffer.remove(0, std::min(i, size));
}

void MetaCommandScanner::beginMetaCommand()
{
    m_state = State::MetaCommand;
    m_meta = "\\";
    m_metaQuote = 0;
    m_metaLine = m_line;
}

void MetaCommandScanner::endMetaCommand()
{
    m_state = State::Normal;
    MetaCommand command;
    command.line = m_metaLine;
    command.text = QString::fromUtf8(m_meta.left(200)).trimmed();
    static const QRegularExpression namePattern(QStringLiteral(R"(^\\([A-Za-z][A-Za-z0-9_+*]*|.?))"));
    command.name = namePattern.match(command.text).captured(1);
    classify(command);
    ++m_count;
    if (command.refused)
        ++m_refused;
    if (m_commands.size() < MaxListed)
        m_commands.append(command);
    m_meta.clear();
}

void MetaCommandScanner::endStatement()
{
    static const QRegularExpression copyFromStdin(QStringLiteral(R"(^\s*COPY\s.*\sFROM\s+STDIN\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (copyFromStdin.match(QString::fromUtf8(m_statement)).hasMatch())
        m_copyAfterLine = true;
    m_statement.clear();
}

void MetaCommandScanner::classify(MetaCommand &command) const
{
    // Harmless: they set variables or output formatting, print, branch, or are the pair pg_dump writes.
    static const QSet<QString> harmless
        = {QStringLiteral("restrict"), QStringLiteral("unrestrict"), QStringLiteral("set"), QStringLiteral("unset"),
            QStringLiteral("pset"), QStringLiteral("a"), QStringLiteral("C"), QStringLiteral("f"), QStringLiteral("H"),
            QStringLiteral("t"), QStringLiteral("T"), QStringLiteral("x"), QStringLiteral("echo"),
            QStringLiteral("qecho"), QStringLiteral("warn"), QStringLiteral("encoding"), QStringLiteral("timing"),
            QStringLiteral("if"), QStringLiteral("elif"), QStringLiteral("else"), QStringLiteral("endif"),
            QStringLiteral("conninfo"), QStringLiteral("errverbose"), QStringLiteral("q"), QStringLiteral("quit"),
            QStringLiteral("gset"), QStringLiteral("gexec"), QStringLiteral("bind"), QStringLiteral(".")};
    const QString arguments = command.text.mid(command.name.size() + 1).trimmed();
    if (command.text.contains(QLatin1Char('`'))) {
        command.refused = true;
        command.reason = tr("its arguments hold a backquoted shell command");
        return;
    }
    if (harmless.contains(command.name))
        return;
    if ((command.name == QLatin1String("g") || command.name == QLatin1String("gx")) && arguments.isEmpty())
        return;
    command.refused = true;
    if (command.name == QLatin1String("!") || command.name == QLatin1String("setenv")
        || command.name == QLatin1String("cd") || command.name == QLatin1String("getenv"))
        command.reason = tr("it runs a shell command or changes the shell environment");
    else if (arguments.startsWith(QLatin1Char('|'))
        || command.text.contains(QLatin1String("program"), Qt::CaseInsensitive))
        command.reason = tr("it pipes to or from a shell command");
    else if (command.name == QLatin1String("c") || command.name == QLatin1String("connect"))
        command.reason = tr("it switches to another database or server");
    else if (command.name == QLatin1String("i") || command.name == QLatin1String("ir")
        || command.name == QLatin1String("include") || command.name == QLatin1String("include_relative"))
        command.reason = tr("it runs another file, which was not checked");
    else
        command.reason = tr("it reads or writes files on this computer, waits for input, or is not a command a "
                            "backup needs");
}
