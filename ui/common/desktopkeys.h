#pragma once

#include <QKeySequence>
#include <QList>
#include <functional>
#include <initializer_list>

// The keys of the desktop the app runs on, in one place: Qt's standard keys as the platform theme binds them (GNOME,
// KDE, Windows and macOS each differently), and keys of our own that keep off those the desktop gives to moving
// between tabs and windows. Tests put another desktop's bindings in place to check every desktop's keys at once.
namespace DesktopKeys {

// The standard keys a desktop gives to its windows and tabs (switching, closing, going back, refreshing, help,
// preferences, quitting): no other action may take one of their keys.
QList<QKeySequence::StandardKey> windowKeys();

// The desktop's keys for a standard key; fallback where it has none (Quit and Preferences on some desktops).
QList<QKeySequence> standard(QKeySequence::StandardKey key, const QKeySequence &fallback = {});
// Its first key only (what QKeySequence(key) is): Back without Windows' Backspace, Close without its second key.
QKeySequence primary(QKeySequence::StandardKey key);
// The first of keys that the desktop does not give to one of windowKeys() (KDE switches tabs with Ctrl+, and Ctrl+.);
// none when it gives them all.
QKeySequence firstFree(std::initializer_list<QKeySequence> keys);

// Answers from these bindings instead of the platform's, until called with an empty function: a test's table of
// another desktop's bindings. Actions made after the call have that desktop's keys.
using Bindings = std::function<QList<QKeySequence>(QKeySequence::StandardKey)>;
void setBindings(Bindings bindings);

} // namespace DesktopKeys
