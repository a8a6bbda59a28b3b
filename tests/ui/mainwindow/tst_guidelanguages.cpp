#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// The guide's translations (docs/guide.<language>.md) keep the English guide's shape, so that a section added to
// one and not the other fails here rather than drifting apart unnoticed: the same number of sections, the same
// screenshots in the same order, the same command lines. Reads the files only (no display, no widgets).
class TestGuideLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsThere();
    void sameShape_data();
    void sameShape();
};

namespace {

QDir docs()
{
    return QDir(QStringLiteral(SAYTRUTH_DOCS_DIR));
}

QStringList translations()
{
    return docs().entryList({QStringLiteral("guide.*.md")}, QDir::Files, QDir::Name);
}

QString read(const QString &fileName)
{
    QFile file(docs().filePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList matches(const QString &text, const QRegularExpression &pattern)
{
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found << match.captured(1);
    return found;
}

// Second-level headings: the guide's sections, each a link in its contents.
int sections(const QString &guide)
{
    static const QRegularExpression heading(QStringLiteral(R"(^(## ).*$)"), QRegularExpression::MultilineOption);
    return int(matches(guide, heading).size());
}

QStringList screenshots(const QString &guide)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+)\))"));
    return matches(guide, image);
}

// The command lines shown as code (indented four spaces), which stay as they are in every language.
QStringList commandLines(const QString &guide)
{
    static const QRegularExpression command(
        QStringLiteral(R"(^    (saytruth-studio\b.*)$)"), QRegularExpression::MultilineOption);
    return matches(guide, command);
}

} // namespace

void TestGuideLanguages::germanIsThere()
{
    QVERIFY2(translations().contains(QStringLiteral("guide.de.md")), qPrintable(translations().join(u' ')));
}

void TestGuideLanguages::sameShape_data()
{
    QTest::addColumn<QString>("translation");
    for (const QString &fileName : translations())
        QTest::newRow(qPrintable(fileName)) << fileName;
}

void TestGuideLanguages::sameShape()
{
    QFETCH(QString, translation);
    const QString english = read(QStringLiteral("guide.md"));
    const QString translated = read(translation);
    QVERIFY(!english.isEmpty());
    QVERIFY(!translated.isEmpty());
    QVERIFY(sections(english) >= 8);
    QCOMPARE(sections(translated), sections(english));
    QVERIFY(!screenshots(english).isEmpty());
    QCOMPARE(screenshots(translated), screenshots(english));
    QVERIFY(!commandLines(english).isEmpty());
    QCOMPARE(commandLines(translated), commandLines(english));
}

QTEST_GUILESS_MAIN(TestGuideLanguages)
#include "tst_guidelanguages.moc"
