#pragma once

#include <QByteArray>
#include <QIconEngine>
#include <QPalette>

// Draws one of the app's line icons (SVG) in the colours of the current application palette: `currentColor` becomes
// the palette's text colour (its Disabled variant for disabled icons, the highlighted text for selected ones), and
// the few accent colours the icons use become lighter variants on a dark palette. Pixmaps are cached per colour, so
// a palette change re-renders them at the next paint.
class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(const QString &fileName);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

    // The SVG as it is drawn for this palette and mode (what the tests and paint() use).
    QByteArray themedSvg(const QPalette &palette, QIcon::Mode mode) const;
    // The colour `currentColor` stands for.
    static QColor lineColour(const QPalette &palette, QIcon::Mode mode);

private:
    QString m_fileName;
    QByteArray m_svg;
};
