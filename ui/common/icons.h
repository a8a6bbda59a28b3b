#pragma once

#include <QIcon>
#include <QStringList>

class QToolBar;

// The app's own icons (SVG line drawings, compiled in from resources/icons), by name: Icons::get("table"). They
// are drawn in the application palette's text colour, so they follow a light or dark theme (see PaletteIconEngine).
namespace Icons {
QIcon get(const QString &name);

// Gives the toolbar's actions their icons by object name (runAction, saveAction, …; one table for every tab, so
// the same verb looks the same everywhere) and shows the text beside them, except for the actions named in
// iconOnly, whose text is their tool tip.
void decorate(QToolBar *toolbar, const QStringList &iconOnly = {});
} // namespace Icons
