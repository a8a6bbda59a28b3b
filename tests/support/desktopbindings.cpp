#include "desktopbindings.h"

namespace {

// The desktops a row is for, as in Qt's table (KDE and GNOME also take the X11 rows).
enum Desktops : unsigned { Win = 1, Mac = 2, X11 = 4, Kde = 8, Gnome = 16, Cde = 32, All = 0xffff };

struct Row
{
    QKeySequence::StandardKey key;
    int priority; // 1: the preferred key, listed first
    const char *keys; // portable text
    unsigned desktops;
};

// In Qt's order (by standard key).
const Row Table[] = {
    {QKeySequence::HelpContents, 1, "Ctrl+?", Mac},
    {QKeySequence::HelpContents, 0, "F1", Win | X11},
    {QKeySequence::WhatsThis, 1, "Shift+F1", All},
    {QKeySequence::Open, 1, "Ctrl+O", All},
    {QKeySequence::Close, 0, "Ctrl+F4", Mac},
    {QKeySequence::Close, 1, "Ctrl+F4", Win},
    {QKeySequence::Close, 1, "Ctrl+W", Mac},
    {QKeySequence::Close, 0, "Ctrl+W", Win | X11},
    {QKeySequence::Save, 1, "Ctrl+S", All},
    {QKeySequence::New, 1, "Ctrl+N", All},
    {QKeySequence::Delete, 0, "Ctrl+D", X11},
    {QKeySequence::Delete, 1, "Del", All},
    {QKeySequence::Delete, 0, "Meta+D", Mac},
    {QKeySequence::Cut, 1, "Ctrl+X", All},
    {QKeySequence::Cut, 0, "Shift+Del", Win | X11},
    {QKeySequence::Cut, 0, "F20", X11},
    {QKeySequence::Cut, 0, "Meta+K", Mac},
    {QKeySequence::Copy, 0, "Ctrl+Ins", Win | X11},
    {QKeySequence::Copy, 1, "Ctrl+C", All},
    {QKeySequence::Copy, 0, "F16", X11},
    {QKeySequence::Paste, 0, "Ctrl+Shift+Ins", X11},
    {QKeySequence::Paste, 1, "Ctrl+V", All},
    {QKeySequence::Paste, 0, "Shift+Ins", Win | X11},
    {QKeySequence::Paste, 0, "F18", X11},
    {QKeySequence::Paste, 0, "Meta+Y", Mac},
    {QKeySequence::Undo, 0, "Alt+Backspace", Win},
    {QKeySequence::Undo, 1, "Ctrl+Z", All},
    {QKeySequence::Undo, 0, "F14", X11},
    {QKeySequence::Redo, 0, "Alt+Shift+Backspace", Win},
    {QKeySequence::Redo, 0, "Ctrl+Shift+Z", Mac},
    {QKeySequence::Redo, 0, "Ctrl+Shift+Z", Win | X11},
    {QKeySequence::Redo, 1, "Ctrl+Y", Win},
    {QKeySequence::Back, 1, "Alt+Left", Win | X11},
    {QKeySequence::Back, 0, "Ctrl+Left", Mac},
    {QKeySequence::Back, 1, "Ctrl+[", Mac},
    {QKeySequence::Back, 0, "Backspace", Win},
    {QKeySequence::Forward, 1, "Alt+Right", Win | X11},
    {QKeySequence::Forward, 0, "Ctrl+Right", Mac},
    {QKeySequence::Forward, 1, "Ctrl+]", Mac},
    {QKeySequence::Forward, 0, "Shift+Backspace", Win},
    {QKeySequence::Refresh, 1, "Ctrl+R", Mac | Gnome},
    {QKeySequence::Refresh, 0, "F5", Win | X11},
    {QKeySequence::ZoomIn, 1, "Ctrl++", All},
    {QKeySequence::ZoomOut, 1, "Ctrl+-", All},
    {QKeySequence::Print, 1, "Ctrl+P", All},
    {QKeySequence::AddTab, 1, "Ctrl+Shift+N", Kde},
    {QKeySequence::AddTab, 0, "Ctrl+T", All},
    {QKeySequence::NextChild, 0, "Ctrl+F6", Win},
    {QKeySequence::NextChild, 0, "Ctrl+Tab", Mac},
    {QKeySequence::NextChild, 1, "Ctrl+Tab", Win | X11},
    {QKeySequence::NextChild, 1, "Ctrl+}", Mac},
    {QKeySequence::NextChild, 0, "Ctrl+,", Kde},
    {QKeySequence::NextChild, 0, "Forward", All},
    {QKeySequence::PreviousChild, 0, "Ctrl+Shift+F6", Win},
    {QKeySequence::PreviousChild, 0, "Ctrl+Shift+Backtab", Mac},
    {QKeySequence::PreviousChild, 1, "Ctrl+Shift+Backtab", Win | X11},
    {QKeySequence::PreviousChild, 1, "Ctrl+{", Mac},
    {QKeySequence::PreviousChild, 0, "Ctrl+.", Kde},
    {QKeySequence::PreviousChild, 0, "Back", All},
    {QKeySequence::Find, 0, "Ctrl+F", All},
    {QKeySequence::FindNext, 0, "Ctrl+G", Win},
    {QKeySequence::FindNext, 1, "Ctrl+G", Mac | Gnome},
    {QKeySequence::FindNext, 1, "F3", Win},
    {QKeySequence::FindNext, 0, "F3", X11},
    {QKeySequence::FindPrevious, 0, "Ctrl+Shift+G", Win},
    {QKeySequence::FindPrevious, 1, "Ctrl+Shift+G", Mac | Gnome},
    {QKeySequence::FindPrevious, 1, "Shift+F3", Win},
    {QKeySequence::FindPrevious, 0, "Shift+F3", X11},
    {QKeySequence::Replace, 0, "Ctrl+R", Kde},
    {QKeySequence::Replace, 0, "Ctrl+H", Gnome},
    {QKeySequence::Replace, 0, "Ctrl+H", Win},
    {QKeySequence::SelectAll, 1, "Ctrl+A", All},
    {QKeySequence::Bold, 1, "Ctrl+B", All},
    {QKeySequence::Italic, 0, "Ctrl+I", All},
    {QKeySequence::Underline, 1, "Ctrl+U", All},
    {QKeySequence::MoveToNextChar, 1, "Right", All},
    {QKeySequence::MoveToNextChar, 0, "Meta+F", Mac},
    {QKeySequence::MoveToPreviousChar, 1, "Left", All},
    {QKeySequence::MoveToPreviousChar, 0, "Meta+B", Mac},
    {QKeySequence::MoveToNextWord, 0, "Alt+Right", Mac},
    {QKeySequence::MoveToNextWord, 0, "Ctrl+Right", Win | X11},
    {QKeySequence::MoveToPreviousWord, 0, "Alt+Left", Mac},
    {QKeySequence::MoveToPreviousWord, 0, "Ctrl+Left", Win | X11},
    {QKeySequence::MoveToNextLine, 1, "Down", All},
    {QKeySequence::MoveToNextLine, 0, "Meta+N", Mac},
    {QKeySequence::MoveToPreviousLine, 1, "Up", All},
    {QKeySequence::MoveToPreviousLine, 0, "Meta+P", Mac},
    {QKeySequence::MoveToNextPage, 0, "Meta+PgDown", Mac},
    {QKeySequence::MoveToNextPage, 0, "Meta+Down", Mac},
    {QKeySequence::MoveToNextPage, 0, "Meta+V", Mac},
    {QKeySequence::MoveToNextPage, 0, "Alt+PgDown", Mac},
    {QKeySequence::MoveToNextPage, 1, "PgDown", All},
    {QKeySequence::MoveToPreviousPage, 0, "Meta+PgUp", Mac},
    {QKeySequence::MoveToPreviousPage, 0, "Meta+Up", Mac},
    {QKeySequence::MoveToPreviousPage, 0, "Alt+PgUp", Mac},
    {QKeySequence::MoveToPreviousPage, 1, "PgUp", All},
    {QKeySequence::MoveToStartOfLine, 0, "Meta+Left", Mac},
    {QKeySequence::MoveToStartOfLine, 0, "Ctrl+Left", Mac},
    {QKeySequence::MoveToStartOfLine, 0, "Home", Win | X11},
    {QKeySequence::MoveToEndOfLine, 0, "Meta+Right", Mac},
    {QKeySequence::MoveToEndOfLine, 0, "Ctrl+Right", Mac},
    {QKeySequence::MoveToEndOfLine, 0, "End", Win | X11},
    {QKeySequence::MoveToEndOfLine, 0, "Ctrl+E", X11},
    {QKeySequence::MoveToStartOfBlock, 0, "Meta+A", Mac},
    {QKeySequence::MoveToStartOfBlock, 1, "Alt+Up", Mac},
    {QKeySequence::MoveToEndOfBlock, 0, "Meta+E", Mac},
    {QKeySequence::MoveToEndOfBlock, 1, "Alt+Down", Mac},
    {QKeySequence::MoveToStartOfDocument, 1, "Ctrl+Up", Mac},
    {QKeySequence::MoveToStartOfDocument, 0, "Ctrl+Home", Win | X11},
    {QKeySequence::MoveToStartOfDocument, 0, "Home", Mac},
    {QKeySequence::MoveToEndOfDocument, 1, "Ctrl+Down", Mac},
    {QKeySequence::MoveToEndOfDocument, 0, "Ctrl+End", Win | X11},
    {QKeySequence::MoveToEndOfDocument, 0, "End", Mac},
    {QKeySequence::SelectNextChar, 0, "Shift+Right", All},
    {QKeySequence::SelectPreviousChar, 0, "Shift+Left", All},
    {QKeySequence::SelectNextWord, 0, "Alt+Shift+Right", Mac},
    {QKeySequence::SelectNextWord, 0, "Ctrl+Shift+Right", Win | X11},
    {QKeySequence::SelectPreviousWord, 0, "Alt+Shift+Left", Mac},
    {QKeySequence::SelectPreviousWord, 0, "Ctrl+Shift+Left", Win | X11},
    {QKeySequence::SelectNextLine, 0, "Shift+Down", All},
    {QKeySequence::SelectPreviousLine, 0, "Shift+Up", All},
    {QKeySequence::SelectNextPage, 0, "Shift+PgDown", All},
    {QKeySequence::SelectPreviousPage, 0, "Shift+PgUp", All},
    {QKeySequence::SelectStartOfLine, 0, "Meta+Shift+Left", Mac},
    {QKeySequence::SelectStartOfLine, 1, "Ctrl+Shift+Left", Mac},
    {QKeySequence::SelectStartOfLine, 0, "Shift+Home", Win | X11},
    {QKeySequence::SelectEndOfLine, 0, "Meta+Shift+Right", Mac},
    {QKeySequence::SelectEndOfLine, 1, "Ctrl+Shift+Right", Mac},
    {QKeySequence::SelectEndOfLine, 0, "Shift+End", Win | X11},
    {QKeySequence::SelectStartOfBlock, 1, "Alt+Shift+Up", Mac},
    {QKeySequence::SelectStartOfBlock, 0, "Meta+Shift+A", Mac},
    {QKeySequence::SelectEndOfBlock, 1, "Alt+Shift+Down", Mac},
    {QKeySequence::SelectEndOfBlock, 0, "Meta+Shift+E", Mac},
    {QKeySequence::SelectStartOfDocument, 1, "Ctrl+Shift+Up", Mac},
    {QKeySequence::SelectStartOfDocument, 0, "Ctrl+Shift+Home", Win | X11},
    {QKeySequence::SelectStartOfDocument, 0, "Shift+Home", Mac},
    {QKeySequence::SelectEndOfDocument, 1, "Ctrl+Shift+Down", Mac},
    {QKeySequence::SelectEndOfDocument, 0, "Ctrl+Shift+End", Win | X11},
    {QKeySequence::SelectEndOfDocument, 0, "Shift+End", Mac},
    {QKeySequence::DeleteStartOfWord, 0, "Alt+Backspace", Mac},
    {QKeySequence::DeleteStartOfWord, 0, "Ctrl+Backspace", Win | X11},
    {QKeySequence::DeleteEndOfWord, 0, "Alt+Del", Mac},
    {QKeySequence::DeleteEndOfWord, 0, "Ctrl+Del", Win | X11},
    {QKeySequence::DeleteEndOfLine, 0, "Ctrl+K", X11},
    {QKeySequence::InsertParagraphSeparator, 0, "Enter", All},
    {QKeySequence::InsertParagraphSeparator, 0, "Return", All},
    {QKeySequence::InsertLineSeparator, 0, "Meta+Enter", Mac},
    {QKeySequence::InsertLineSeparator, 0, "Meta+Return", Mac},
    {QKeySequence::InsertLineSeparator, 0, "Shift+Enter", All},
    {QKeySequence::InsertLineSeparator, 0, "Shift+Return", All},
    {QKeySequence::InsertLineSeparator, 0, "Meta+O", Mac},
    {QKeySequence::SaveAs, 0, "Ctrl+Shift+S", Mac | Gnome},
    {QKeySequence::Preferences, 0, "Ctrl+,", Mac},
    {QKeySequence::Quit, 0, "Ctrl+Q", Mac | X11 | Kde | Gnome},
    {QKeySequence::FullScreen, 1, "Meta+Ctrl+F", Mac},
    {QKeySequence::FullScreen, 0, "Alt+Enter", Win},
    {QKeySequence::FullScreen, 0, "Ctrl+Shift+F", Kde},
    {QKeySequence::FullScreen, 1, "Ctrl+F11", Gnome},
    {QKeySequence::FullScreen, 1, "F11", Win | Kde},
    {QKeySequence::Deselect, 0, "Ctrl+Shift+A", X11},
    {QKeySequence::DeleteCompleteLine, 0, "Ctrl+U", X11},
    {QKeySequence::Backspace, 0, "Meta+H", Mac},
    {QKeySequence::Cancel, 0, "Esc", All},
    {QKeySequence::Cancel, 0, "Ctrl+.", Mac},
};

unsigned desktopsOf(DesktopBindings::Desktop desktop)
{
    switch (desktop) {
    case DesktopBindings::Desktop::Windows:
        return Win;
    case DesktopBindings::Desktop::MacOS:
        return Mac;
    case DesktopBindings::Desktop::Kde:
        return Kde | X11;
    case DesktopBindings::Desktop::Gnome:
        return Gnome | X11;
    }
    return 0;
}

} // namespace

namespace DesktopBindings {

QString name(Desktop desktop)
{
    switch (desktop) {
    case Desktop::Windows:
        return QStringLiteral("Windows");
    case Desktop::MacOS:
        return QStringLiteral("macOS");
    case Desktop::Kde:
        return QStringLiteral("KDE");
    case Desktop::Gnome:
        return QStringLiteral("GNOME");
    }
    return {};
}

QList<QKeySequence> keyBindings(Desktop desktop, QKeySequence::StandardKey key)
{
    QList<QKeySequence> keys;
    for (const Row &row : Table) {
        if (row.key != key || !(row.desktops & desktopsOf(desktop)))
            continue;
        const QKeySequence sequence = QKeySequence::fromString(QLatin1String(row.keys), QKeySequence::PortableText);
        if (row.priority > 0)
            keys.prepend(sequence);
        else
            keys.append(sequence);
    }
    return keys;
}

} // namespace DesktopBindings
