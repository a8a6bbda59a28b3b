#include "common/tonestyle.h"

#include <QApplication>
#include <QLabel>
#include <QtTest>

// Tone-coloured labels take the new palette's variant when the application palette changes.
class TestToneStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheApplicationPalette();
    void clearStopsFollowing();
};

namespace {

QPalette palette(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Base, dark ? QColor(0x2a, 0x2a, 0x2a) : QColor(Qt::white));
    p.setColor(QPalette::Window, dark ? QColor(0x35, 0x35, 0x35) : QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Text, dark ? QColor(Qt::white) : QColor(Qt::black));
    return p;
}

} // namespace

void TestToneStyle::followsTheApplicationPalette()
{
    QApplication::setPalette(palette(false));
    QWidget parent;
    auto *label = new QLabel(QStringLiteral("● Connected"), &parent);
    auto *bar = new QLabel(QStringLiteral("Saved"), &parent);
    ToneStyle::apply(label, Colours::Tone::Success);
    ToneStyle::apply(bar, Colours::Tone::Danger, ToneStyle::Kind::Message);
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    QCOMPARE(label->styleSheet(), Colours::textStyle(Colours::Tone::Success, palette(false)));

    QApplication::setPalette(palette(true));
    QCoreApplication::processEvents();
    QCOMPARE(label->styleSheet(), Colours::textStyle(Colours::Tone::Success, palette(true)));
    QCOMPARE(bar->styleSheet(), Colours::messageStyle(Colours::Tone::Danger, QStringLiteral("QLabel"), palette(true)));
    // What is painted: the dark variant, not the light one.
    QCOMPARE(label->palette().color(QPalette::WindowText), Colours::text(Colours::Tone::Success, palette(true)));

    // A new tone replaces the old one, and follows in its turn.
    ToneStyle::apply(label, Colours::Tone::Danger);
    QApplication::setPalette(palette(false));
    QCoreApplication::processEvents();
    QCOMPARE(label->styleSheet(), Colours::textStyle(Colours::Tone::Danger, palette(false)));
}

void TestToneStyle::clearStopsFollowing()
{
    QApplication::setPalette(palette(false));
    QLabel label;
    ToneStyle::apply(&label, Colours::Tone::Warning, ToneStyle::Kind::Badge);
    QVERIFY(!label.styleSheet().isEmpty());
    ToneStyle::clear(&label);
    QApplication::setPalette(palette(true));
    QCoreApplication::processEvents();
    QVERIFY(label.styleSheet().isEmpty());
}

QTEST_MAIN(TestToneStyle)
#include "tst_tonestyle.moc"
