#include "paletteiconengine.h"

#include "common/colours.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace {

// The accent colours the icons may use, as written in the SVG files (readable on a light background), and what
// they become on a dark one (the same hues as Colours' tones).
struct Accent
{
    const char *light;
    const char *dark;
};
const Accent accents[] = {
    {"#b07800", "#f2c94c"}, // gold: primary keys
    {"#2e7d32", "#81c784"}, // green: foreign keys, run, commit, add
    {"#c62828", "#ef9a9a"}, // red: stop, delete, disconnect
    {"#1565c0", "#90caf9"}, // blue: tables
    {"#7b1fa2", "#ce93d8"}, // purple: views
    {"#00796b", "#80cbc4"}, // teal: indexes
    {"#a84300", "#ffcc80"}, // orange: constraints
};

} // namespace

PaletteIconEngine::PaletteIconEngine(const QString &fileName)
    : m_fileName(fileName)
{
    QFile file(fileName);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

QColor PaletteIconEngine::lineColour(const QPalette &palette, QIcon::Mode mode)
{
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    default:
        return palette.color(QPalette::Active, QPalette::WindowText);
    }
}

QByteArray PaletteIconEngine::themedSvg(const QPalette &palette, QIcon::Mode mode) const
{
    QByteArray svg = m_svg;
    const QByteArray line = lineColour(palette, mode).name().toLatin1();
    svg.replace("currentColor", line);
    // A disabled icon is all one grey; otherwise accents take the variant that reads on the palette's background.
    const bool dark = Colours::isDark(palette);
    for (const Accent &accent : accents) {
        if (mode == QIcon::Disabled)
            svg.replace(accent.light, line);
        else if (dark)
            svg.replace(accent.light, accent.dark);
    }
    return svg;
}

void PaletteIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state);
    QSvgRenderer renderer(themedSvg(QGuiApplication::palette(), mode));
    renderer.render(painter, rect);
}

QPixmap PaletteIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    // size is in device pixels: QIcon scales the request by the screen's ratio and sets it on the result.
    Q_UNUSED(state);
    if (size.isEmpty())
        return {};
    const QPalette palette = QGuiApplication::palette();
    // The colours are part of the key: after a palette change the next paint renders afresh.
    const QString cacheKey = QStringLiteral("saytruth-icon:%1:%2:%3x%4:%5:%6")
                                 .arg(m_fileName)
                                 .arg(int(mode))
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(lineColour(palette, mode).name())
                                 .arg(Colours::isDark(palette) ? 1 : 0);
    QPixmap result;
    if (QPixmapCache::find(cacheKey, &result))
        return result;
    result = QPixmap(size);
    result.fill(Qt::transparent);
    {
        QPainter painter(&result);
        QSvgRenderer renderer(themedSvg(palette, mode));
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QPixmapCache::insert(cacheKey, result);
    return result;
}

QIconEngine *PaletteIconEngine::clone() const
{
    return new PaletteIconEngine(*this);
}

QString PaletteIconEngine::key() const
{
    return QStringLiteral("SayTruthPaletteIcon");
}

bool PaletteIconEngine::isNull()
{
    return m_svg.isEmpty();
}
