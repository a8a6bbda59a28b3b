#pragma once

#include "console/queryrunner.h"

#include <QMutex>
#include <QWaitCondition>
#include <atomic>

class PgConnection;

// What a run shares between the GUI thread (QueryRunner) and the session's worker thread.
struct QueryRunner::RunState
{
    QPointer<QueryRunner> runner; // read on the GUI thread only
    std::atomic_bool stop = false; // cancel(): run no further statements
    qint64 rowCap = 0;
    bool autoCommit = true;
    // Writes locked on production: each transaction this run begins is READ ONLY (see QueryRunner::writeLock).
    bool readOnly = false;
    bool standby = false; // the server is a hot standby: its refusals get words that say so

    // The cap question: the worker waits here until the GUI answers (or the runner goes away).
    QMutex mutex;
    QWaitCondition answered;
    enum class Decision { Pending, FetchAll, Stop } decision = Decision::Pending;

    // Worker side: runs every statement on the driver's connection.
    bool execute(PgConnection &conn, const QList<RunnableStatement> &statements, const std::shared_ptr<RunState> &self);
};
