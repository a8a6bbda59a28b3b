#pragma once

#include "settings/preferences.h"

#include <QFont>

class QTableView;

// The fonts the user chose in the Preferences dialog, as fonts: kept as text in the settings (models has no
// QFont), empty or unreadable meaning the default. Grids follow the choice live through followInGrid().
namespace PreferredFonts {

QFont defaultGrid(); // the application's font
QFont defaultEditor(); // the system's fixed-width font
QFont grid(const Preferences::Values &values);
QFont editor(const Preferences::Values &values);
// What the settings keep for font: empty when it is fallback (so a later change of the default is followed).
QString describe(const QFont &font, const QFont &fallback);

// Sets the view's font and the row height that goes with it.
void applyToGrid(QTableView *view, const QFont &font);
// Applies the preferred grid font now and whenever the preferences change, for the view's lifetime.
void followInGrid(QTableView *view);

} // namespace PreferredFonts
