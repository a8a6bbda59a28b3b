#include "pagewindow.h"

#include <algorithm>

namespace {

// How sure a page's place is: the head's numbers are exact, the tail's are when the count is, a seek's are not.
int certainty(PageOrigin origin)
{
    switch (origin) {
    case PageOrigin::Head:
    case PageOrigin::Offset:
        return 3;
    case PageOrigin::Tail:
        return 2;
    case PageOrigin::Seek:
        break;
    }
    return 1;
}

} // namespace

void PageWindow::reset(qint64 total, bool exact)
{
    dropAll();
    m_pinnedPage = -1; // another order or filter: that row is somewhere else now
    m_total = qMax<qint64>(0, total);
    m_exact = exact;
}

void PageWindow::dropAll()
{
    m_pages.clear();
    m_anchors.clear();
    m_headChainTo = -1;
    m_tailChainFrom = std::numeric_limits<qint64>::max();
}

void PageWindow::setTotal(qint64 total, bool exact)
{
    total = qMax<qint64>(0, total);
    if (total != m_total) {
        // Tail pages were placed counting back from the old end: they are off by the difference. Read again.
        std::erase_if(m_pages, [](const auto &entry) { return entry.second.origin == PageOrigin::Tail; });
        std::erase_if(m_anchors, [](const auto &entry) { return entry.second.origin == PageOrigin::Tail; });
        m_tailChainFrom = std::numeric_limits<qint64>::max();
    }
    m_total = total;
    m_exact = exact;
    const qint64 last = total == 0 ? -1 : lastPage();
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it->first > last || it->second.rows.size() != pageLength(it->first))
            it = m_pages.erase(it);
        else
            ++it;
    }
    m_anchors.erase(m_anchors.upper_bound(last), m_anchors.end());
    if (total > 0 && m_anchors.count(lastPage()) && m_anchors[lastPage()].origin != PageOrigin::Tail)
        m_anchors.erase(lastPage()); // the last page may now be shorter or longer than when it was read
}

int PageWindow::pageLength(qint64 page) const
{
    if (page < 0 || page > lastPage() || m_total <= 0)
        return 0;
    return page < lastPage() ? m_options.pageSize : int(m_total - page * m_options.pageSize);
}

qint64 PageWindow::loadedRows() const
{
    qint64 rows = 0;
    for (const auto &[page, loaded] : m_pages)
        rows += loaded.rows.size();
    return rows;
}

const TableRow *PageWindow::row(qint64 row) const
{
    const auto it = m_pages.find(pageOf(row));
    if (it == m_pages.end())
        return nullptr;
    const qint64 at = row - it->first * m_options.pageSize;
    return at < it->second.rows.size() ? &it->second.rows[at] : nullptr;
}

TableRow *PageWindow::row(qint64 row)
{
    return const_cast<TableRow *>(std::as_const(*this).row(row));
}

bool PageWindow::isRowExact(qint64 row) const
{
    const auto it = m_pages.find(pageOf(row));
    if (it == m_pages.end())
        return false;
    switch (it->second.origin) {
    case PageOrigin::Head:
    case PageOrigin::Offset:
        return true;
    case PageOrigin::Tail:
        return m_exact;
    case PageOrigin::Seek:
        return false;
    }
    return false;
}

std::optional<PageRead> PageWindow::plan(qint64 page) const
{
    std::optional<PageRead> read = planFor(page);
    if (read) {
        read->total = m_total;
        markSeam(*read);
    }
    return read;
}

