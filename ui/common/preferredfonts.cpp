#include "preferredfonts.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QTableView>

namespace PreferredFonts {

namespace {

QFont parsed(const QString &text, const QFont &fallback)
{
    QFont font;
    if (text.isEmpty() || !font.fromString(text))
        return fallback;
    return font;
}

} // namespace

QFont defaultGrid()
{
    return QApplication::font();
}

QFont defaultEditor()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QFont grid(const Preferences::Values &values)
{
    return parsed(values.gridFont, defaultGrid());
}

QFont editor(const Preferences::Values &values)
{
    return parsed(values.editorFont, defaultEditor());
}

QString describe(const QFont &font, const QFont &fallback)
{
    if (font.family() == fallback.family() && font.pointSizeF() == fallback.pointSizeF())
        return {};
    return font.toString();
}

void applyToGrid(QTableView *view, const QFont &font)
{
    if (view->font() == font)
        return;
    view->setFont(font);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
}

void followInGrid(QTableView *view)
{
    Preferences *preferences = Preferences::shared();
    applyToGrid(view, grid(preferences->values()));
    QObject::connect(preferences, &Preferences::changed, view,
        [view](const Preferences::Values &values) { applyToGrid(view, grid(values)); });
}

} // namespace PreferredFonts
