#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

// The shipped translations are complete: no unfinished, vanished or obsolete entry, and every translation
// keeps its source's placeholders (%1, %2, %n), so that no message loses a file name or a count in German.
// English is the sources' own language: only its plurals need translating ("1 standby", not "1 standby(s)").
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedLanguagesAreComplete_data();
    void shippedLanguagesAreComplete();
};

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false; // a plural: one translation per numerus form
    QString type; // the translation's type attribute
    QStringList translations; // one, or the numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            current = Message {
                context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        else if (xml.name() == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // A plain translation's text; numerus forms come as children and are read above.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(%(\d+|n))"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found << match.captured(0);
    return found;
}

} // namespace

void TestTranslations::shippedLanguagesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::newRow("German") << QStringLiteral("saytruth_de.ts") << false;
    QTest::newRow("English plurals") << QStringLiteral("saytruth_en.ts") << true;
}

void TestTranslations::shippedLanguagesAreComplete()
{
    QFETCH(QString, file);
    QFETCH(bool, pluralsOnly);
    QString error;
    const QList<Message> messages = readTs(QDir(QStringLiteral(SAYTRUTH_TRANSLATIONS_DIR)).filePath(file), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);
    QStringList problems;
    for (const Message &message : messages) {
        if (pluralsOnly && !message.numerus)
            continue;
        const QString where = message.context + QStringLiteral(" | ") + message.source;
        if (!message.type.isEmpty()) {
            problems << message.type + QStringLiteral(": ") + where;
            continue;
        }
        for (const QString &translation : message.translations) {
            static const QRegularExpression eitherNumber(QStringLiteral(R"(\((s|es)\))"));
            if (translation.trimmed().isEmpty() && !message.source.trimmed().isEmpty())
                problems << QStringLiteral("empty: ") + where;
            else if (message.numerus && translation.contains(eitherNumber))
                problems << QStringLiteral("still singular and plural at once: ") + where + QStringLiteral(" → ")
                        + translation;
            else if (placeholders(translation) != placeholders(message.source)
                && !message.source.contains(QLatin1String("%n")))
                problems << QStringLiteral("placeholders differ: ") + where + QStringLiteral(" → ") + translation;
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 problem(s); run the update_translations target and translate:\n").arg(problems.size())
            + problems.mid(0, 20).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
