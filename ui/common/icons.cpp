#include "icons.h"

#include <QHash>

namespace Icons {

QIcon get(const QString &name)
{
    // Icons are used on the GUI thread only; loading each SVG once keeps tree painting cheap.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

} // namespace Icons
