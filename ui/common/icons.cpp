#include "icons.h"

#include "common/paletteiconengine.h"

#include <QAction>
#include <QHash>
#include <QToolBar>
#include <QToolButton>

namespace {

// Action object name -> icon name, for the tabs' toolbars.
const std::pair<const char *, const char *> actionIcons[] = {
    // SQL console
    {"runAction", "run"},
    {"runScriptAction", "run-script"},
    {"cancelAction", "stop"},
    {"explainAction", "explain"},
    {"explainAnalyzeAction", "explain-analyze"},
    {"autoCommitAction", "autocommit"},
    {"commitAction", "commit"},
    {"rollbackAction", "rollback"},
    {"openAction", "open"},
    {"historyAction", "history"},
    {"snippetsAction", "snippets"},
    {"findAction", "find"},
    // table browser
    {"refreshAction", "refresh"},
    {"countAction", "count"},
    {"jumpToEndAction", "last-rows"},
    {"goToKeyAction", "go-to-key"},
    {"insertRowAction", "add-row"},
    {"deleteRowsAction", "delete-row"},
    {"revertAction", "rollback"},
    // both
    {"saveAction", "save"},
    {"exportAction", "export"},
};

} // namespace

namespace Icons {

QIcon get(const QString &name)
{
    // Icons are used on the GUI thread only; loading each SVG once keeps tree painting cheap.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        const QString file = QStringLiteral(":/icons/%1.svg").arg(name);
        // The application's own icon keeps its brand colours whatever the palette (Qt's SVG icon engine draws it).
        it = cache.insert(name, name == QLatin1String("app") ? QIcon(file) : QIcon(new PaletteIconEngine(file)));
    }
    return *it;
}

void decorate(QToolBar *toolbar, const QStringList &iconOnly)
{
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : toolbar->actions()) {
        for (const auto &[actionName, iconName] : actionIcons) {
            if (action->objectName() == QLatin1String(actionName))
                action->setIcon(get(QLatin1String(iconName)));
        }
        if (iconOnly.contains(action->objectName())) {
            if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action)))
                button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
    }
}

} // namespace Icons
