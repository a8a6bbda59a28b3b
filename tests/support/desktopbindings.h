#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

// Qt 6.4's key bindings of its standard keys for each desktop (QPlatformThemePrivate::keyBindings in
// qplatformtheme.cpp, read from libQt6Gui 6.4.2): what QKeySequence::keyBindings() answers under GNOME, KDE,
// Windows and macOS, where a test runs only under one of them (offscreen: Windows).
namespace DesktopBindings {

enum class Desktop { Windows, MacOS, Kde, Gnome };

QString name(Desktop desktop);
// As QPlatformTheme::keyBindings() orders them: the preferred key first.
QList<QKeySequence> keyBindings(Desktop desktop, QKeySequence::StandardKey key);

} // namespace DesktopBindings
