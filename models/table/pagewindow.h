#pragma once

#include "pendingchanges.h"

#include <QHash>
#include <QList>
#include <QVariant>
#include <limits>
#include <map>
#include <optional>

// How a page's rows were placed, which says whether their row numbers are exact.
enum class PageOrigin {
    Head, // counted from the first row: exact
    Tail, // counted back from the last row: exact when the row count is
    Seek, // placed by an estimate of where a value lies in the order: approximate
    Offset, // a view without a key, read by OFFSET: exact
};

// One read that fills one page: what TableDataModel turns into SQL (TableQuery::page / seek).
struct PageRead
{
    enum class Kind {
        Head, // the first rows
        Tail, // the last rows (read backwards)
        After, // the rows after anchor (the previous page's last row)
        Before, // the rows before anchor (the next page's first row), read backwards
        Reread, // a page dropped earlier, from its own first row (or last row, backwards), inclusive
        Seek, // no neighbour: start (or, backwards, end) at an estimated value, fraction of the way in
        Offset, // views without a key
    };
    Kind kind = Kind::Head;
    qint64 page = 0;
    QVariantList anchor;
    bool backwards = false;
    bool inclusive = false;
    double fraction = 0;
    int limit = 0;
    qint64 offset = 0;
    PageOrigin origin = PageOrigin::Head;
    qint64 total = 0; // the row count it was planned for: a read planned for another one is not stored
    bool placesKey = false; // TableDataModel::goToKey()'s read
    // The chain of pages this read continues: pages of one chain are placed relative to each other exactly
    // (0 from the head, 1 from the tail, others from one seek each); -1 starts a new chain.
    qint64 chain = -1;
    // One row more than the page, in the read's direction: to check that the page meets the next loaded
    // page of another chain (the row after it, or before it backwards, is that page's first or last row).
    bool seam = false;
};

// What storing a read changed beyond the page itself.
struct PageStore
{
    bool stored = false;
    std::optional<qint64> total; // the row count this read revealed (or a better estimate)
    bool exact = false; // with total: it is exact
    bool dropAll = false; // every page's position moved (the count changed under tail pages): read again
    // Rows beyond the page whose values or numbers changed: two chains met at a seam and were joined (their
    // numbers may now be exact), or did not meet and the less certain side's pages were dropped.
    qint64 changedFrom = -1;
    qint64 changedTo = -1;
};

// The table browser's row window, without any SQL: which pages of the ordered table are in memory, where
// each sits, how to read a missing page (continue from a neighbour, re-read a dropped page from its
// remembered first row, seek by an estimate, or walk from either end), and which pages to drop so that only
// maxPages stay. Row numbers are positions in the table's order; pages are pageSize rows each, the last
// page holds the rest. Positions are exact from the head, exact from the tail when the count is, and
// approximate after a seek.
class PageWindow
{
public:
    struct Options
    {
        int pageSize = 500;
        int maxPages = 24;
        bool canSeek = true; // a key or sort column to seek on
        bool offsetPaging = false; // a view without a key
        int chainPages = 4; // a missing page this close to a loaded one is reached by continuing from it
        int smallTablePages = 12; // up to this many pages, walk from an end rather than seek
        int maxAnchors = 100000; // first rows of dropped pages remembered (a few dozen bytes each)
    };

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    void reset(qint64 total, bool exact);
    // Applies a new row count: pages past the end are dropped, and so are the tail pages when the count moved
    // (they were placed from the old end).
    void setTotal(qint64 total, bool exact);
    void dropAll();
    // A page that is never dropped (besides the first): the row a detail form shows. -1: none.
    void setPinnedPage(qint64 page) { m_pinnedPage = page; }

