#include "table/pagewindow.h"

#include <QtTest>

// PageWindow without a server: which read fills a missing page, what a read reveals about the row count,
// and that only maxPages pages stay (dropped pages come back from their remembered first row).
class TestPageWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstPageIsTheHead();
    void neighboursContinueByKeyset();
    void farPageSeeksByEstimate_data();
    void farPageSeeksByEstimate();
    void smallTableWalksFromAnEnd();
    void shortHeadReadMakesTheCountExact();
    void fullLastPageGrowsTheEstimate();
    void seekIntoTheEndWalksBackFromTheTail();
    void shortTailReadRestartsWithTheCount();
    void evictionKeepsMaxPagesAndRemembersAnchors();
    void tailPagesGoWhenTheCountMoves();
    void viewsUseOffset();
    void headReachingASeekJoinsIt();
    void headReachingAMisplacedSeekDropsIt();
    void seekReachingTheHeadFromBelowIsDroppedWhenMisplaced();
    void twoSeeksThatMeetBecomeOneChain();
    void headMeetingTheTailMakesTheCountExact();
    void headMeetingTheTailOfAShorterTable();
};

namespace {

// n rows with ids first..first+n-1, each anchored by its id.
QList<TableRow> rows(qint64 first, int n)
{
    QList<TableRow> list;
    for (int i = 0; i < n; ++i) {
        TableRow row;
        row.key = {first + i};
        row.values = {first + i};
        list << row;
    }
    return list;
}

QList<QVariantList> anchors(qint64 first, int n)
{
    QList<QVariantList> list;
    for (int i = 0; i < n; ++i)
        list << QVariantList {first + i};
    return list;
}

PageWindow window(qint64 total, bool exact, int maxPages = 24)
{
    PageWindow w;
    PageWindow::Options options;
    options.pageSize = 100;
    options.maxPages = maxPages;
    w.setOptions(options);
    w.reset(total, exact);
    return w;
}

PageStore fill(PageWindow &w, const PageRead &read, qint64 firstId, int n)
{
    return w.store(read, rows(firstId, n), anchors(firstId, n));
}

} // namespace

void TestPageWindow::firstPageIsTheHead()
{
    PageWindow w = window(1'000'000, false);
    const auto read = w.plan(0);
    QVERIFY(read);
    QCOMPARE(read->kind, PageRead::Kind::Head);
    QCOMPARE(read->limit, 100);
    QVERIFY(fill(w, *read, 1, 100).stored);
    QVERIFY(!w.plan(0)); // loaded
    QVERIFY(w.isRowExact(99));
    QCOMPARE(w.row(42)->key.value(0).toLongLong(), 43);
    QCOMPARE(w.row(100), nullptr);
}

void TestPageWindow::neighboursContinueByKeyset()
{
    PageWindow w = window(1'000'000, false);
    fill(w, *w.plan(0), 1, 100);
    const auto next = w.plan(1);
    QCOMPARE(next->kind, PageRead::Kind::After);
    QCOMPARE(next->anchor, QVariantList {100});
    QCOMPARE(next->origin, PageOrigin::Head);
    // Three pages further: still walked from the loaded page (cheaper and exact), one page at a time.
    const auto near = w.plan(4);
    QCOMPARE(near->kind, PageRead::Kind::After);
    QCOMPARE(near->page, 1);
}

void TestPageWindow::farPageSeeksByEstimate_data()
{
    QTest::addColumn<qint64>("page");
    QTest::addColumn<bool>("backwards");
    QTest::addColumn<double>("fraction");
    QTest::newRow("10%") << qint64(1000) << false << 0.1;
    QTest::newRow("50%: to the page's end, backwards") << qint64(5000) << true << 0.5001;
    QTest::newRow("99.9%") << qint64(9990) << true << 0.9991;
}

