// The "go to key" path of TableDataModel: find a row by its key and say where it is in the order.
#include "tabledatamodel.h"

#include "common/whenfinished.h"
#include "connection/session.h"
#include "pagereader.h"

// What goToKey() learns on the worker thread: the row (or that there is none) and where it lies.
struct KeyLookup
{
    quint64 generation = 0;
    QVariantList key;
    QVariantList anchor;
    bool found = false;
    Error error;
    qint64 rank = -1; // rows before it, when counted
    std::optional<qint64> total; // and all rows, when the count was an estimate
    double fraction = -1; // where the statistics put it, when estimated
    std::optional<SeekEstimate> seek;
};

void TableDataModel::goToKey(const QVariantList &key)
{
    if (!m_valid || !m_session || key.size() != m_query.keyWidth())
        return Q_EMIT keyNotFound(tr("Give one value for each key column (%1).").arg(m_query.keyWidth()));
    if (const int row = rowWithKey(key); row >= 0)
        return Q_EMIT keyFound(row);
    // Counting the rows before it is exact and cheap on a small table; a big one is placed by estimate.
    const bool count = m_window.lastPage() < m_window.options().smallTablePages || !m_window.options().canSeek
        || m_window.options().offsetPaging || m_query.seekColumn() < 0;
    whenFinished(m_session->call([query = m_query, key, count, seek = m_seek, generation = m_generation,
                                     exact = m_window.isExact(), rows = m_window.total()](PgConnection &conn) {
        KeyLookup lookup;
        lookup.generation = generation;
        const BoundSql find = query.findRow(key);
        const PgResult row = conn.exec(find.sql, find.binds);
        if (!row.ok() || row.rows.isEmpty()) {
            lookup.error = row.ok() ? Error {} : PageReader::readError(row.error);
            return lookup;
        }
        lookup.found = true;
        lookup.key = query.keyOf(row.rows.first());
        lookup.anchor = query.anchorOf(row.rows.first());
        if (!count) {
            std::optional<SeekEstimate> stats = seek;
            if (!stats) {
                int statements = 0;
                stats = lookup.seek = PageReader::statistics(conn, query, rows, &statements);
            }
            if (stats->isValid()) {
                lookup.fraction = stats->fractionOf(row.rows.first().value(query.valueIndex(query.seekColumn())),
                    query.sortOrder() == Qt::DescendingOrder);
                return lookup;
            }
        }
        const BoundSql before = query.countBefore(lookup.anchor);
        lookup.rank = conn.exec(before.sql, before.binds).rows.value(0).value(0).toLongLong();
        if (!exact) { // an exact number needs an exact end: rows near it are counted back from there
            const BoundSql all = query.count();
            lookup.total = conn.exec(all.sql, all.binds).rows.value(0).value(0).toLongLong();
        }
        return lookup;
    }),
        this, [this](const KeyLookup &lookup) { applyKey(lookup); });
}

void TableDataModel::applyKey(const KeyLookup &lookup)
{
    if (lookup.generation != m_generation)
        return;
    if (lookup.error)
        return Q_EMIT loadFailed(lookup.error);
    if (!lookup.found)
        return Q_EMIT keyNotFound(tr("No row has this key under the current filters."));
    if (lookup.seek)
        takeStatistics(*lookup.seek);
    if (const int row = rowWithKey(lookup.key); row >= 0)
        return Q_EMIT keyFound(row);
    if (lookup.total)
        applyTotal(*lookup.total, true);
    if (lookup.rank >= 0) { // its exact number: the view scrolls there and reads the page as usual
        const int row = int(qMin<qint64>(lookup.rank, serverRowCount() - 1));
        fetchRows(row, row);
        return Q_EMIT keyFound(row);
    }
    // Its page, read from the row itself: first on the page in the first half of the table, last in the second.
    const qint64 page = qBound<qint64>(
        1, qint64(lookup.fraction * double(m_window.total())) / pageSize(), qMax<qint64>(1, m_window.lastPage() - 1));
    m_pendingKey = lookup.key;
    m_placement = m_window.placeAt(page, lookup.anchor, lookup.fraction < 0.5);
    m_placement->placesKey = true;
    pump();
}
