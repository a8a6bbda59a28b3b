// Console benchmark (issue "SQL console"): SELECT * FROM messages over 1 million rows, measured in one run
// against `psql -c '…' -o /dev/null` and against a forward-only QSqlQuery reading every cell with value().
// Reports time to first rows, total fetch time, memory per stored cell, peak memory, and the longest time
// the GUI thread's event loop was kept from running while rows arrived. Run by hand:
//   ./build-bench/tests/bench/bench_console [scale]      (scale 50 = 1,000,000 messages; created on first run)
#include "connection/session.h"
#include "console/queryrunner.h"
#include "console/resultsetmodel.h"
#include "procstatus.h"
#include "psqlrun.h"
#include "testcluster.h"
#include "testwait.h"

#include "baselinedatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>

namespace {

struct PsqlRun
{
    double ms = 0;
    long peakKb = 0;
};

PsqlRun runPsql(const QString &psql, const ConnectionProfile &p)
{
    PsqlRun run {runPsqlMs(psql, p, {QStringLiteral("-c"), QStringLiteral("SELECT * FROM messages")}, 600000), 0};
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage); // psql is the largest child we have waited for
    run.peakKb = usage.ru_maxrss;
    return run;
}

double runQSqlQuery(Session &session, qint64 *cells)
{
    QElapsedTimer timer;
    timer.start();
    // On a plain QPSQL connection of its own, on this thread: the way Qt's SQL examples read.
    *cells = [&session] {
        QSqlDatabase db = BaselineDatabase::open(session.profile());
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT * FROM messages"));
        qint64 n = 0;
        while (query.next()) {
            for (int c = 0; c < 4; ++c)
                n += query.value(c).isValid();
        }
        return n;
    }();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int scale = argc > 1 ? std::max(1, atoi(argv[1])) : 50;
    TestCluster fixture;
    fixture.cluster().setSampleScale(scale);
    QElapsedTimer setup;
    setup.start();
    if (!fixture.start())
        return 1;
    std::printf("cluster with %d messages ready in %.1f s\n", 20000 * scale, setup.elapsed() / 1000.0);
    const ConnectionProfile profile = fixture.profile();
    const QString psql = fixture.cluster().binDirectory() + QStringLiteral("/psql");

    runPsql(psql, profile); // warm the server's cache
    const PsqlRun psqlRun = runPsql(psql, profile);

    Session session(profile, {}, QStringLiteral("bench"));
    if (!TestWait::open(session))
        return 1;
    qint64 cells = 0;
    const double qsqlMs = runQSqlQuery(session, &cells);

    const qint64 rssBefore = procStatusKb("VmRSS:");
    QueryRunner runner(&session);
    runner.setRowCap(0);
    ResultSetModel model;
    QElapsedTimer clock;
    double firstRowsMs = -1, doneMs = -1;
    qint64 maxStallMs = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] { maxStallMs = std::max(maxStallMs, sinceTick.restart()); });
    QObject::connect(&runner, &QueryRunner::resultColumns,
        [&](int, const QList<ResultColumn> &columns) { model.setColumns(columns); });
    QObject::connect(&runner, &QueryRunner::rowsArrived, [&](int, std::shared_ptr<const ResultChunk> chunk) {
        if (firstRowsMs < 0)
            firstRowsMs = double(clock.nsecsElapsed()) / 1e6;
        model.appendChunk(chunk);
    });
    QObject::connect(&runner, &QueryRunner::finished, [&] { doneMs = double(clock.nsecsElapsed()) / 1e6; });
    sinceTick.start();
    ticker.start();
    clock.start();
    runner.run({RunnableStatement {QStringLiteral("SELECT * FROM messages"), 0, false}});
    while (doneMs < 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    ticker.stop();
    const qint64 rssAfter = procStatusKb("VmRSS:");
    const qint64 storedCells = qint64(model.rowCount()) * model.columnCount();

    std::printf("rows: %d, cells: %lld\n", model.rowCount(), static_cast<long long>(storedCells));
    std::printf("psql -c 'SELECT * FROM messages' -o /dev/null: %.0f ms, peak RSS %.1f MB\n", psqlRun.ms,
        psqlRun.peakKb / 1024.0);
    std::printf("forward-only QSqlQuery + value() on every cell: %.0f ms (%.2fx psql)\n", qsqlMs, qsqlMs / psqlRun.ms);
    std::printf("QueryRunner (single-row mode, compact chunks): first rows after %.1f ms, all rows after %.0f ms "
                "(%.2fx psql, %.2fx QSqlQuery)\n",
        firstRowsMs, doneMs, doneMs / psqlRun.ms, doneMs / qsqlMs);
    std::printf(
        "stored: %.1f MB = %.1f bytes per cell (model's own count); process RSS grew %.1f MB (%.1f bytes per cell)\n",
        model.memoryBytes() / 1048576.0, double(model.memoryBytes()) / double(storedCells),
        (rssAfter - rssBefore) / 1024.0, (rssAfter - rssBefore) * 1024.0 / double(storedCells));
    std::printf("peak RSS of this process: %.1f MB (psql: %.1f MB)\n", procStatusKb("VmHWM:") / 1024.0,
        psqlRun.peakKb / 1024.0);
    std::printf("longest event-loop stall while rows arrived: %lld ms\n", static_cast<long long>(maxStallMs));
    return 0;
}