void TestPageWindow::farPageSeeksByEstimate()
{
    QFETCH(qint64, page);
    QFETCH(bool, backwards);
    QFETCH(double, fraction);
    PageWindow w = window(1'000'000, true);
    fill(w, *w.plan(0), 1, 100);
    const auto read = w.plan(page);
    QCOMPARE(read->kind, PageRead::Kind::Seek);
    QCOMPARE(read->page, page);
    QCOMPARE(read->backwards, backwards);
    QVERIFY2(qAbs(read->fraction - fraction) < 1e-9, qPrintable(QString::number(read->fraction)));
    QCOMPARE(read->origin, PageOrigin::Seek);
    QVERIFY(fill(w, *read, page * 100 + 7, 100).stored); // where the estimate landed: near, not exact
    QVERIFY(!w.isRowExact(page * 100));
    // Its neighbours continue from it, keeping its (approximate) place.
    QCOMPARE(w.plan(page + 1)->kind, PageRead::Kind::After);
    QCOMPARE(w.plan(page + 1)->origin, PageOrigin::Seek);
    QCOMPARE(w.plan(page - 1)->kind, PageRead::Kind::Before);
    QCOMPARE(w.plan(page - 1)->anchor, QVariantList {page * 100 + 7});
}

void TestPageWindow::smallTableWalksFromAnEnd()
{
    PageWindow w = window(1200, false); // 12 pages: no seek
    fill(w, *w.plan(0), 1, 100);
    QCOMPARE(w.plan(5)->kind, PageRead::Kind::After);
    QCOMPARE(w.plan(5)->page, 1);
    QCOMPARE(w.plan(7)->kind, PageRead::Kind::Tail);
    QCOMPARE(w.plan(11)->kind, PageRead::Kind::Tail);
    QCOMPARE(w.plan(11)->limit, 100);
}

void TestPageWindow::shortHeadReadMakesTheCountExact()
{
    PageWindow w = window(1000, false);
    const PageStore stored = fill(w, *w.plan(0), 1, 37);
    QVERIFY(stored.stored);
    QCOMPARE(stored.total, 37);
    QVERIFY(stored.exact);
    w.setTotal(37, true);
    QVERIFY(w.isLoaded(0));
    QCOMPARE(w.pageLength(0), 37);
    QCOMPARE(w.lastPage(), 0);
}

void TestPageWindow::fullLastPageGrowsTheEstimate()
{
    PageWindow w = window(150, false);
    fill(w, *w.plan(0), 1, 100);
    const auto last = w.plan(1);
    QCOMPARE(last->kind, PageRead::Kind::After);
    const PageStore stored = fill(w, *last, 101, 100);
    QCOMPARE(stored.total, 300); // at least one more page
    QVERIFY(!stored.exact);
}

