#pragma once

#include "connection/session.h"

#include <QFuture>
#include <QSignalSpy>
#include <QTest>

// Waiting helpers for tests that talk to a Session: they spin the event loop, never block it.
namespace TestWait {

// The future's result once finished; a default value (and a warning) on timeout.
template<typename T> T result(QFuture<T> future, int timeoutMs = 20000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs)) {
        qWarning("future did not finish within %d ms", timeoutMs);
        return T {};
    }
    return future.result();
}

// Opens the session and waits for opened() or openFailed(); true when it connected.
inline bool open(Session &session, int timeoutMs = 20000)
{
    QSignalSpy opened(&session, &Session::opened);
    QSignalSpy failed(&session, &Session::openFailed);
    session.open();
    if (!QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, timeoutMs))
        qWarning("the session neither opened nor failed within %d ms", timeoutMs);
    if (!failed.isEmpty())
        qWarning("%s", qPrintable(failed.first().first().value<Error>().toString()));
    return opened.count() == 1;
}

} // namespace TestWait
