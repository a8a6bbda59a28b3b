#pragma once

#include <QList>
#include <QString>

class QMainWindow;

// What a window leaves behind for the next start: its geometry, docks and toolbars (one record for the
// program), and the tabs it had open on a connection (one record per connection profile), in QSettings.
namespace SavedTabs {

struct Tab
{
    enum class Kind { Table, Dashboard, Console };
    Kind kind = Kind::Table;
    QString name; // a table's qualified name
    QString text; // a console's SQL
    // A console's file, when it was opened from or saved to one; it comes back from the file. unsaved: the
    // text differs from the file and nobody asked about it on the way out (text then wins over the file).
    QString file;
    bool unsaved = false;
};

struct Tabs
{
    QList<Tab> tabs;
    int current = -1; // an index into tabs; -1: the overview
};

void saveLayout(const QMainWindow *window);
void restoreLayout(QMainWindow *window);

// profileKey names the profile (its name, or where it connects for one without a name).
void saveTabs(const QString &profileKey, const Tabs &tabs);
Tabs tabs(const QString &profileKey);

} // namespace SavedTabs
