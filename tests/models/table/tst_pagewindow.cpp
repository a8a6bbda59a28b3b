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
