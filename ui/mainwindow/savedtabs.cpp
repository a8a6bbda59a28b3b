#include "mainwindow/savedtabs.h"

#include <QMainWindow>
#include <QSettings>
#include <QUrl>

namespace SavedTabs {
namespace {
// Consoles may hold anything; a pasted dump is not worth carrying from one start to the next.
constexpr qsizetype MaxConsoleText = 256 * 1024;

QString group(const QString &profileKey)
{
    // A profile key may hold '/' (a host/database target), which QSettings reads as a subgroup.
    return QStringLiteral("openTabs/") + QString::fromLatin1(QUrl::toPercentEncoding(profileKey));
}

QString kindName(Tab::Kind kind)
{
    switch (kind) {
    case Tab::Kind::Table:
        return QStringLiteral("table");
    case Tab::Kind::Dashboard:
        return QStringLiteral("dashboard");
    case Tab::Kind::Console:
        return QStringLiteral("console");
    }
    return {};
}
} // namespace

void saveLayout(const QMainWindow *window)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), window->saveState());
}

void restoreLayout(QMainWindow *window)
{
    QSettings settings;
    window->restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    window->restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void saveTabs(const QString &profileKey, const Tabs &tabs)
{
    QSettings settings;
    settings.remove(group(profileKey));
    settings.beginGroup(group(profileKey));
    settings.setValue(QStringLiteral("current"), tabs.current);
    settings.beginWriteArray(QStringLiteral("tabs"), int(tabs.tabs.size()));
    for (int i = 0; i < tabs.tabs.size(); ++i) {
        const Tab &tab = tabs.tabs.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("kind"), kindName(tab.kind));
        if (!tab.name.isEmpty())
            settings.setValue(QStringLiteral("name"), tab.name);
        if (tab.kind == Tab::Kind::Console)
            settings.setValue(QStringLiteral("text"), tab.text.left(MaxConsoleText));
        if (!tab.file.isEmpty()) {
            settings.setValue(QStringLiteral("file"), tab.file);
            settings.setValue(QStringLiteral("unsaved"), tab.unsaved);
        }
    }
    settings.endArray();
    settings.endGroup();
}

Tabs tabs(const QString &profileKey)
{
    QSettings settings;
    settings.beginGroup(group(profileKey));
    Tabs result;
    const int count = settings.beginReadArray(QStringLiteral("tabs"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString kind = settings.value(QStringLiteral("kind")).toString();
        Tab tab;
        if (kind == kindName(Tab::Kind::Table))
            tab.kind = Tab::Kind::Table;
        else if (kind == kindName(Tab::Kind::Dashboard))
            tab.kind = Tab::Kind::Dashboard;
        else if (kind == kindName(Tab::Kind::Console))
            tab.kind = Tab::Kind::Console;
        else
            continue; // written by a later version
        tab.name = settings.value(QStringLiteral("name")).toString();
        tab.text = settings.value(QStringLiteral("text")).toString();
        tab.file = settings.value(QStringLiteral("file")).toString();
        tab.unsaved = settings.value(QStringLiteral("unsaved"), false).toBool();
        result.tabs << tab;
    }
    settings.endArray();
    result.current = settings.value(QStringLiteral("current"), -1).toInt();
    if (result.current >= result.tabs.size())
        result.current = -1;
    return result;
}

} // namespace SavedTabs
