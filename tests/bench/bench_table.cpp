// Table browser benchmark (issue "Table browser at full scale"): a messages table of scale × 20,000 rows
// (500 = 10 million) pointing at users × 1,000 users (default 1000: 1,000,000, nearly all of them with
// messages), driven as a view drives TableDataModel, in one run:
//  - open: time to the first rows and statements sent;
//  - scroll through N rows page by page (default 1,000,000): time of every page, peak memory, the time of the
//    first and the last 100,000 rows;
//  - drops of the scrollbar at 10 %, 50 %, 90 % and 99.9 %: time until a screenful is shown, and where in
//    the server's order those rows really are;
// in three orders (the key; created_at; created_at under a filter), beside psql reading the same pages by
// keyset (WHERE id > … ORDER BY id LIMIT …) and a plain QSqlTableModel's first rows; then, warm, the first and
// the tenth 100,000 rows by the model and by psql's keyset in the same order, to tell our cost from the server's.
// Run by hand: ./build-bench/tests/bench/bench_table [scale] [rows to scroll] [users per 1,000]
#include "catalog/schemacatalog.h"
#include "connection/session.h"
#include "procstatus.h"
#include "psqlrun.h"
#include "table/tabledatamodel.h"
#include "testcluster.h"
#include "testwait.h"

#include "baselinedatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QSqlTableModel>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {

// Until rows [first, last] are in memory (or a read failed): woken by each page, no polling delay.
bool waitForPage(TableDataModel &model)
{
    QEventLoop loop;
    QObject::connect(&model, &TableDataModel::pageLoaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &TableDataModel::loadFailed, &loop, [&] { loop.exit(1); });
    QTimer::singleShot(60000, &loop, [&] { loop.exit(2); });
    return loop.exec() == 0;
}

bool waitLoaded(TableDataModel &model, int first, int last)
{
    // Opening: the row count is known with the first page.
    while (model.rowCount() == 0 && model.isLoading()) {
        if (!waitForPage(model))
            return false;
    }
    // The extent may shrink on the way (the end of an estimated table reached): clamp to it each time.
    const auto loaded = [&] {
        const int end = qMin(last, model.rowCount() - 1);
        for (int row = first; row <= end; row += model.pageSize()) {
            if (!model.isRowLoaded(row))
                return false;
        }
        return end < first || model.isRowLoaded(end);
    };
    model.fetchRows(first, last);
    for (int turns = 0; !loaded() && turns < 10000; ++turns) {
        if (!waitForPage(model))
            return false;
        model.fetchRows(first, last);
    }
    return loaded();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// What a view paints of the page at row: a cell every 25 rows.
void paintPage(const TableDataModel &model, int row, int size)
{
    for (int r = row; r < row + size && r < model.rowCount(); r += 25)
        model.index(r, 2).data();
}

struct Scenario
{
    const char *name;
    QString sortColumn; // empty: the key
    QString filterSql; // the same filter as SQL, for the position check
    bool filtered = false;
};

int column(const TableDataModel &model, const QString &name)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString() == name)
            return c;
    }
    return -1;
}

void warmBlocks(Session &session, TableDataModel &model, const QString &psql, const Scenario &scenario);

