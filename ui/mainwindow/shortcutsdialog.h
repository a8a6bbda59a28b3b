#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QMainWindow;
class QMenu;
class QTreeWidget;

// Help → Keyboard Shortcuts: every action of the window's menus and of its current tab with its shortcut,
// read from the actions themselves when the dialog opens, so the list never goes stale.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMainWindow *window, QWidget *parent = nullptr);

    // One row: where the action lives (a menu's title, or the current tab), its text and its shortcut.
    struct Entry
    {
        QString group;
        QString action;
        QString shortcut;
    };
    static QList<Entry> entries(QMainWindow *window);

    QTreeWidget *view() const { return m_view; }

private:
    static void addMenu(QList<Entry> &entries, const QString &group, const QMenu *menu);
    void filter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_view = nullptr;
};