    qint64 total() const { return m_total; }
    bool isExact() const { return m_exact; }
    int pageSize() const { return m_options.pageSize; }
    qint64 pageOf(qint64 row) const { return row / m_options.pageSize; }
    qint64 lastPage() const { return m_total <= 0 ? 0 : (m_total - 1) / m_options.pageSize; }
    int pageLength(qint64 page) const;
    int loadedPages() const { return int(m_pages.size()); }
    qint64 loadedRows() const;
    int rememberedAnchors() const { return int(m_anchors.size()); }
    bool isLoaded(qint64 page) const { return m_pages.count(page) > 0; }
    const TableRow *row(qint64 row) const;
    TableRow *row(qint64 row);
    bool isRowExact(qint64 row) const;
    // Loaded rows, by position, for scans such as "where is the row with this key".
    template<typename F> void forEachRow(F visit)
    {
        for (auto &[page, loaded] : m_pages) {
            for (int i = 0; i < loaded.rows.size(); ++i)
                visit(page * m_options.pageSize + i, loaded.rows[i]);
        }
    }
    template<typename F> void forEachRow(F visit) const
    {
        for (const auto &[page, loaded] : m_pages) {
            for (int i = 0; i < loaded.rows.size(); ++i)
                visit(page * m_options.pageSize + i, loaded.rows[i]);
        }
    }

    // The read to run next on the way to page (possibly a neighbour first); nothing when it is loaded.
    std::optional<PageRead> plan(qint64 page) const;
    // A read that places one row (a "go to key") on page: as its first row (rowFirst) or its last, read from
    // the row's anchor; the place is an estimate.
    PageRead placeAt(qint64 page, const QVariantList &anchor, bool rowFirst) const;
    // Stores a read's rows in the table's order (backward reads already reversed), each with its anchor
    // (TableQuery::anchorOf).
    PageStore store(const PageRead &read, const QList<TableRow> &rows, const QList<QVariantList> &anchors);
    // Drops the pages furthest from focusPage (never the first) until maxPages remain; returns the pages dropped.
    QList<qint64> evict(qint64 focusPage);

private:
    struct Page
    {
        QList<TableRow> rows;
        QVariantList firstAnchor;
        QVariantList lastAnchor;
        PageOrigin origin = PageOrigin::Head;
        qint64 chain = 0;
    };
    struct Anchor
    {
        QVariantList first;
        QVariantList last;
        PageOrigin origin = PageOrigin::Head;
        qint64 chain = 0;
    };
    std::optional<PageRead> planFor(qint64 page) const;
    PageRead chainFromHead(qint64 page) const;
    PageRead chainFromTail(qint64 page) const;
    PageRead after(qint64 loaded) const;
    PageRead before(qint64 loaded) const;
    PageRead seek(qint64 page) const;
    PageStore storeForward(const PageRead &read, const QList<TableRow> &rows, const QList<QVariantList> &anchors);
    PageStore storeBackward(const PageRead &read, const QList<TableRow> &rows, const QList<QVariantList> &anchors);
    void markSeam(PageRead &read) const;
    PageStore joinAtSeam(
        const PageRead &read, bool forward, const std::optional<QVariantList> &beyond, PageStore result);
    void relabel(qint64 from, qint64 toChain, PageOrigin toOrigin, PageStore &result);
    void dropRun(qint64 start, int step, qint64 chain, PageStore &result);
    void noteChanged(qint64 page, PageStore &result) const;
    void put(const PageRead &read, const QList<TableRow> &rows, const QList<QVariantList> &anchors, int count);
    void forgetAnchorsFarFrom(qint64 focusPage);

    Options m_options;
    qint64 m_total = 0;
    bool m_exact = false;
    std::map<qint64, Page> m_pages;
    std::map<qint64, Anchor> m_anchors;
    qint64 m_pinnedPage = -1;
    qint64 m_nextChain = 2; // 0: the head's chain, 1: the tail's
    qint64 m_headChainTo = -1; // pages up to here are walked from the head (a seek there ran into the start)
    qint64 m_tailChainFrom = std::numeric_limits<qint64>::max(); // and from here on, from the tail
};
