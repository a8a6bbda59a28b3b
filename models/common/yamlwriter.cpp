#include "yamlwriter.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace {

void writeMapping(QString &out, const QJsonObject &object, int indent, bool firstOnThisLine);
void writeSequence(QString &out, const QJsonArray &array, int indent);

QString spaces(int count)
{
    return QString(count, QLatin1Char(' '));
}

bool isLineBreakOrControl(QChar c)
{
    const char16_t u = c.unicode();
    // YAML 1.1 also breaks lines at NEL, LS and PS; a BOM inside a scalar is not allowed.
    return u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0xfeff;
}

QString doubleQuoted(const QString &text)
{
    static const QString escaped = QStringLiteral("\\\"\n\t\r");
    static const QStringList escapes {QStringLiteral("\\\\"), QStringLiteral("\\\""), QStringLiteral("\\n"),
        QStringLiteral("\\t"), QStringLiteral("\\r")};
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (const qsizetype simple = escaped.indexOf(c); simple >= 0)
            out += escapes.at(simple);
        else if (isLineBreakOrControl(c))
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

// A literal block keeps a script as it is; only text that reads back exactly the same qualifies.
bool fitsLiteralBlock(const QString &text)
{
    if (!text.contains(QLatin1Char('\n')) || text.isEmpty() || text.front().isSpace())
        return false;
    for (const QChar c : text)
        if (isLineBreakOrControl(c) && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            return false;
    return true;
}

QString literalBlock(const QString &text, int indent)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == QLatin1Char('\n'))
        --end;
    const qsizetype trailing = text.size() - end;
    QString out = trailing == 0 ? QStringLiteral("|-\n")
        : trailing == 1         ? QStringLiteral("|\n")
                                : QStringLiteral("|+\n");
    const QString prefix = spaces(indent);
    const QStringList lines = text.left(end).split(QLatin1Char('\n'));
    for (const QString &line : lines)
        out += (line.isEmpty() ? QString() : prefix + line) + QLatin1Char('\n');
    for (qsizetype i = 1; i < trailing; ++i)
        out += QLatin1Char('\n');
    return out;
}

// A value that fits after "key:" or "-" on the same line (a literal block continues below, at contentIndent).
QString inlineValue(const QJsonValue &value, int contentIndent)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null\n");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true\n") : QStringLiteral("false\n");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::trunc(number) && std::abs(number) < 9.0e15)
            return QString::number(qint64(number)) + QLatin1Char('\n');
        return QString::number(number, 'g', 17) + QLatin1Char('\n');
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        if (fitsLiteralBlock(text))
            return literalBlock(text, contentIndent);
        return YamlWriter::scalar(text) + QLatin1Char('\n');
    }
    case QJsonValue::Array:
        return QStringLiteral("[]\n"); // only empty ones come here
    case QJsonValue::Object:
        return QStringLiteral("{}\n");
    }
    return QStringLiteral("null\n");
}

// Writes what follows "key:" or "-" (already in out), its nested lines indented under indent.
void writeNested(QString &out, const QJsonValue &value, int indent)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        out += QLatin1Char('\n');
        writeMapping(out, value.toObject(), indent + 2, false);
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        out += QLatin1Char('\n');
        writeSequence(out, value.toArray(), indent + 2);
    } else {
        out += QLatin1Char(' ') + inlineValue(value, indent + 2);
    }
}

void writeMapping(QString &out, const QJsonObject &object, int indent, bool firstOnThisLine)
{
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!(first && firstOnThisLine))
            out += spaces(indent);
        first = false;
        out += YamlWriter::scalar(it.key()) + QLatin1Char(':');
        writeNested(out, it.value(), indent);
    }
}

void writeSequence(QString &out, const QJsonArray &array, int indent)
{
    for (const QJsonValue &item : array) {
        out += spaces(indent) + QLatin1Char('-');
        if (item.isObject() && !item.toObject().isEmpty()) {
            out += QLatin1Char(' ');
            writeMapping(out, item.toObject(), indent + 2, true);
        } else {
            writeNested(out, item, indent);
        }
    }
}

} // namespace

bool YamlWriter::isSafePlain(const QString &text)
{
    // Deliberately narrower than YAML allows: ASCII, starting with a letter, '_' or '/', no indicator
    // characters, no space at the end, and none of the words YAML 1.1 reads as booleans or null.
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z_/][A-Za-z0-9_./+=()~^$;@ -]*$)"));
    static const QRegularExpression special(
        QStringLiteral("^(y|n|yes|no|true|false|on|off|null)$"), QRegularExpression::CaseInsensitiveOption);
    return plain.match(text).hasMatch() && !text.endsWith(QLatin1Char(' ')) && !special.match(text).hasMatch();
}

QString YamlWriter::scalar(const QString &text)
{
    return isSafePlain(text) ? text : doubleQuoted(text);
}

QString YamlWriter::write(const QJsonObject &object)
{
    QString out;
    if (object.isEmpty())
        return QStringLiteral("{}\n");
    writeMapping(out, object, 0, false);
    return out;
}
