#include "tabledatamodel.h"

#include "common/whenfinished.h"
#include "connection/session.h"
#include "connection/writelock.h"
#include "pagereader.h"
#include "pgstatement.h"

#include <climits>

namespace {

Error readError(const Error &server)
{
    return PageReader::readError(server);
}

} // namespace

TableDataModel::TableDataModel(
    Session *session, std::shared_ptr<const CatalogSnapshot> catalog, const QString &qualifiedTable, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_writeLock(new WriteLock(session && session->profile().isProduction(), this))
    , m_catalog(catalog ? std::move(catalog) : std::make_shared<CatalogSnapshot>())
    , m_query(TableInfo {})
{
    const TableInfo *table = m_catalog->findTable(qualifiedTable);
    m_valid = table != nullptr;
    if (!table) {
        m_readOnlyReason = tr("The table %1 is not in the schema catalog.").arg(qualifiedTable);
        return;
    }
    m_query = TableQuery(*table);
    m_foreign = ForeignDisplay::forTable(*m_catalog, m_query);
    for (int i = 0; i < m_foreign.size(); ++i)
        m_foreignOfColumn.insert(m_foreign[i].column, i);
    for (int c = 0; c < m_query.columnCount(); ++c) {
        if (isSensitiveColumnName(m_query.columnName(c)))
            m_masked.insert(c);
    }
    if (table->kind != TableInfo::Kind::Table && table->kind != TableInfo::Kind::PartitionedTable)
        m_readOnlyReason = tr("%1 is a view or foreign table; only tables can be edited here.").arg(table->name);
    else if (m_query.keyColumns().isEmpty())
        m_readOnlyReason = tr("%1 has no primary key (nor a unique key on NOT NULL columns), so a changed row "
                              "could not be told apart from its twins. It can be read, not edited.")
                               .arg(table->name);
    // A standby refuses every write whatever the profile; say so before anyone edits.
    if (session && session->isConnected() && session->serverInfo().inRecovery) {
        m_writeLock->setStandby(true);
        if (m_readOnlyReason.isEmpty())
            m_readOnlyReason = tr("The server is a standby (a read-only replica in recovery): connect to the "
                                  "primary to edit %1.")
                                   .arg(table->name);
    }
    reload();
}

TableDataModel::~TableDataModel() = default;

// Starts over at the first row: one read, the first page (with the planner's estimate first when filters
// are set or the catalog has none). Pending edits stay: they are kept by key, apart from the pages.
void TableDataModel::reload()
{
    beginResetModel();
    ++m_generation;
    PageWindow::Options options = m_window.options();
    options.canSeek = m_query.canSeek();
    options.offsetPaging = m_query.keyWidth() == 0;
    m_window.setOptions(options);
    m_window.reset(0, false);
    m_estimate = m_query.table().estimatedRows;
    m_seek.reset();
    m_wanted.clear();
    m_placement.reset();
    m_pendingKey.clear();
    m_fetching = m_failed = false;
    m_readStatements = 0;
    // Rows inserted and saved here are in the table now: read again, they show in their place.
    if (!m_saving) // a save under way refers to the inserted rows by their place
        m_inserted.removeIf([](const TableRow &row) { return row.state != RowState::Inserted; });
    endResetModel();
    if (!m_valid || !m_session)
        return;
    PageRead first;
    first.limit = pageSize();
    first.origin = options.offsetPaging ? PageOrigin::Offset : PageOrigin::Head;
    first.kind = options.offsetPaging ? PageRead::Kind::Offset : PageRead::Kind::Head;
    startRead(first);
}

void TableDataModel::setPageSize(int rows)
{
    PageWindow::Options options = m_window.options();
    options.pageSize = qMax(1, rows);
    m_window.setOptions(options);
    reload();
}

void TableDataModel::setWindowPages(int pages)
{
    PageWindow::Options options = m_window.options();
    options.maxPages = qMax(2, pages);
    m_window.setOptions(options);
    m_window.evict(m_focusPage);
}

void TableDataModel::keepRowLoaded(int row)
{
    const bool inPages = row >= 0 && row < serverRowCount();
    m_window.setPinnedPage(inPages ? m_window.pageOf(row) : -1);
    if (inPages && !isRowLoaded(row))
        fetchRows(row, row);
}

void TableDataModel::fetchRows(int first, int last)
{
    for (qint64 page = m_window.pageOf(qMax(0, first)); page <= m_window.pageOf(qMax(0, last)); ++page)
        want(page);
}

void TableDataModel::want(qint64 page) const
{
    if (!m_valid || m_failed || page < 0 || page > m_window.lastPage() || m_window.isLoaded(page))
        return;
    m_focusPage = page;
    m_wanted.insert(page);
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(const_cast<TableDataModel *>(this), &TableDataModel::pump, Qt::QueuedConnection);
    }
}