void TestPageWindow::seekIntoTheEndWalksBackFromTheTail()
{
    PageWindow w = window(1'000'000, true);
    const auto seek = w.plan(4000);
    QCOMPARE(seek->kind, PageRead::Kind::Seek);
    QVERIFY(!seek->backwards);
    // The estimate was far off: the rows ran out. From here on pages are walked back from the end.
    QVERIFY(!fill(w, *seek, 999'950, 51).stored);
    QCOMPARE(w.plan(4000)->kind, PageRead::Kind::Tail);
    fill(w, *w.plan(4000), 999'901, 100);
    QVERIFY(w.isRowExact(999'999));
    const auto before = w.plan(4000);
    QCOMPARE(before->kind, PageRead::Kind::Before);
    QCOMPARE(before->page, 9998);
}

void TestPageWindow::shortTailReadRestartsWithTheCount()
{
    PageWindow w = window(1000, false);
    const PageStore stored = fill(w, *w.plan(9), 1, 42);
    QVERIFY(!stored.stored);
    QVERIFY(stored.dropAll);
    QCOMPARE(stored.total, 42);
}

void TestPageWindow::evictionKeepsMaxPagesAndRemembersAnchors()
{
    PageWindow w = window(1'000'000, true, 3);
    fill(w, *w.plan(0), 1, 100);
    for (qint64 page = 1; page < 10; ++page) {
        const auto read = w.plan(page);
        QCOMPARE(read->kind, PageRead::Kind::After);
        fill(w, *read, page * 100 + 1, 100);
        w.evict(page);
        QVERIFY(w.loadedPages() <= 3);
    }
    QCOMPARE(w.loadedRows(), 300);
    QVERIFY(!w.isLoaded(2));
    const auto reread = w.plan(2);
    QCOMPARE(reread->kind, PageRead::Kind::Reread);
    QVERIFY(reread->inclusive);
    QCOMPARE(reread->anchor, QVariantList {201});
    QCOMPARE(reread->origin, PageOrigin::Head);
    fill(w, *reread, 201, 100);
    QVERIFY(w.isRowExact(250));
    // The anchors are bounded too.
    PageWindow::Options options = w.options();
    options.maxAnchors = 2;
    w.setOptions(options);
    w.evict(9);
    QVERIFY(w.rememberedAnchors() <= 2);
}

void TestPageWindow::tailPagesGoWhenTheCountMoves()
{
    PageWindow w = window(1'000'000, false);
    fill(w, *w.plan(0), 1, 100);
    fill(w, *w.plan(9999), 999'901, 100);
    QVERIFY(!w.isRowExact(999'950)); // counted back from an estimated end
    w.setTotal(1'000'000, true);
    QVERIFY(w.isRowExact(999'950)); // the same end, now counted
    w.setTotal(1'000'050, true);
    QVERIFY(!w.isLoaded(9999)); // 50 rows off: read again from the new end
    QVERIFY(w.isLoaded(0));
    QCOMPARE(w.plan(10000)->kind, PageRead::Kind::Tail);
}

void TestPageWindow::viewsUseOffset()
{
    PageWindow w;
    PageWindow::Options options;
    options.pageSize = 100;
    options.offsetPaging = true;
    w.setOptions(options);
    w.reset(1'000'000, false);
    const auto read = w.plan(5000);
    QCOMPARE(read->kind, PageRead::Kind::Offset);
    QCOMPARE(read->offset, 500'000);
    fill(w, *read, 1, 100);
    QVERIFY(w.isRowExact(500'000));
}

QTEST_GUILESS_MAIN(TestPageWindow)
#include "tst_pagewindow.moc"

namespace {

// Walks from the loaded page before `page` to it with consecutive ids (row n has id n + 1), one read per
// page, storing what each read asks for (the seam's extra row included); the store of the last read.
PageStore walkForward(PageWindow &w, qint64 from, qint64 to)
{
    PageStore stored;
    for (qint64 page = from; page <= to; ++page) {
        const auto read = w.plan(page);
        Q_ASSERT(read && read->kind == PageRead::Kind::After);
        stored = fill(w, *read, page * 100 + 1, read->limit);
    }
    return stored;
}

} // namespace

void TestPageWindow::headReachingASeekJoinsIt()
{
    PageWindow w = window(10'000, false);
    fill(w, *w.plan(0), 1, 100);
    const auto seek = w.plan(50);
    QCOMPARE(seek->kind, PageRead::Kind::Seek);
    fill(w, *seek, 5001, 100); // the estimate was right
    QVERIFY(!w.isRowExact(5000));
    // Scrolling up from the seek's page continues its chain; scrolling down from the head continues the head's.
    fill(w, *w.plan(49), 4901, 100);
    const PageStore upTo47 = walkForward(w, 1, 47);
    QCOMPARE(upTo47.changedFrom, -1);
    const auto last = w.plan(48);
    QVERIFY(last->seam); // page 49 belongs to the seek: one row more, to see whether they meet
    QCOMPARE(last->limit, 101);
    const PageStore stored = fill(w, *last, 4801, 101);
    QVERIFY(stored.stored);
    QVERIFY(w.isRowExact(5099)); // the seek's pages are counted from the head now
    QCOMPARE(stored.changedFrom, 4900);
    QCOMPARE(stored.changedTo, 5099);
    QCOMPARE(w.row(4899)->key.value(0).toLongLong(), 4900);
    QCOMPARE(w.row(4900)->key.value(0).toLongLong(), 4901);
}

void TestPageWindow::headReachingAMisplacedSeekDropsIt()
{
    PageWindow w = window(10'000, false);
    fill(w, *w.plan(0), 1, 100);
    fill(w, *w.plan(20), 2201, 100); // placed 200 rows too early: row 2000 shows id 2201
    fill(w, *w.plan(21), 2301, 100);
    walkForward(w, 1, 18);
    const auto last = w.plan(19);
    QVERIFY(last->seam);
    const PageStore stored = fill(w, *last, 1901, 101); // the row after it is 2001, not the seek's 2201
    QVERIFY(stored.stored);
    QVERIFY(!w.isLoaded(20)); // rows 2001..2200 would have been skipped
    QVERIFY(!w.isLoaded(21));
    QCOMPARE(stored.changedFrom, 2000);
    QCOMPARE(stored.changedTo, 2199);
    const auto next = w.plan(20);
    QCOMPARE(next->kind, PageRead::Kind::After);
    QCOMPARE(next->origin, PageOrigin::Head);
    QCOMPARE(next->anchor, QVariantList {qint64(2000)});
}

void TestPageWindow::seekReachingTheHeadFromBelowIsDroppedWhenMisplaced()
{
    PageWindow w = window(10'000, false);
    fill(w, *w.plan(0), 1, 100);
    walkForward(w, 1, 2);
    fill(w, *w.plan(10), 951, 100); // placed 50 rows too late: row 1000 shows id 951
    for (qint64 page = 9; page >= 4; --page) { // scrolling up from the seek's page
        const auto read = w.plan(page);
        QCOMPARE(read->kind, PageRead::Kind::Before);
        QVERIFY(!read->seam);
        fill(w, *read, page * 100 - 49, 100);
    }
    // The page between the two is read from the head (exact), with the row after it: 401, not the seek
    // chain's 351 (rows 351..400 would have been shown twice).
    const auto read = w.plan(3);
    QCOMPARE(read->kind, PageRead::Kind::After);
    QVERIFY(read->seam);
    QCOMPARE(read->limit, 101);
    const PageStore stored = fill(w, *read, 301, 101);
    QVERIFY(stored.stored);
    for (qint64 page = 4; page <= 10; ++page)
        QVERIFY2(!w.isLoaded(page), qPrintable(QString::number(page)));
    QCOMPARE(stored.changedFrom, 400);
    QCOMPARE(stored.changedTo, 1099);
    QCOMPARE(w.plan(4)->kind, PageRead::Kind::After);
    QCOMPARE(w.plan(4)->origin, PageOrigin::Head);
}

void TestPageWindow::twoSeeksThatMeetBecomeOneChain()
{
    PageWindow w = window(10'000, false);
    fill(w, *w.plan(0), 1, 100);
    fill(w, *w.plan(30), 3001, 100);
    fill(w, *w.plan(36), 3601, 100);
    for (qint64 page = 31; page <= 34; ++page)
        fill(w, *w.plan(page), page * 100 + 1, 100);
    const auto read = w.plan(35);
    QVERIFY(read->seam);
    const PageStore stored = fill(w, *read, 3501, 101);
    QVERIFY(stored.stored);
    QCOMPARE(stored.changedFrom, 3600); // page 36 joined the first seek's chain
    // One chain now: reading on from page 36 upwards meets no seam.
    QVERIFY(!w.isRowExact(3600));
    fill(w, *w.plan(37), 3701, 100);
    QVERIFY(!w.plan(38)->seam);
}

void TestPageWindow::headMeetingTheTailMakesTheCountExact()
{
    PageWindow w = window(1000, false); // an estimate
    fill(w, *w.plan(0), 1, 100);
    fill(w, *w.plan(9), 901, 100); // the last page, from the end
    fill(w, *w.plan(8), 801, 100);
    walkForward(w, 1, 6);
    const auto read = w.plan(7);
    QVERIFY(read->seam);
    const PageStore stored = fill(w, *read, 701, 101);
    QCOMPARE(stored.total, 1000);
    QVERIFY(stored.exact);
    w.setTotal(*stored.total, true);
    QVERIFY(w.isLoaded(9));
    QVERIFY(w.isRowExact(999));
}

void TestPageWindow::headMeetingTheTailOfAShorterTable()
{
    PageWindow w = window(1000, false); // the estimate; the table has 950 rows
    fill(w, *w.plan(0), 1, 100);
    fill(w, *w.plan(9), 851, 100); // placed at rows 900..999
    walkForward(w, 1, 7);
    const auto read = w.plan(8);
    QVERIFY(read->seam);
    const PageStore stored = fill(w, *read, 801, 101); // the row after page 8 is 901, not 851
    QVERIFY(stored.stored);
    QVERIFY(!stored.total);
    QVERIFY(!w.isLoaded(9));
    const auto end = w.plan(9);
    QCOMPARE(end->kind, PageRead::Kind::After);
    const PageStore last = fill(w, *end, 901, 50);
    QCOMPARE(last.total, 950);
    QVERIFY(last.exact);
}