std::optional<PageRead> PageWindow::planFor(qint64 page) const
{
    if (page < 0 || m_total <= 0 || page > lastPage() || isLoaded(page))
        return std::nullopt;
    const int size = m_options.pageSize;
    if (m_options.offsetPaging) {
        PageRead read;
        read.kind = PageRead::Kind::Offset;
        read.page = page;
        read.offset = page * size;
        read.limit = size;
        read.origin = PageOrigin::Offset;
        return read;
    }
    if (page == 0)
        return chainFromHead(0);
    if (const auto anchor = m_anchors.find(page); anchor != m_anchors.end()) {
        PageRead read;
        read.kind = PageRead::Kind::Reread;
        read.page = page;
        read.origin = anchor->second.origin;
        read.backwards = read.origin == PageOrigin::Tail;
        read.anchor = read.backwards ? anchor->second.last : anchor->second.first;
        read.chain = anchor->second.chain;
        read.inclusive = true;
        read.limit = pageLength(page);
        return read;
    }
    if (page <= m_headChainTo)
        return chainFromHead(page);
    if (page >= m_tailChainFrom)
        return chainFromTail(page);
    const auto previous = m_pages.find(page - 1);
    if (page == lastPage())
        return previous != m_pages.end() && previous->second.origin == PageOrigin::Head ? after(page - 1)
                                                                                        : chainFromTail(page);
    if (previous != m_pages.end())
        return after(page - 1);
    if (m_pages.count(page + 1))
        return before(page + 1);
    // A page a few pages from a loaded one is reached by continuing from it (exact, and cheaper than a seek).
    const auto above = m_pages.upper_bound(page);
    if (above != m_pages.end() && above->first - page <= m_options.chainPages)
        return before(above->first);
    if (above != m_pages.begin() && page - std::prev(above)->first <= m_options.chainPages)
        return after(std::prev(above)->first);
    if (lastPage() < m_options.smallTablePages || !m_options.canSeek)
        return page * 2 <= lastPage() ? chainFromHead(page) : chainFromTail(page);
    return seek(page);
}

PageRead PageWindow::chainFromHead(qint64 page) const
{
    for (auto it = m_pages.lower_bound(page); it != m_pages.begin();) {
        --it;
        if (it->second.origin == PageOrigin::Head)
            return after(it->first);
    }
    PageRead read;
    read.kind = PageRead::Kind::Head;
    read.page = 0;
    read.limit = m_options.pageSize;
    read.origin = PageOrigin::Head;
    read.chain = 0;
    return read;
}

PageRead PageWindow::chainFromTail(qint64 page) const
{
    for (auto it = m_pages.upper_bound(page); it != m_pages.end(); ++it) {
        if (it->second.origin == PageOrigin::Tail && it->first > 0)
            return before(it->first);
    }
    PageRead read;
    read.kind = PageRead::Kind::Tail;
    read.page = lastPage();
    read.backwards = true;
    read.limit = pageLength(read.page);
    read.origin = PageOrigin::Tail;
    read.chain = 1;
    return read;
}

PageRead PageWindow::after(qint64 loaded) const
{
    const Page &page = m_pages.at(loaded);
    PageRead read;
    read.kind = PageRead::Kind::After;
    read.page = loaded + 1;
    read.anchor = page.lastAnchor;
    read.limit = m_options.pageSize;
    read.origin = page.origin;
    read.chain = page.chain;
    return read;
}

PageRead PageWindow::before(qint64 loaded) const
{
    const Page &page = m_pages.at(loaded);
    PageRead read;
    read.kind = PageRead::Kind::Before;
    read.page = loaded - 1;
    read.anchor = page.firstAnchor;
    read.backwards = true;
    read.limit = m_options.pageSize;
    read.origin = page.origin;
    read.chain = page.chain;
    return read;
}

PageRead PageWindow::seek(qint64 page) const
{
    const double size = m_options.pageSize;
    PageRead read;
    read.kind = PageRead::Kind::Seek;
    read.page = page;
    read.limit = m_options.pageSize;
    read.origin = PageOrigin::Seek;
    // In the second half, read backwards to the page's end: a forward read there is likelier to run out.
    const double start = double(page) * size / double(m_total);
    read.backwards = start >= 0.5;
    read.fraction = read.backwards ? std::min(1.0, double(page + 1) * size / double(m_total)) : start;
    return read;
}

PageRead PageWindow::placeAt(qint64 page, const QVariantList &anchor, bool rowFirst) const
{
    PageRead read;
    read.kind = PageRead::Kind::Reread;
    read.page = qBound<qint64>(0, page, lastPage());
    read.anchor = anchor;
    read.inclusive = true;
    read.backwards = !rowFirst;
    read.limit = pageLength(read.page);
    read.origin = PageOrigin::Seek;
    read.total = m_total;
    return read;
}

void PageWindow::markSeam(PageRead &read) const
{
    if (read.kind != PageRead::Kind::After && read.kind != PageRead::Kind::Before
        && read.kind != PageRead::Kind::Reread)
        return;
    const auto next = m_pages.find(read.backwards ? read.page - 1 : read.page + 1);
    if (next == m_pages.end() || next->second.chain == read.chain)
        return;
    read.seam = true;
    ++read.limit;
}