// Reads the wanted page nearest to where the view is; pages the view has long left are forgotten.
void TableDataModel::pump()
{
    m_pumpQueued = false;
    if (m_placement && !m_fetching && !m_saving && !m_failed && m_session)
        return startRead(*std::exchange(m_placement, std::nullopt));
    while (!m_fetching && !m_saving && !m_failed && m_session && !m_wanted.isEmpty()) {
        const qint64 reach = qMax(8, m_window.options().maxPages);
        qint64 target = -1;
        for (auto it = m_wanted.begin(); it != m_wanted.end();) {
            if (m_window.isLoaded(*it) || *it > m_window.lastPage() || qAbs(*it - m_focusPage) > reach) {
                it = m_wanted.erase(it);
                continue;
            }
            if (target < 0 || qAbs(*it - m_focusPage) < qAbs(target - m_focusPage))
                target = *it;
            ++it;
        }
        if (target < 0)
            return;
        if (const std::optional<PageRead> read = m_window.plan(target))
            return startRead(*read);
        m_wanted.remove(target);
    }
}

void TableDataModel::startRead(const PageRead &read)
{
    m_fetching = true;
    const bool needEstimate = read.kind == PageRead::Kind::Head || read.kind == PageRead::Kind::Offset
        ? m_window.total() == 0 && (m_query.hasConditions() || m_estimate < 0 || m_query.table().isView())
        : false;
    whenFinished(m_session->call([query = m_query, foreign = m_foreign, read, seek = m_seek, needEstimate,
                                     generation = m_generation](PgConnection &conn) {
        PageResult page = PageReader::read(conn, query, foreign, read, seek, needEstimate);
        page.generation = generation;
        return page;
    }),
        this, [this](const PageResult &page) { applyPage(page); });
}

void TableDataModel::applyPage(const PageResult &page)
{
    if (page.generation != m_generation)
        return; // a page of a query that was replaced meanwhile (sort, filter, reload)
    m_fetching = false;
    m_readStatements += page.statements;
    if (page.error) {
        m_failed = true;
        m_wanted.clear();
        Q_EMIT loadFailed(page.error);
        return;
    }
    if (page.estimate)
        m_estimate = *page.estimate;
    if (page.seek)
        takeStatistics(*page.seek);
    const PageRead &read = page.read;
    if (page.counted && !m_window.isExact()) // the sample counted the filtered rows better than the planner
        applyTotal(page.counted->rows, page.counted->exact);
    if (read.kind == PageRead::Kind::Seek && (page.counted || (m_seek && !m_seek->isValid())))
        return pump(); // nothing was read: the page is planned again for the count, or walked to from an end
    if (read.total != m_window.total() && read.page > 0) {
        // Planned for another row count (a count or an end arrived meanwhile): its place is no longer known.
        m_pendingKey = read.placesKey ? QVariantList() : m_pendingKey;
        return pump();
    }
    QList<TableRow> rows;
    QList<QVariantList> anchors;
    rows.reserve(page.rows.size());
    anchors.reserve(page.rows.size());
    const int firstName = ForeignDisplay::nameIndex(m_query, 0);
    for (const QVariantList &result : page.rows) {
        TableRow row = TableRow::fromResult(m_query, result);
        for (int i = 0; i < m_foreign.size(); ++i)
            row.foreignNames << result.value(firstName + i).toString();
        if (const auto edit = m_edits.constFind(keyText(row.key)); edit != m_edits.cend())
            row = *edit; // an edit made before its page was dropped, or before a reload
        rows << row;
        anchors << m_query.anchorOf(result);
    }
    if (read.backwards) {
        std::reverse(rows.begin(), rows.end());
        std::reverse(anchors.begin(), anchors.end());
    }
    if (m_window.total() == 0 && !m_window.isExact() && read.page == 0)
        applyTotal(qMax<qint64>(m_estimate, rows.size()), false); // the first page: the estimate until counted
    const PageStore stored = m_window.store(read, rows, anchors);
    if (stored.dropAll) {
        m_window.dropAll();
        emitRowsChanged(0, m_window.total() - 1);
    }
    if (stored.total)
        applyTotal(*stored.total, stored.exact);
    if (stored.changedFrom >= 0) // chains met: pages joined (numbers may be exact now) or dropped (read again)
        emitRowsChanged(stored.changedFrom, stored.changedTo, true);
    const qint64 first = read.page * pageSize();
    if (stored.stored) {
        emitRowsChanged(first, first + m_window.pageLength(read.page) - 1);
        forgetSavedInsertsIn(rows);
        // Around the page just read: other callers of data() (a detail panel, a tester) may have moved the focus.
        // A dropped page's rows are unchanged, only not in memory: no dataChanged, which would make views and
        // proxies ask for them again at once.
        m_window.evict(read.page);
    }
    Q_EMIT pageLoaded(int(qMin<qint64>(first, INT_MAX)), stored.stored ? m_window.pageLength(read.page) : 0);
    if (read.placesKey && !m_pendingKey.isEmpty()) {
        const int row = rowWithKey(std::exchange(m_pendingKey, {}));
        if (row >= 0)
            Q_EMIT keyFound(row);
        else
            Q_EMIT keyNotFound(tr("The row could not be placed; filter by its key to see it."));
    }
    pump();
}

