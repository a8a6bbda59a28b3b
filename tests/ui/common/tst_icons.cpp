#include "common/colours.h"
#include "common/icons.h"
#include "common/paletteiconengine.h"
#include "contrast.h"

#include <QApplication>
#include <QDirIterator>
#include <QToolButton>
#include <QtTest>

// The app's icons follow the palette: drawn in its text colour on light and dark themes, grey when disabled,
// accents lighter on dark backgrounds, and drawn afresh when the application palette changes.
class TestIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyIconRenders();
    void linesTakeTheTextColour_data();
    void linesTakeTheTextColour();
    void disabledIconsAreGrey();
    void accentsReadOnTheBackground_data();
    void accentsReadOnTheBackground();
    void buttonsRedrawWhenThePaletteChanges();
};

namespace {

// Text colours with a tint, so that no grey of a button's frame or fill is mistaken for an icon's line.
QPalette palette(bool dark)
{
    const QColor text = dark ? QColor(0xe8, 0xf0, 0xb0) : QColor(0x40, 0x20, 0x00);
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Base, dark ? QColor(0x2a, 0x2a, 0x2a) : QColor(Qt::white));
        p.setColor(group, QPalette::Window, dark ? QColor(0x35, 0x35, 0x35) : QColor(0xef, 0xef, 0xef));
        p.setColor(group, QPalette::Button, dark ? QColor(0x35, 0x35, 0x35) : QColor(0xef, 0xef, 0xef));
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::ButtonText, text);
    }
    p.setColor(QPalette::Disabled, QPalette::Base, p.color(QPalette::Active, QPalette::Base));
    p.setColor(QPalette::Disabled, QPalette::Window, p.color(QPalette::Active, QPalette::Window));
    p.setColor(QPalette::Disabled, QPalette::WindowText, dark ? QColor(0x80, 0x80, 0x80) : QColor(0xa0, 0xa0, 0xa0));
    return p;
}

int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// The fully opaque pixels of an image: where the strokes are, away from anti-aliased edges.
QList<QColor> opaquePixels(const QImage &image)
{
    QList<QColor> pixels;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QColor c = image.pixelColor(x, y); c.alpha() == 255)
                pixels << c;
    return pixels;
}

// The opaque pixel nearest to `colour`, to tell whether an icon is drawn in it.
int nearest(const QImage &image, const QColor &colour)
{
    int best = 3 * 255;
    for (const QColor &c : opaquePixels(image))
        best = std::min(best, distance(c, colour));
    return best;
}

} // namespace

void TestIcons::everyIconRenders()
{
    QApplication::setPalette(palette(false));
    QDirIterator it(QStringLiteral(":/icons"), {QStringLiteral("*.svg")});
    int count = 0;
    while (it.hasNext()) {
        const QString name = QFileInfo(it.next()).completeBaseName();
        const QIcon icon = Icons::get(name);
        QVERIFY2(!icon.isNull(), qPrintable(name));
        const QImage image = icon.pixmap(32, 32).toImage();
        QCOMPARE(image.size(), QSize(32, 32));
        QVERIFY2(opaquePixels(image).size() >= 10, qPrintable(name));
        ++count;
    }
    QVERIFY(count >= 40);
    QVERIFY(Icons::get(QStringLiteral("no-such-icon")).isNull());
}

void TestIcons::linesTakeTheTextColour_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestIcons::linesTakeTheTextColour()
{
    QFETCH(bool, dark);
    const QPalette p = palette(dark);
    QApplication::setPalette(p);
    const QColor text = p.color(QPalette::Active, QPalette::WindowText);
    // close-tab is a plain cross: every opaque pixel is line colour.
    const QImage image = Icons::get(QStringLiteral("close-tab")).pixmap(32, 32).toImage();
    const QList<QColor> pixels = opaquePixels(image);
    QVERIFY(pixels.size() >= 20);
    for (const QColor &c : pixels)
        QVERIFY2(distance(c, text) <= 6, qPrintable(c.name() + QLatin1String(" is not ") + text.name()));
    QVERIFY(contrast(image.pixelColor(16, 16), p.color(QPalette::Window)) >= 4.5);
    QCOMPARE(PaletteIconEngine::lineColour(p, QIcon::Normal), text);
}

void TestIcons::disabledIconsAreGrey()
{
    const QPalette p = palette(false);
    QApplication::setPalette(p);
    const QColor grey = p.color(QPalette::Disabled, QPalette::WindowText);
    // Accents too: a disabled Run is not green.
    for (const char *name : {"close-tab", "run", "commit"}) {
        const QImage image = Icons::get(QLatin1String(name)).pixmap(QSize(32, 32), QIcon::Disabled).toImage();
        const QList<QColor> pixels = opaquePixels(image);
        QVERIFY2(!pixels.isEmpty(), name);
        for (const QColor &c : pixels)
            QVERIFY2(distance(c, grey) <= 6, qPrintable(QLatin1String(name) + QLatin1Char(' ') + c.name()));
    }
}

void TestIcons::accentsReadOnTheBackground_data()
{
    linesTakeTheTextColour_data();
}

void TestIcons::accentsReadOnTheBackground()
{
    QFETCH(bool, dark);
    const QPalette p = palette(dark);
    QApplication::setPalette(p);
    // The key's gold and the foreign key's green are the whole icon: they must stand out from window and base.
    for (const char *name : {"key", "foreignkey", "commit"}) {
        const QList<QColor> pixels = opaquePixels(Icons::get(QLatin1String(name)).pixmap(32, 32).toImage());
        QVERIFY2(!pixels.isEmpty(), name);
        for (const QColor &c : pixels) {
            for (const auto role : {QPalette::Window, QPalette::Base})
                QVERIFY2(contrast(c, p.color(role)) >= 3.0,
                    qPrintable(
                        QStringLiteral("%1: %2 on %3").arg(QLatin1String(name), c.name(), p.color(role).name())));
        }
    }
    // The same icon in the other palette is drawn in another accent.
    const QImage light = Icons::get(QStringLiteral("key")).pixmap(32, 32).toImage();
    QApplication::setPalette(palette(!dark));
    const QImage other = Icons::get(QStringLiteral("key")).pixmap(32, 32).toImage();
    QVERIFY(light != other);
}

void TestIcons::buttonsRedrawWhenThePaletteChanges()
{
    QApplication::setPalette(palette(false));
    QToolButton button;
    button.setIconSize(QSize(32, 32));
    button.setIcon(Icons::get(QStringLiteral("close-tab")));
    button.show();
    QVERIFY(QTest::qWaitForWindowExposed(&button));
    const QColor lightText = palette(false).color(QPalette::WindowText);
    const QColor darkText = palette(true).color(QPalette::WindowText);
    QImage before = button.grab().toImage();
    QVERIFY(nearest(before, lightText) <= 6);
    QVERIFY(nearest(before, darkText) > 60);

    QApplication::setPalette(palette(true));
    QCoreApplication::processEvents();
    const QImage after = button.grab().toImage();
    QVERIFY2(nearest(after, darkText) <= 6, "the icon was not drawn again in the dark palette's text colour");
    QVERIFY(nearest(after, lightText) > 60);
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