PageStore PageWindow::store(const PageRead &read, const QList<TableRow> &rows, const QList<QVariantList> &anchors)
{
    const bool forward = read.kind == PageRead::Kind::Head || read.kind == PageRead::Kind::After
        || read.kind == PageRead::Kind::Offset
        || ((read.kind == PageRead::Kind::Reread || read.kind == PageRead::Kind::Seek) && !read.backwards);
    if (!read.seam)
        return forward ? storeForward(read, rows, anchors) : storeBackward(read, rows, anchors);
    // The extra row is the one beyond the page in the read's direction; the page is stored without it.
    PageRead own = read;
    own.seam = false;
    --own.limit;
    QList<TableRow> ownRows = rows;
    QList<QVariantList> ownAnchors = anchors;
    std::optional<QVariantList> beyond;
    if (rows.size() > own.limit && anchors.size() == rows.size()) {
        beyond = forward ? ownAnchors.takeLast() : ownAnchors.takeFirst();
        forward ? ownRows.removeLast() : ownRows.removeFirst();
    }
    PageStore result = forward ? storeForward(own, ownRows, ownAnchors) : storeBackward(own, ownRows, ownAnchors);
    return result.stored ? joinAtSeam(own, forward, beyond, result) : result;
}

// Two chains whose pages touch (read's page and the next one in its direction): the row beyond the page
// tells whether they are one order. If so, the less certain chain takes the other's placement (a seek's
// pages reached from the head get exact numbers; the tail reached from the head makes the count exact).
// If not, the less certain side's pages next to the seam sit in the wrong place (rows would be skipped or
// shown twice): they are dropped, and read again from the other side when shown.
PageStore PageWindow::joinAtSeam(
    const PageRead &read, bool forward, const std::optional<QVariantList> &beyond, PageStore result)
{
    const qint64 next = forward ? read.page + 1 : read.page - 1;
    const auto here = m_pages.find(read.page);
    const auto there = m_pages.find(next);
    if (here == m_pages.end() || there == m_pages.end() || here->second.chain == there->second.chain)
        return result;
    const Page &mine = here->second;
    const Page &theirs = there->second;
    const bool mineStays = certainty(mine.origin) >= certainty(theirs.origin); // equal: the chain being read
    if (beyond && *beyond == (forward ? theirs.firstAnchor : theirs.lastAnchor)) {
        const bool headMeetsTail = (mine.origin == PageOrigin::Head && theirs.origin == PageOrigin::Tail)
            || (mine.origin == PageOrigin::Tail && theirs.origin == PageOrigin::Head);
        if (headMeetsTail && !m_exact) {
            result.total = m_total; // counted from both ends to the same row: the count is right
            result.exact = true;
        }
        const Page &winner = mineStays ? mine : theirs;
        relabel(mineStays ? theirs.chain : mine.chain, winner.chain, winner.origin, result);
        return result;
    }
    if (forward && !beyond && mine.origin == PageOrigin::Head) {
        result.total = read.page * m_options.pageSize + mine.rows.size(); // the table ends with this page
        result.exact = true;
    }
    if (mineStays) {
        dropRun(next, forward ? 1 : -1, theirs.chain, result);
    } else {
        dropRun(read.page, forward ? -1 : 1, mine.chain, result);
        result.stored = false;
    }
    return result;
}

void PageWindow::relabel(qint64 from, qint64 toChain, PageOrigin toOrigin, PageStore &result)
{
    for (auto &[number, page] : m_pages) {
        if (page.chain == from) {
            page.chain = toChain;
            page.origin = toOrigin;
            noteChanged(number, result);
        }
    }
    for (auto &[number, anchor] : m_anchors) {
        if (anchor.chain == from) {
            anchor.chain = toChain;
            anchor.origin = toOrigin;
        }
    }
}

void PageWindow::dropRun(qint64 start, int step, qint64 chain, PageStore &result)
{
    for (qint64 number = start;; number += step) {
        const auto it = m_pages.find(number);
        if (number == 0 || it == m_pages.end() || it->second.chain != chain)
            return;
        m_pages.erase(it);
        m_anchors.erase(number);
        noteChanged(number, result);
    }
}

void PageWindow::noteChanged(qint64 page, PageStore &result) const
{
    const qint64 first = page * m_options.pageSize;
    const qint64 last = first + m_options.pageSize - 1;
    result.changedFrom = result.changedFrom < 0 ? first : std::min(result.changedFrom, first);
    result.changedTo = std::max(result.changedTo, last);
}

