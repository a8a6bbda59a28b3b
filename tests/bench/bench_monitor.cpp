// Monitoring dashboard benchmark (issue 11, "Cost"): how heavy one refresh is for the server it watches, with
// many client connections open. Measured with pg_stat_statements on the fixture's own cluster: the statements
// and the server time of one fast refresh (header figures + sessions) and of one statements refresh, against
// the target (at most 2 statements and under 5 ms for a fast refresh). Run by hand:
//   ./build-tests/tests/bench/bench_monitor [connections] [refreshes]     (default 100 and 50)
#include "connection/session.h"
#include "monitor/monitorsampler.h"
#include "monitor/statementsmodel.h"
#include "testcluster.h"
#include "testwait.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <algorithm>
#include <cstdio>

namespace {

struct StatementCost
{
    qint64 calls = 0;
    double meanMs = 0;
    double maxMs = 0;
};

// The cost of the statements whose text matches pattern (bound, so this query never counts itself).
StatementCost costOf(Session &session, const QString &pattern)
{
    const PgResult result = TestWait::result(session.run(
        QStringLiteral("SELECT sum(calls)::bigint, sum(total_exec_time) / nullif(sum(calls), 0), max(max_exec_time) "
                       "FROM pg_stat_statements WHERE query LIKE $1"),
        {pattern}));
    if (!result.ok() || result.rows.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error.toString()));
        return {};
    }
    return {result.rows[0][0].toLongLong(), result.rows[0][1].toDouble(), result.rows[0][2].toDouble()};
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int connections = argc > 1 ? std::atoi(argv[1]) : 100;
    const int refreshes = argc > 2 ? std::atoi(argv[2]) : 50;
    TestCluster fixture;
    if (!fixture.start())
        return 1;
    Error error;
    // Room for the clients: postgresql.auto.conf wins over the fixture's own settings.
    if (!fixture.cluster().execute(
            QStringLiteral("ALTER SYSTEM SET max_connections = %1").arg(connections + 20), &error)
        || !fixture.cluster().stop(&error) || !fixture.cluster().start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    std::vector<std::unique_ptr<Session>> clients;
    for (int i = 0; i < connections; ++i) {
        clients.push_back(std::make_unique<Session>(fixture.profile(), QString(), QStringLiteral("client %1").arg(i)));
        if (!TestWait::open(*clients.back()))
            return 1;
    }
    Session monitor(fixture.profile(), QString(), QStringLiteral("dashboard"));
    if (!TestWait::open(monitor))
        return 1;
    MonitorSampler sampler(&monitor);
    StatementsModel statements(&monitor);
    fixture.cluster().execute(QStringLiteral("SELECT pg_stat_statements_reset()"), &error);

    QList<double> fastMs;
    QSignalSpy sampled(&sampler, &MonitorSampler::sampled);
    for (int i = 0; i < refreshes; ++i) {
        sampler.refresh();
        if (!QTest::qWaitFor([&] { return sampled.count() > i; }, 30000))
            std::fprintf(stderr, "refresh %d did not finish\n", i);
        fastMs << double(sampler.lastSample().elapsedMs); // the job on the worker: both statements
    }
    const MonitorSample &last = sampler.lastSample();
    statements.setExtension(last.overview.statementsVersion, last.overview.statementsLoaded);
    QList<double> statementsMs;
    QSignalSpy refreshed(&statements, &StatementsModel::refreshed);
    for (int i = 0; i < 10; ++i) {
        statements.refresh();
        if (!QTest::qWaitFor([&] { return refreshed.count() > i; }, 30000))
            std::fprintf(stderr, "statements refresh %d did not finish\n", i);
        statementsMs << refreshed.last().at(1).toDouble();
    }

    const StatementCost overview = costOf(monitor, QStringLiteral("%pg_stat_database s ON%"));
    const StatementCost sessions = costOf(monitor, QStringLiteral("%pg_blocking_pids(a.pid)%"));
    const StatementCost figures = costOf(monitor, QStringLiteral("%GROUP BY s.queryid, s.userid%"));
    const StatementCost texts = costOf(monitor, QStringLiteral("%DISTINCT ON (s.queryid)%"));
    std::printf("monitor benchmark: %d client connections, %d fast refreshes, 10 statements refreshes\n", connections,
        refreshes);
    std::printf("fast refresh: %lld statements in %d refreshes (%.1f per refresh); sessions seen: %lld\n",
        overview.calls + sessions.calls, refreshes, double(overview.calls + sessions.calls) / refreshes,
        qint64(last.sessions.size()));
    std::printf("  header figures: mean %.3f ms, max %.3f ms on the server\n", overview.meanMs, overview.maxMs);
    std::printf("  sessions:       mean %.3f ms, max %.3f ms on the server\n", sessions.meanMs, sessions.maxMs);
    std::printf("  server time per fast refresh: %.3f ms (target < 5 ms); client job median %.0f ms\n",
        overview.meanMs + sessions.meanMs, median(fastMs));
    std::printf("statements refresh: figures %lld calls, mean %.3f ms; texts %lld calls, mean %.3f ms; client job "
                "median %.0f ms\n",
        figures.calls, figures.meanMs, texts.calls, texts.meanMs, median(statementsMs));
    clients.clear();
    return 0;
}