void run(Session &session, const std::shared_ptr<const CatalogSnapshot> &catalog, const Scenario &scenario,
    int rowsToScroll, const QString &psql)
{
    std::printf("\n== %s ==\n", scenario.name);
    const qint64 rssStart = procStatusKb("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    TableDataModel model(&session, catalog, QStringLiteral("public.messages"));
    if (!scenario.sortColumn.isEmpty())
        model.sort(column(model, scenario.sortColumn), Qt::AscendingOrder);
    if (scenario.filtered)
        model.setFilters({ColumnFilter {column(model, QStringLiteral("user_id")), ColumnFilter::Op::Less,
            QString::number(catalog->findTable(QStringLiteral("public.users"))->estimatedRows / 2), {}}});
    if (!waitLoaded(model, 0, 40))
        return void(std::printf("open failed\n"));
    std::printf("open: first rows after %.1f ms, %d statement(s); %lld rows under the scrollbar (%s)\n", ms(timer),
        model.readStatements(), static_cast<long long>(model.totalRows()), model.isCountExact() ? "exact" : "estimate");

    // Page Down held: every page in turn.
    QList<double> pages;
    QList<double> blocks; // seconds per 100,000 rows
    QList<double> blockMedians; // their median page, ms
    QElapsedTimer block;
    block.start();
    const int size = model.pageSize();
    for (int row = 0; row < rowsToScroll && row < model.rowCount(); row += size) {
        timer.restart();
        if (!waitLoaded(model, row, row + size - 1))
            return void(std::printf("scrolling failed at row %d\n", row));
        pages << ms(timer);
        paintPage(model, row, size);
        if ((row + size) % 100000 == 0) {
            blocks << double(block.nsecsElapsed()) / 1e9;
            blockMedians << median(pages.mid(pages.size() - 100000 / size));
            std::printf("  %7d rows: %.2f s for the last 100,000 (page median %.2f ms), RSS %.1f MB, %d pages in "
                        "memory\n",
                row + size, blocks.last(), blockMedians.last(), procStatusKb("VmRSS:") / 1024.0,
                model.loadedPageCount());
            block.restart();
        }
    }
    // The totals carry the machine's hiccups (a checkpoint, another process); the medians say what a page costs.
    if (blockMedians.size() > 1)
        std::printf("page median, first and last 100,000 rows: %.2f and %.2f ms (ratio %.2f)\n", blockMedians.first(),
            blockMedians.last(), blockMedians.last() / blockMedians.first());
    QList<double> sorted = pages;
    std::sort(sorted.begin(), sorted.end());
    std::printf("scroll: %lld pages of %d, median %.2f ms, p99 %.2f ms, slowest %.2f ms; peak RSS %.1f MB (start "
                "%.1f MB); last/first 100,000 rows time ratio %.2f\n",
        static_cast<long long>(pages.size()), size, sorted.value(sorted.size() / 2),
        sorted.value(int(sorted.size() * 0.99)), sorted.isEmpty() ? 0.0 : sorted.last(),
        procStatusKb("VmHWM:") / 1024.0, rssStart / 1024.0, blocks.size() > 1 ? blocks.last() / blocks.first() : 0.0);

    // Scrollbar drops: a screenful at each place, and where those rows really are in the server's order.
    for (const double fraction : {0.1, 0.5, 0.9, 0.999}) {
        const int row = qMin(int(fraction * model.rowCount()), model.rowCount() - 41);
        timer.restart();
        if (!waitLoaded(model, row, row + 40))
            return void(std::printf("drop at %.1f %% failed\n", fraction * 100));
        const double dropMs = ms(timer);
        const QString id = model.index(row, 0).data().toString();
        const QString created = model.index(row, column(model, QStringLiteral("created_at"))).data().toString();
        const QString before = scenario.sortColumn.isEmpty()
            ? QStringLiteral("id < %1").arg(id)
            : QStringLiteral("(created_at, id) < ('%1'::timestamp, %2)").arg(created, id);
        const PgResult rank = TestWait::result(
            session.run(QStringLiteral("SELECT count(*) FROM messages WHERE %1%2").arg(before, scenario.filterSql)));
        const qint64 actual = rank.rows.value(0).value(0).toLongLong();
        std::printf("drop to %5.1f %%: row %d shown after %.1f ms; it is row %lld of the order (%+.3f %% of the "
                    "table), header \"%s\"\n",
            fraction * 100, row, dropMs, static_cast<long long>(actual),
            100.0 * double(actual - row) / double(qMax(1, model.rowCount())),
            qPrintable(model.headerData(row, Qt::Vertical).toString()));
    }
    warmBlocks(session, model, psql, scenario);
}

// The same 199 pages (the 2nd to the 200th of a block of 100,000 rows starting at first) read by the model:
// the block's first page is loaded untimed, so that a block reached by a drop and one reached from row 0
// cost the same kind of pages. Seconds.
double modelBlock(TableDataModel &model, int first)
{
    const int size = model.pageSize();
    if (!waitLoaded(model, first, first + size - 1))
        return -1;
    QElapsedTimer timer;
    timer.start();
    for (int row = first + size; row < first + 100000; row += size) {
        if (!waitLoaded(model, row, row + size - 1))
            return -1;
        paintPage(model, row, size);
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

// psql's script for those pages: keyset in the scenario's order, each page as the model asks for it (the
// page, then each row's user name in the same statement), one statement per page. The keys come from the
// server's own order, read once here (untimed); false when they could not be read.
bool writePsqlBlock(QTemporaryFile &script, Session &session, const Scenario &scenario, int first)
{
    const bool byKey = scenario.sortColumn.isEmpty();
    const QString order = byKey ? QStringLiteral("id") : QStringLiteral("created_at, id");
    const QString keys = byKey ? QStringLiteral("id::text") : QStringLiteral("created_at::text, id::text");
    const PgResult bounds = TestWait::result(session.run(
        QStringLiteral("SELECT %1 FROM (SELECT *, row_number() OVER (ORDER BY %2) AS n FROM (SELECT * FROM "
                       "messages WHERE true%3 ORDER BY %2 LIMIT %4) l) s WHERE n % 500 = 0 AND n >= %5 AND n < %6 "
                       "ORDER BY n")
            .arg(keys, order, scenario.filterSql)
            .arg(first + 100000)
            .arg(first + 500)
            .arg(first + 100000)));
    if (bounds.rows.size() != 199 || !script.open())
        return false;
    for (const QList<QVariant> &key : bounds.rows) {
        const QString after = byKey ? QStringLiteral("id > %1").arg(key.value(0).toString())
                                    : QStringLiteral("(created_at, id) > ('%1', %2)")
                                          .arg(key.value(0).toString(), key.value(1).toString());
        script.write(QStringLiteral("SELECT p.*, (SELECT r.username::text FROM users r WHERE r.id = p.user_id) "
                                    "FROM (SELECT * FROM messages WHERE %1%2 ORDER BY %3 LIMIT 500) p ORDER BY %3;\n")
                         .arg(after, scenario.filterSql, order)
                         .toUtf8());
    }
    return script.flush();
}

// The first and the tenth 100,000 rows again, warm, by the model and by psql in turn (three rounds, the
// median of each): if the model's tenth block costs more than its first while psql's does not, the cost is
// ours; if both move together, it is the server's (where the rows lie on disk and in its cache).
void warmBlocks(Session &session, TableDataModel &model, const QString &psql, const Scenario &scenario)
{
    if (model.rowCount() < 1000000)
        return;
    const int firsts[2] = {0, 900000};
    QTemporaryFile scripts[2];
    for (int b = 0; b < 2; ++b) {
        if (!writePsqlBlock(scripts[b], session, scenario, firsts[b]))
            return void(std::printf("warm blocks: the keys could not be read\n"));
    }
    QList<double> ours[2];
    QList<double> theirs[2];
    for (int round = 0; round < 3; ++round) {
        for (int b = 0; b < 2; ++b) {
            theirs[b] << runPsqlMs(psql, session.profile(), {QStringLiteral("-f"), scripts[b].fileName()}, 600000)
                    / 1000.0;
            ours[b] << modelBlock(model, firsts[b]);
        }
    }
    const double o1 = median(ours[0]), o10 = median(ours[1]), p1 = median(theirs[0]), p10 = median(theirs[1]);
    std::printf("warm, 199 pages of the first and the tenth 100,000 rows (median of 3): model %.2f and %.2f s "
                "(ratio %.2f), psql keyset %.2f and %.2f s (ratio %.2f); model/psql %.2f and %.2f\n",
        o1, o10, o10 / o1, p1, p10, p10 / p1, o1 / p1, o10 / p10);
}

// psql reading the same pages by keyset, one statement per page, in one session: the floor for a page.
void psqlKeyset(const QString &psql, const ConnectionProfile &p, int rows, int pageSize)
{
    QTemporaryFile script;
    if (!script.open())
        return;
    for (int from = 0; from < rows; from += pageSize)
        script.write(QStringLiteral("SELECT id, user_id, content, created_at FROM messages WHERE id > %1 ORDER BY id "
                                    "LIMIT %2;\n")
                         .arg(from)
                         .arg(pageSize)
                         .toUtf8());
    script.write("SELECT id, user_id, content, created_at FROM messages WHERE id >= 5000000 ORDER BY id LIMIT 41;\n");
    script.flush();
    const double total = runPsqlMs(psql, p, {QStringLiteral("-f"), script.fileName()}, 3600000);
    const int pages = (rows + pageSize - 1) / pageSize;
    std::printf("\npsql keyset, %d pages of %d by id in one session: %.0f ms, %.2f ms per page\n", pages, pageSize,
        total, total / pages);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int scale = argc > 1 ? std::max(1, atoi(argv[1])) : 500;
    const int rowsToScroll = argc > 2 ? std::max(1000, atoi(argv[2])) : 1000000;
    TestCluster fixture;
    const int userScale = argc > 3 ? std::max(1, atoi(argv[3])) : 1000;
    fixture.cluster().setSampleScale(scale);
    fixture.cluster().setSampleUserScale(userScale);
    QElapsedTimer setup;
    setup.start();
    if (!fixture.start())
        return 1;
    std::printf("cluster with %lld messages and %lld users ready in %.0f s\n", 20000LL * scale, 1000LL * userScale,
        setup.elapsed() / 1000.0);
    // A freshly loaded table gets vacuumed by autovacuum soon after; do it now so it does not run mid-measurement.
    Error vacuumError;
    fixture.cluster().execute(QStringLiteral("VACUUM ANALYZE"), &vacuumError);

    Session session(fixture.profile(), {}, QStringLiteral("bench"));
    if (!TestWait::open(session))
        return 1;
    SchemaCatalog catalog;
    QSignalSpy loaded(&catalog, &SchemaCatalog::loaded);
    catalog.refresh(&session);
    if (!QTest::qWaitFor([&] { return loaded.count() > 0; }, 60000))
        return 1;
    const PgResult distinct
        = TestWait::result(session.run(QStringLiteral("SELECT count(DISTINCT user_id) FROM messages")));
    std::printf("%s distinct user_ids in messages\n", qPrintable(distinct.rows.value(0).value(0).toString()));

    const qint64 half = catalog.snapshot()->findTable(QStringLiteral("public.users"))->estimatedRows / 2;
    const QList<Scenario> scenarios {
        {"key order (id)", {}, {}, false},
        {"sorted by created_at", QStringLiteral("created_at"), {}, false},
        {"sorted by created_at, filtered user_id < half the users", QStringLiteral("created_at"),
            QStringLiteral(" AND user_id < %1").arg(half), true},
    };
    const QString psql = fixture.cluster().binDirectory() + QStringLiteral("/psql");
    for (const Scenario &scenario : scenarios)
        run(session, catalog.snapshot(), scenario, rowsToScroll, psql);

    psqlKeyset(psql, fixture.profile(), rowsToScroll, 500);

    // Baseline for opening: QSqlTableModel::select() on the same table, on a plain QPSQL connection.
    QSqlDatabase db = BaselineDatabase::open(session.profile());
    QElapsedTimer timer;
    timer.start();
    QSqlTableModel table(nullptr, db);
    table.setTable(QStringLiteral("messages"));
    table.select();
    std::printf("QSqlTableModel::select(): %.0f ms to its first rows (%d rows reported), peak RSS after it %.1f MB\n",
        ms(timer), table.rowCount(), procStatusKb("VmHWM:") / 1024.0);
    return 0;
}
