#pragma once

#include "connection/session.h"
#include "monitor/monitorsampler.h"
#include "testcluster.h"
#include "testwait.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

// Shared by the monitor's server tests: one sample at a time, and waiting for a session to reach a state.
namespace MonitorTesting {

inline constexpr int LongWaitMs = 30000; // generous: the machine may be busy; never a fixed sleep

// One fast refresh, waited for; the sample (an empty one on failure, with a warning).
inline MonitorSample sampleOnce(MonitorSampler &sampler)
{
    QSignalSpy sampled(&sampler, &MonitorSampler::sampled);
    QSignalSpy failed(&sampler, &MonitorSampler::failed);
    if (!QTest::qWaitFor([&] { return !sampler.isRefreshing(); }, LongWaitMs) || !sampler.refresh())
        return {};
    if (!QTest::qWaitFor([&] { return sampled.count() + failed.count() > 0; }, LongWaitMs))
        qWarning("no sample within %d ms", LongWaitMs);
    if (!failed.isEmpty())
        qWarning("%s", qPrintable(failed.first().first().value<Error>().toString()));
    return sampled.isEmpty() ? MonitorSample {} : sampled.first().first().value<MonitorSample>();
}

inline const ActivityRow *findPid(const QList<ActivityRow> &sessions, int pid)
{
    for (const ActivityRow &row : sessions) {
        if (row.pid == pid)
            return &row;
    }
    return nullptr;
}

// Refreshes until the session with pid satisfies condition (e.g. waits on a lock); false on timeout.
template<typename Condition> bool waitForSession(MonitorSampler &sampler, int pid, Condition condition)
{
    return QTest::qWaitFor(
        [&] {
            const MonitorSample sample = sampleOnce(sampler);
            const ActivityRow *row = findPid(sample.sessions, pid);
            return row && condition(*row);
        },
        LongWaitMs);
}

// A session on the fixture's cluster, opened; nullptr (and a warning) when it did not open.
inline std::unique_ptr<Session> openSession(
    TestCluster &fixture, const QString &purpose, const QString &database = {}, const QString &user = {})
{
    ConnectionProfile profile = fixture.profile();
    if (!database.isEmpty())
        profile.database = database;
    if (!user.isEmpty())
        profile.user = user;
    auto session = std::make_unique<Session>(profile, QString(), purpose);
    if (!TestWait::open(*session))
        return nullptr;
    return session;
}

} // namespace MonitorTesting
