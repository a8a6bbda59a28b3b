#include "common/colours.h"
#include "contrast.h"

#include <QtTest>

// The app's colours on a light and on a dark palette: different, and readable against the base colour.
class TestColours : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void darkDiffersFromLight();
    void textIsReadableOnTheBase_data();
    void textIsReadableOnTheBase();
    void fillsKeepThePaletteTextReadable_data();
    void fillsKeepThePaletteTextReadable();
    void styleSheetsFollowThePalette();
};

namespace {

QPalette palette(bool dark)
{
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Base, dark ? QColor(0x2a, 0x2a, 0x2a) : QColor(Qt::white));
        p.setColor(group, QPalette::Window, dark ? QColor(0x35, 0x35, 0x35) : QColor(0xef, 0xef, 0xef));
        p.setColor(group, QPalette::Text, dark ? QColor(Qt::white) : QColor(Qt::black));
        p.setColor(group, QPalette::WindowText, dark ? QColor(Qt::white) : QColor(Qt::black));
    }
    return p;
}

constexpr Colours::Tone tones[] = {
    Colours::Tone::Danger, Colours::Tone::Success, Colours::Tone::Warning, Colours::Tone::Info, Colours::Tone::Neutral};
constexpr Colours::RowMark marks[]
    = {Colours::RowMark::Modified, Colours::RowMark::Failed, Colours::RowMark::Inserted, Colours::RowMark::Deleted};
constexpr Colours::Syntax syntaxes[] = {Colours::Syntax::Keyword, Colours::Syntax::String, Colours::Syntax::Number,
    Colours::Syntax::Comment, Colours::Syntax::TypeName, Colours::Syntax::Function, Colours::Syntax::QuotedIdentifier,
    Colours::Syntax::Parameter};

} // namespace

void TestColours::darkDiffersFromLight()
{
    const QPalette light = palette(false);
    const QPalette dark = palette(true);
    QVERIFY(!Colours::isDark(light));
    QVERIFY(Colours::isDark(dark));
    for (const Colours::Tone tone : tones) {
        QVERIFY(Colours::text(tone, light) != Colours::text(tone, dark));
        QVERIFY(Colours::background(tone, light) != Colours::background(tone, dark));
    }
    for (const Colours::RowMark mark : marks)
        QVERIFY(Colours::rowBackground(mark, light) != Colours::rowBackground(mark, dark));
    for (const Colours::Syntax kind : syntaxes)
        QVERIFY(Colours::syntax(kind, light) != Colours::syntax(kind, dark));
    QVERIFY(Colours::caretLine(light) != Colours::caretLine(dark));
}

void TestColours::textIsReadableOnTheBase_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestColours::textIsReadableOnTheBase()
{
    QFETCH(bool, dark);
    const QPalette p = palette(dark);
    const QColor base = p.color(QPalette::Base);
    for (const Colours::Tone tone : tones) {
        const double ratio = contrast(Colours::text(tone, p), base);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("tone %1: %2").arg(int(tone)).arg(ratio)));
    }
    for (const Colours::Syntax kind : syntaxes) {
        const double ratio = contrast(Colours::syntax(kind, p), base);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("syntax %1: %2").arg(int(kind)).arg(ratio)));
    }
    // Secondary text is quieter than the palette's own, not less readable.
    const double muted = contrast(Colours::mutedText(p), base);
    QVERIFY2(muted >= 4.5 && muted < contrast(p.color(QPalette::Text), base), qPrintable(QString::number(muted)));
}

void TestColours::fillsKeepThePaletteTextReadable_data()
{
    textIsReadableOnTheBase_data();
}

void TestColours::fillsKeepThePaletteTextReadable()
{
    QFETCH(bool, dark);
    const QPalette p = palette(dark);
    const QColor text = p.color(QPalette::Text);
    for (const Colours::Tone tone : tones)
        QVERIFY(contrast(Colours::background(tone, p), text) >= 4.5);
    for (const Colours::RowMark mark : marks)
        QVERIFY(contrast(Colours::rowBackground(mark, p), text) >= 4.5);
    QVERIFY(contrast(Colours::caretLine(p), text) >= 4.5);
    QVERIFY(contrast(Colours::codeBlock(p), text) >= 4.5);
    // Text on any fill reads: the palette's text on fills like the base, its base colour on the others.
    for (const QColor &fill :
        {QColor(Qt::white), QColor(Qt::black), QColor(0xf0, 0x60, 0x20), QColor(0x30, 0x30, 0x60)})
        QVERIFY2(contrast(Colours::textOn(fill, p), fill) >= 3.0, qPrintable(fill.name()));
}

void TestColours::styleSheetsFollowThePalette()
{
    const QPalette dark = palette(true);
    const QString message = Colours::messageStyle(Colours::Tone::Danger, QStringLiteral("#banner"), dark);
    QVERIFY(message.startsWith(QLatin1String("#banner {")));
    QVERIFY(message.contains(Colours::background(Colours::Tone::Danger, dark).name()));
    QVERIFY(message.contains(QStringLiteral("color: #ffffff")));
    QVERIFY(
        Colours::textStyle(Colours::Tone::Success, dark).contains(Colours::text(Colours::Tone::Success, dark).name()));
    // A badge is filled with the tone and written in the base colour: the same contrast as the tone's text.
    QVERIFY(Colours::badgeStyle(Colours::Tone::Danger, dark).contains(QStringLiteral("color: #2a2a2a")));
}

QTEST_GUILESS_MAIN(TestColours)
#include "tst_colours.moc"
