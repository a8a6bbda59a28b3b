#include "sqlresource.h"

#include <QFile>
#include <QHash>
#include <QMutex>

namespace SqlResource {

QString text(const QString &name)
{
    // Read by several worker threads; the files never change while the app runs.
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker locker(&mutex);
    const auto cached = cache.constFind(name);
    if (cached != cache.cend())
        return *cached;
    QFile file(QStringLiteral(":/sql/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("SQL resource %s is missing", qPrintable(name));
        return {};
    }
    const QString sql = QString::fromUtf8(file.readAll());
    cache.insert(name, sql);
    return sql;
}

} // namespace SqlResource