PageStore PageWindow::storeForward(
    const PageRead &read, const QList<TableRow> &rows, const QList<QVariantList> &anchors)
{
    PageStore result;
    const qint64 size = m_options.pageSize;
    const int count = int(rows.size());
    if (read.origin == PageOrigin::Head || read.origin == PageOrigin::Offset) {
        if (count < read.limit) {
            // The table ends here: now its size is known.
            result.total = read.page * size + count;
            result.exact = true;
        } else if (read.limit == size
            && ((read.page + 1) * size > m_total || ((read.page + 1) * size == m_total && !m_exact))) {
            // A full page where the count said the table ends: more rows than counted.
            result.total = (read.page + 2) * size;
        }
        if (count > 0) {
            put(read, rows, anchors, count);
            result.stored = true;
        }
        return result;
    }
    const int need = pageLength(read.page);
    if (count < need || need == 0) {
        // An estimated position ran into the end: the pages from here on are walked back from the tail.
        m_tailChainFrom = std::min(m_tailChainFrom, read.page);
        m_anchors.erase(read.page);
        return result;
    }
    put(read, rows, anchors, need);
    result.stored = true;
    return result;
}

PageStore PageWindow::storeBackward(
    const PageRead &read, const QList<TableRow> &rows, const QList<QVariantList> &anchors)
{
    PageStore result;
    const int count = int(rows.size());
    if (count < read.limit) {
        if (read.kind == PageRead::Kind::Tail) {
            result.total = count; // fewer rows in the whole table than its last page was to hold
            result.exact = true;
            result.dropAll = true;
        } else if (read.origin == PageOrigin::Tail) {
            // Walking back from the end reached the first row: the count is the rows from here to the end.
            result.total = count + (m_total - read.page * m_options.pageSize - pageLength(read.page));
            result.exact = true;
            result.dropAll = true;
        } else if (read.origin == PageOrigin::Seek) {
            m_headChainTo = std::max(m_headChainTo, read.page);
            m_anchors.erase(read.page);
        } else {
            result.dropAll = true; // rows before a head page vanished: the table changed, read it again
        }
        return result;
    }
    // Rows come in the table's order; a backward read's page is made of its last rows.
    QList<TableRow> last = rows.mid(count - read.limit);
    put(read, last, anchors.mid(count - read.limit), int(last.size()));
    result.stored = true;
    return result;
}

void PageWindow::put(const PageRead &read, const QList<TableRow> &rows, const QList<QVariantList> &anchors, int count)
{
    Page page;
    page.rows = rows.mid(0, count);
    page.firstAnchor = anchors.value(0);
    page.lastAnchor = anchors.value(count - 1);
    page.origin = read.origin;
    if (read.origin == PageOrigin::Seek)
        page.chain = read.chain >= 0 ? read.chain : m_nextChain++;
    else
        page.chain = read.origin == PageOrigin::Tail ? 1 : 0; // however it was reached
    m_pages[read.page] = std::move(page);
    m_anchors.erase(read.page);
}

QList<qint64> PageWindow::evict(qint64 focusPage)
{
    QList<qint64> dropped;
    // The first page stays: Home is instant, and it is what anything asking for "the first row" reads. So
    // does the pinned one.
    const auto kept = [this](qint64 page) {
        return page == 0 || page == m_pinnedPage;
    };
    while (int(m_pages.size()) > std::max(2, m_options.maxPages)) {
        // The furthest page is at one of the two ends of the ordered map, kept pages aside.
        auto first = m_pages.begin();
        while (first != m_pages.end() && kept(first->first))
            ++first;
        if (first == m_pages.end())
            break;
        auto last = std::prev(m_pages.end());
        while (kept(last->first)) // stops at first at the latest
            --last;
        auto victim = std::abs(first->first - focusPage) >= std::abs(last->first - focusPage) ? first : last;
        m_anchors[victim->first] = Anchor {
            victim->second.firstAnchor, victim->second.lastAnchor, victim->second.origin, victim->second.chain};
        dropped << victim->first;
        m_pages.erase(victim);
    }
    forgetAnchorsFarFrom(focusPage);
    return dropped;
}

void PageWindow::forgetAnchorsFarFrom(qint64 focusPage)
{
    while (int(m_anchors.size()) > std::max(0, m_options.maxAnchors)) {
        auto first = m_anchors.begin();
        auto last = std::prev(m_anchors.end());
        m_anchors.erase(std::abs(first->first - focusPage) >= std::abs(last->first - focusPage) ? first : last);
    }
}
