#pragma once

#include <QTextBrowser>
#include <functional>

// A rich-text view whose HTML carries colours from the palette (muted notes, table rules): made again when the
// palette changes, as ToneStyle makes a style sheet again, so that a switch to a dark theme leaves no light-theme
// greys behind.
class PaletteHtmlView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PaletteHtmlView(QWidget *parent = nullptr);

    // Shows what html() makes of the palette: now, and again after each change of the palette.
    void setHtmlFrom(std::function<QString(const QPalette &)> html);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    std::function<QString(const QPalette &)> m_html;
};
