#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// A reader for the YAML subset YamlWriter writes (block mappings and sequences, plain and double-quoted
// scalars, literal blocks, [] and {}): enough to prove the text means what the JSON says.
class YamlReader
{
public:
    static QJsonValue parse(const QString &text)
    {
        YamlReader reader(text);
        reader.skipBlank();
        return reader.node(0);
    }

private:
    explicit YamlReader(const QString &text)
        : m_lines(text.split(QLatin1Char('\n')))
    { }

    static int indentOf(const QString &line)
    {
        int n = 0;
        while (n < line.size() && line.at(n) == QLatin1Char(' '))
            ++n;
        return n;
    }
    void skipBlank()
    {
        while (m_pos < m_lines.size()
            && (m_lines.at(m_pos).trimmed().isEmpty() || m_lines.at(m_pos).trimmed().startsWith(QLatin1Char('#'))))
            ++m_pos;
    }
    bool atEnd() const { return m_pos >= m_lines.size(); }
    static bool isSequenceLine(const QString &content)
    {
        return content == QLatin1String("-") || content.startsWith(QLatin1String("- "));
    }

    QJsonValue node(int minIndent)
    {
        skipBlank();
        if (atEnd() || indentOf(m_lines.at(m_pos)) < minIndent)
            return QJsonValue::Null;
        const int indent = indentOf(m_lines.at(m_pos));
        if (isSequenceLine(m_lines.at(m_pos).mid(indent)))
            return sequence(indent);
        return mapping(indent);
    }

    QJsonArray sequence(int indent)
    {
        QJsonArray array;
        for (skipBlank(); !atEnd(); skipBlank()) {
            const QString line = m_lines.at(m_pos);
            if (indentOf(line) != indent || !isSequenceLine(line.mid(indent)))
                break;
            const QString rest = line.mid(indent + 1).trimmed();
            if (rest.isEmpty()) {
                ++m_pos;
                array.append(node(indent + 1));
            } else if (startsMappingEntry(rest)) {
                m_lines[m_pos] = QString(indent + 2, QLatin1Char(' ')) + rest; // "- a: b" is a mapping at indent+2
                array.append(mapping(indent + 2));
            } else {
                ++m_pos;
                array.append(value(rest, indent));
            }
        }
        return array;
    }

    static bool startsMappingEntry(const QString &rest)
    {
        if (rest.startsWith(QLatin1Char('"'))) {
            qsizetype used = 0;
            quoted(rest, &used);
            return rest.mid(used).startsWith(QLatin1Char(':'));
        }
        return rest.contains(QLatin1String(": ")) || rest.endsWith(QLatin1Char(':'));
    }

    QJsonObject mapping(int indent)
    {
        QJsonObject object;
        for (skipBlank(); !atEnd(); skipBlank()) {
            const QString line = m_lines.at(m_pos);
            if (indentOf(line) != indent || isSequenceLine(line.mid(indent)))
                break;
            const QString content = line.mid(indent);
            QString key;
            qsizetype colon = 0;
            if (content.startsWith(QLatin1Char('"'))) {
                key = quoted(content, &colon);
            } else {
                colon = content.indexOf(QLatin1String(": "));
                if (colon < 0)
                    colon = content.size() - 1;
                key = content.left(colon);
            }
            const QString rest = content.mid(colon + 1).trimmed();
            ++m_pos;
            if (!rest.isEmpty()) {
                object.insert(key, value(rest, indent));
                continue;
            }
            skipBlank();
            const bool sameIndentSequence
                = !atEnd() && indentOf(m_lines.at(m_pos)) == indent && isSequenceLine(m_lines.at(m_pos).mid(indent));
            object.insert(key, sameIndentSequence ? QJsonValue(sequence(indent)) : node(indent + 1));
        }
        return object;
    }

    QJsonValue value(const QString &rest, int indent)
    {
        if (rest.startsWith(QLatin1Char('|')))
            return literal(rest.mid(1), indent);
        if (rest.startsWith(QLatin1Char('"'))) {
            qsizetype used = 0;
            return quoted(rest, &used);
        }
        if (rest == QLatin1String("[]"))
            return QJsonArray();
        if (rest == QLatin1String("{}"))
            return QJsonObject();
        QString plain = rest;
        if (const qsizetype comment = plain.indexOf(QLatin1String(" #")); comment >= 0)
            plain = plain.left(comment).trimmed();
        if (plain == QLatin1String("null") || plain == QLatin1String("~"))
            return QJsonValue::Null;
        if (plain == QLatin1String("true") || plain == QLatin1String("false"))
            return plain == QLatin1String("true");
        if (QRegularExpression(QStringLiteral("^-?[0-9]+$")).match(plain).hasMatch())
            return plain.toDouble();
        return plain;
    }

    QString literal(const QString &header, int parentIndent)
    {
        const QChar chomp = header.isEmpty() ? QChar() : header.at(0);
        QStringList lines;
        int contentIndent = -1;
        while (!atEnd()) {
            const QString line = m_lines.at(m_pos);
            if (!line.trimmed().isEmpty()) {
                if (contentIndent < 0)
                    contentIndent = indentOf(line);
                if (indentOf(line) < contentIndent || contentIndent <= parentIndent)
                    break;
            }
            lines << (line.size() > contentIndent ? line.mid(contentIndent) : QString());
            ++m_pos;
        }
        int trailingEmpty = 0;
        while (!lines.isEmpty() && lines.last().isEmpty()) {
            lines.removeLast();
            ++trailingEmpty;
        }
        if (m_pos >= m_lines.size() && trailingEmpty > 0)
            --trailingEmpty; // the line after the document's last newline
        QString text = lines.join(QLatin1Char('\n'));
        if (chomp == QLatin1Char('-'))
            return text;
        text += QLatin1Char('\n');
        if (chomp == QLatin1Char('+'))
            text += QString(trailingEmpty, QLatin1Char('\n'));
        return text;
    }

    static QString quoted(const QString &text, qsizetype *used)
    {
        QString out;
        qsizetype i = 1;
        for (; i < text.size() && text.at(i) != QLatin1Char('"'); ++i) {
            if (text.at(i) != QLatin1Char('\\')) {
                out += text.at(i);
                continue;
            }
            const QChar escape = text.at(++i);
            if (escape == QLatin1Char('n'))
                out += QLatin1Char('\n');
            else if (escape == QLatin1Char('t'))
                out += QLatin1Char('\t');
            else if (escape == QLatin1Char('r'))
                out += QLatin1Char('\r');
            else if (escape == QLatin1Char('u')) {
                out += QChar(text.mid(i + 1, 4).toUShort(nullptr, 16));
                i += 4;
            } else
                out += escape;
        }
        *used = i + 1;
        return out;
    }

    QStringList m_lines;
    qsizetype m_pos = 0;
};
