#include "palettehtmlview.h"

#include <QEvent>
#include <QScrollBar>

PaletteHtmlView::PaletteHtmlView(QWidget *parent)
    : QTextBrowser(parent)
{ }

void PaletteHtmlView::setHtmlFrom(std::function<QString(const QPalette &)> html)
{
    m_html = std::move(html);
    render();
}

void PaletteHtmlView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_html) {
        // The same page in new colours: the reader stays where they were.
        const int scrolled = verticalScrollBar()->value();
        render();
        verticalScrollBar()->setValue(scrolled);
    }
}

void PaletteHtmlView::render()
{
    setHtml(m_html(palette()));
}