void TableDataModel::takeStatistics(const SeekEstimate &seek)
{
    m_seek = seek;
    if (!seek.isValid()) { // none (never analyzed, or too few distinct values): walk from the ends instead
        PageWindow::Options options = m_window.options();
        options.canSeek = false;
        m_window.setOptions(options);
    }
}

// A row inserted and saved here stays at the end until its page is read: then it is shown in its place only.
void TableDataModel::forgetSavedInsertsIn(const QList<TableRow> &rows)
{
    if (m_saving)
        return; // a save under way refers to the inserted rows by their place
    int found = 0;
    for (int i = int(m_inserted.size()) - 1; i >= 0; --i) {
        const TableRow &saved = m_inserted[i];
        if (saved.state == RowState::Inserted)
            continue;
        if (std::none_of(rows.cbegin(), rows.cend(), [&](const TableRow &row) { return row.key == saved.key; }))
            continue;
        const int at = serverRowCount() + i;
        beginRemoveRows({}, at, at);
        m_inserted.removeAt(i);
        endRemoveRows();
        ++found;
    }
    if (found > 0 && m_window.isExact()) // counted before it was saved
        applyTotal(m_window.total() + found, true);
}

// The table's row count changed (estimate, exact count, a read that found the end): rows appear or go at
// the end of the table's rows, before the inserted ones.
void TableDataModel::applyTotal(qint64 total, bool exact)
{
    const qint64 cap = qint64(INT_MAX) - 1 - m_inserted.size();
    const int before = int(qMin(m_window.total(), cap));
    const int after = int(qMin(qMax<qint64>(0, total), cap));
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_window.setTotal(total, exact);
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_window.setTotal(total, exact);
        endRemoveRows();
    } else {
        m_window.setTotal(total, exact);
    }
    if (after > 0) {
        emitRowsChanged(qMax(0, after - pageSize()), after - 1);
        Q_EMIT headerDataChanged(Qt::Vertical, 0, after - 1);
    }
}

void TableDataModel::emitRowsChanged(qint64 first, qint64 last, bool numbers)
{
    const qint64 rows = rowCount();
    const int from = int(std::clamp<qint64>(first, 0, rows));
    const int to = int(std::clamp<qint64>(last, -1, rows - 1));
    if (from > to || columnCount() == 0)
        return;
    Q_EMIT dataChanged(index(from, 0), index(to, columnCount() - 1));
    // Row numbers change only where rows are placed by an estimate ("≈"); a header shows plain numbers
    // otherwise, loaded or not.
    if (numbers || !m_window.isRowExact(from) || !m_window.isRowExact(to))
        Q_EMIT headerDataChanged(Qt::Vertical, from, to);
}

void TableDataModel::sort(int column, Qt::SortOrder order)
{
    m_query.setSort(column, order);
    reload();
}

void TableDataModel::setFilters(const QList<ColumnFilter> &filters)
{
    m_query.setFilters(filters);
    reload();
}

void TableDataModel::setWhereClause(const QString &text)
{
    m_query.setWhereClause(text);
    reload();
}

void TableDataModel::setFullTextSearch(int column, const QString &text)
{
    m_query.setFullTextSearch(column, text);
    reload();
}

void TableDataModel::requestExactCount()
{
    if (!m_valid || !m_session)
        return;
    const BoundSql sql = m_query.count();
    whenFinished(m_session->call([sql](PgConnection &conn) { return conn.exec(sql.sql, sql.binds); }), this,
        [this, generation = m_generation](const PgResult &result) {
            if (generation != m_generation)
                return; // counted for filters that have changed since
            if (!result.ok())
                return Q_EMIT loadFailed(readError(result.error));
            const qint64 count = result.rows.value(0).value(0).toLongLong();
            applyTotal(count, true);
            Q_EMIT exactCountReady(count);
        });
}

void TableDataModel::fetchFullValue(int row, int column)
{
    const TableRow *current = rowAt(row);
    if (!current || column < 0 || column >= m_query.columnCount() || !m_session)
        return;
    if (current->key.isEmpty() || !current->truncated.value(column)) {
        Q_EMIT fullValueReady(row, column, current->values.value(column));
        return;
    }
    const QVariantList key = current->key;
    const BoundSql sql = m_query.fullValue(column, key);
    whenFinished(m_session->call([sql](PgConnection &conn) { return conn.exec(sql.sql, sql.binds); }), this,
        [this, key, column](const PgResult &result) {
            if (!result.ok())
                return Q_EMIT loadFailed(readError(result.error));
            const int at = rowWithKey(key); // the row may have moved, or its page been dropped, meanwhile
            if (at < 0)
                return;
            const QVariant value = result.rows.value(0).value(0);
            TableRow &target = *rowAt(at);
            // A bytea stays shown as its size; text now holds its whole value and may be edited.
            if (!m_query.isBinary(column) && !target.changed.contains(column)) {
                target.values[column] = target.original[column] = value;
                target.truncated[column] = false;
                noteEdit(target);
                emitRowChanged(at);
            }
            Q_EMIT fullValueReady(at, column, value);
        });
}
