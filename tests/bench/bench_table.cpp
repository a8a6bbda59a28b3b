// Table browser benchmark (issue "Table browser"): a messages table of scale × 20,000 rows (500 = 10 million),
// the app's TableDataModel against a plain QSqlTableModel on the same table, in one run. Reports time to the
// first rows, peak memory while scrolling through the first 100,000 rows, the jump to the last row, and the
// time per page reached by scrolling. Run by hand: ./build-bench/tests/bench/bench_table [scale]
#include "catalog/schemacatalog.h"
#include "connection/session.h"
#include "procstatus.h"
#include "table/tabledatamodel.h"
#include "testcluster.h"
#include "testwait.h"

#include "baselinedatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlTableModel>
#include <QTest>
#include <algorithm>
#include <cstdio>

namespace {

bool waitRows(TableDataModel &model, int rows, int timeoutMs = 60000)
{
    return QTest::qWaitFor(
        [&] { return model.rowCount() >= rows || (!model.isLoading() && !model.canFetchMore({})); }, timeoutMs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int scale = argc > 1 ? std::max(1, atoi(argv[1])) : 500;
    TestCluster fixture;
    fixture.cluster().setSampleScale(scale);
    QElapsedTimer setup;
    setup.start();
    if (!fixture.start())
        return 1;
    std::printf("cluster with %lld messages ready in %.0f s\n", 20000LL * scale, setup.elapsed() / 1000.0);
    // A freshly loaded table gets vacuumed by autovacuum soon after; do it now so it does not run mid-measurement.
    Error vacuumError;
    fixture.cluster().execute(QStringLiteral("VACUUM ANALYZE messages"), &vacuumError);

    Session session(fixture.profile(), {}, QStringLiteral("bench"));
    if (!TestWait::open(session))
        return 1;
    SchemaCatalog catalog;
    QSignalSpy loaded(&catalog, &SchemaCatalog::loaded);
    catalog.refresh(&session);
    if (!QTest::qWaitFor([&] { return loaded.count() > 0; }, 60000))
        return 1;
    const qint64 rssStart = procStatusKb("VmRSS:");

    // Ours: first page, then scroll (fetchMore) through 100,000 rows, then jump to the end.
    TableDataModel model(&session, catalog.snapshot(), QStringLiteral("public.messages"));
    QElapsedTimer timer;
    timer.start();
    model.reload();
    waitRows(model, 1);
    const double firstRowsMs = double(timer.nsecsElapsed()) / 1e6;
    QList<double> pageMs;
    while (model.rowCount() < 100000 && model.canFetchMore({})) {
        const int before = model.rowCount();
        timer.restart();
        model.fetchMore({});
        waitRows(model, before + 1);
        pageMs << double(timer.nsecsElapsed()) / 1e6;
        for (int r = before; r < model.rowCount(); r += 50)
            model.index(r, 2).data(); // what a view would paint
    }
    const qint64 rssScrolled = procStatusKb("VmHWM:");
    const int rowsScrolled = model.rowCount();
    timer.restart();
    model.jumpToEnd();
    if (!QTest::qWaitFor([&] { return model.isAtEnd() && model.rowCount() > 0 && !model.isLoading(); }, 60000))
        return 1;
    const double jumpMs = double(timer.nsecsElapsed()) / 1e6;
    std::sort(pageMs.begin(), pageMs.end());

    // Baseline: QSqlTableModel::select() on the same table, on a plain QPSQL connection of its own.
    const auto baseline = [&session] {
        QSqlDatabase db = BaselineDatabase::open(session.profile());
        QElapsedTimer t;
        t.start();
        QSqlTableModel table(nullptr, db);
        table.setTable(QStringLiteral("messages"));
        table.select();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        return qMakePair(ms, table.rowCount());
    }();
    const qint64 rssBaseline = procStatusKb("VmHWM:");

    std::printf("TableDataModel: first rows after %.1f ms; %d rows scrolled in %lld pages, median page %.1f ms, "
                "slowest %.1f ms;"
                " jump to the last row %.1f ms\n",
        firstRowsMs, rowsScrolled, static_cast<long long>(pageMs.size()), pageMs.value(pageMs.size() / 2),
        pageMs.isEmpty() ? 0.0 : pageMs.last(), jumpMs);
    std::printf(
        "peak RSS after scrolling 100,000 rows: %.1f MB (start %.1f MB)\n", rssScrolled / 1024.0, rssStart / 1024.0);
    std::printf("QSqlTableModel::select(): %.0f ms to its first rows (%d rows reported), peak RSS %.1f MB\n",
        baseline.first, baseline.second, rssBaseline / 1024.0);
    std::printf(
        "ratio time to first rows (QSqlTableModel / ours): %.0fx\n", baseline.first / std::max(0.001, firstRowsMs));
    return 0;
}
