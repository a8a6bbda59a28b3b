#pragma once

#include "connection/session.h"

#include <QMutex>
#include <atomic>

struct pg_cancel;

// What a Session shares with its worker and with cancel requests running on other threads: the libpq
// cancel handle of the current connection, guarded so that it is never freed while a cancel uses it.
struct Session::Shared
{
    ~Shared();
    void setCancel(pg_cancel *cancel);
    // Sends a cancel request for whatever runs now; false (and the reason) when it could not be sent.
    bool cancel(QString *reason);

    std::atomic_bool running = false; // a job is running on the worker now

private:
    QMutex mutex;
    pg_cancel *handle = nullptr;
};
