// SqlEditor's colours, all taken from its palette so that a dark theme stays readable, and renewed when the
// palette changes: the lexer's styles, margins, caret line, selection, brace matching, folding, error marks and the
// completion list's images.
#include "sqleditor.h"

#include "common/colours.h"
#include "sqllexer.h"

#include <QEvent>
#include <QPainter>

namespace {

using Sci = QsciScintillaBase;

// A small square with a letter for each kind of candidate, so tables and columns tell apart at a glance: filled
// with a colour that reads on the base, the letter in the base colour.
QPixmap kindImage(SqlCompletion::Kind kind, const QFont &font, const QPalette &palette)
{
    struct Look
    {
        char letter;
        QColor colour;
    };
    const Look looks[] = {{'C', Colours::text(Colours::Tone::Success, palette)},
        {'T', Colours::text(Colours::Tone::Info, palette)}, {'V', Colours::syntax(Colours::Syntax::TypeName, palette)},
        {'S', Colours::syntax(Colours::Syntax::QuotedIdentifier, palette)},
        {'F', Colours::text(Colours::Tone::Warning, palette)}, {'K', Colours::text(Colours::Tone::Neutral, palette)}};
    const Look &look = looks[int(kind)];
    const int side = qMax(12, QFontMetrics(font).height() - 2);
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(look.colour);
    painter.drawRoundedRect(QRectF(0, 0, side, side), 3, 3);
    QFont small = font;
    small.setBold(true);
    small.setPixelSize(side * 3 / 4);
    painter.setFont(small);
    painter.setPen(palette.color(QPalette::Base));
    painter.drawText(QRect(0, 0, side, side), Qt::AlignCenter, QString(QLatin1Char(look.letter)));
    return pixmap;
}

} // namespace

QPixmap SqlEditor::completionImage(SqlCompletion::Kind kind) const
{
    return kindImage(kind, m_lexer->QsciLexer::defaultFont(), palette()); // the editor's font (Preferences)
}

void SqlEditor::applyPalette()
{
    const QPalette palette = this->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    m_lexer->setPalette(palette);
    setCaretForegroundColor(text);
    setCaretLineBackgroundColor(Colours::caretLine(palette));
    setSelectionBackgroundColor(palette.color(QPalette::Highlight));
    setSelectionForegroundColor(palette.color(QPalette::HighlightedText));

    // The margins are part of the window's frame; line numbers and fold boxes in a quieter colour.
    const QColor gutter = palette.color(QPalette::Window);
    const QColor quiet = Colours::text(Colours::Tone::Neutral, palette);
    setMarginsBackgroundColor(gutter);
    setMarginsForegroundColor(quiet);
    setFoldMarginColors(gutter, gutter);
    for (int marker = int(Sci::SC_MARKNUM_FOLDEREND); marker <= int(Sci::SC_MARKNUM_FOLDEROPEN); ++marker) {
        SendScintilla(Sci::SCI_MARKERSETFORE, static_cast<unsigned long>(marker), base);
        SendScintilla(Sci::SCI_MARKERSETBACK, static_cast<unsigned long>(marker), quiet);
    }

    setMatchedBraceForegroundColor(text);
    setMatchedBraceBackgroundColor(Colours::background(Colours::Tone::Success, palette));
    setUnmatchedBraceForegroundColor(Colours::text(Colours::Tone::Danger, palette));
    setUnmatchedBraceBackgroundColor(Colours::background(Colours::Tone::Danger, palette));

    const QColor danger = Colours::text(Colours::Tone::Danger, palette);
    setIndicatorForegroundColor(danger, m_errorIndicator);
    setMarkerBackgroundColor(danger, m_errorMarker);
    setMarkerForegroundColor(danger, m_errorMarker);
    m_errorStyle.setColor(danger);
    m_errorStyle.setPaper(Colours::background(Colours::Tone::Danger, palette));

    for (int kind = 0; kind <= int(SqlCompletion::Kind::Keyword); ++kind)
        registerImage(kind + 1, completionImage(SqlCompletion::Kind(kind)));
}

void SqlEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}
