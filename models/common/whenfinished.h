#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

// Delivers a Session future's result to fn on context's thread, always from the event loop, and not at all
// once context is gone. A QFutureWatcher owned by context does both: it reports through posted events (so
// a future that finished early never runs fn inside the caller, e.g. inside a view's fetchMore() during
// endInsertRows()), and dies with context. (QFuture::then(context, ...) asserts in Qt 6.4 when the context
// is destroyed first.)
template<typename T, typename F> void whenFinished(QFuture<T> future, QObject *context, F fn)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, fn = std::move(fn)] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            fn(watcher->result());
    });
    watcher->setFuture(future);
}
