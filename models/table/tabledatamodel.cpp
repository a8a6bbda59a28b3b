#include "tabledatamodel.h"

#include "common/whenfinished.h"
#include "connection/session.h"
#include "connection/writelock.h"
#include "pgstatement.h"

#include <QCoreApplication>

// One page as read on the worker thread, with the foreign-key names its rows need.
struct PageResult
{
    quint64 generation = 0;
    QList<QVariantList> rows;
    Error error;
    QHash<int, QHash<QString, QString>> foreignNames;
};

namespace {

Error readError(const Error &server)
{
    Error error = server;
    error.what = QCoreApplication::translate("TableDataModel", "Reading the table");
    error.why = ConstraintMessage::forRead(server);
    error.detail = server.detail;
    return error;
}

// Worker-thread half of a page: the keyset query, then one lookup per foreign key for the keys not cached.
PageResult readPage(const PgConnection &conn, const TableQuery &query, const BoundSql &sql,
    const QList<ForeignDisplay> &foreign, const QHash<int, QSet<QString>> &known)
{
    PageResult page;
    PgResult result = conn.exec(sql.sql, sql.binds);
    if (!result.ok()) {
        page.error = readError(result.error);
        return page;
    }
    page.rows = std::move(result.rows);
    for (const ForeignDisplay &display : foreign) {
        QSet<QString> keys;
        for (const QVariantList &row : std::as_const(page.rows)) {
            const QVariant value = row.value(query.valueIndex(display.column));
            if (!value.isNull() && !known.value(display.column).contains(value.toString()))
                keys.insert(value.toString());
        }
        page.foreignNames.insert(display.column, display.lookup(conn, QStringList(keys.begin(), keys.end())));
    }
    return page;
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
        m_moreAfter = false;
        return;
    }
    m_query = TableQuery(*table);
    m_foreign = ForeignDisplay::forTable(*m_catalog, m_query);
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

void TableDataModel::reload()
{
    resetWindow(false);
    fetchMore({});
}

void TableDataModel::jumpToEnd()
{
    if (!m_valid || m_saving)
        return;
    resetWindow(true);
    requestPage(true);
}

// Empties the model for a new window at the start (head) or at the end (tail) of the ordered table; late
// pages of the old window are dropped by the generation check.
void TableDataModel::resetWindow(bool tail)
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_tailMode = tail;
    m_moreAfter = !tail && m_valid;
    m_moreBefore = tail;
    m_headAnchor.clear();
    m_tailAnchor.clear();
    m_readCount = 0;
    m_fetching = false;
    endResetModel();
}

bool TableDataModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreAfter && !m_tailMode;
}

void TableDataModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(false);
}

bool TableDataModel::canFetchPrevious() const
{
    return m_tailMode && m_moreBefore;
}

void TableDataModel::fetchPrevious()
{
    if (canFetchPrevious())
        requestPage(true);
}

void TableDataModel::requestPage(bool backwards)
{
    if (m_fetching || m_saving || !m_session)
        return;
    m_fetching = true;
    QVariantList anchor = backwards ? m_tailAnchor : m_headAnchor;
    if (m_query.keyWidth() == 0 && m_readCount > 0)
        anchor = {m_readCount};
    const BoundSql sql = m_query.page(anchor, backwards, m_pageSize);
    QHash<int, QSet<QString>> known;
    for (auto it = m_foreignNames.cbegin(); it != m_foreignNames.cend(); ++it)
        known.insert(it.key(), QSet<QString>(it->keyBegin(), it->keyEnd()));
    const quint64 generation = m_generation;
    whenFinished(m_session->call([query = m_query, sql, foreign = m_foreign, known, generation](PgConnection &conn) {
        PageResult page = readPage(conn, query, sql, foreign, known);
        page.generation = generation;
        return page;
    }),
        this, [this, backwards](const PageResult &page) { applyPage(page, backwards); });
}

void TableDataModel::applyPage(const PageResult &page, bool backwards)
{
    if (page.generation != m_generation)
        return; // a page of a query that was replaced meanwhile (sort, filter, reload)
    m_fetching = false;
    if (page.error) {
        m_moreAfter = m_moreBefore = false; // a view asking again would only repeat the error
        Q_EMIT loadFailed(page.error);
        return;
    }
    for (auto it = page.foreignNames.cbegin(); it != page.foreignNames.cend(); ++it)
        m_foreignNames[it.key()].insert(*it);
    QList<TableRow> rows;
    rows.reserve(page.rows.size());
    for (const QVariantList &row : page.rows)
        rows << TableRow::fromResult(m_query, row);
    const bool more = page.rows.size() == m_pageSize;
    m_readCount += page.rows.size();
    if (backwards) {
        m_moreBefore = more;
        if (!page.rows.isEmpty())
            m_tailAnchor = m_query.anchorOf(page.rows.last());
        std::reverse(rows.begin(), rows.end());
    } else {
        m_moreAfter = more;
        if (!page.rows.isEmpty())
            m_headAnchor = m_query.anchorOf(page.rows.last());
    }
    if (rows.isEmpty())
        return Q_EMIT pageLoaded(backwards ? 0 : int(m_rows.size()), 0);
    const int first = backwards ? 0 : int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    if (backwards)
        m_rows = rows + m_rows;
    else
        m_rows += rows;
    endInsertRows();
    Q_EMIT pageLoaded(first, int(rows.size()));
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
        [this](const PgResult &result) {
            if (!result.ok())
                return Q_EMIT loadFailed(readError(result.error));
            Q_EMIT exactCountReady(result.rows.value(0).value(0).toLongLong());
        });
}

void TableDataModel::fetchFullValue(int row, int column)
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_query.columnCount() || !m_session)
        return;
    const TableRow &current = m_rows[row];
    if (current.key.isEmpty() || !current.truncated.value(column)) {
        Q_EMIT fullValueReady(row, column, current.values.value(column));
        return;
    }
    const QVariantList key = current.key;
    const BoundSql sql = m_query.fullValue(column, key);
    const quint64 generation = m_generation;
    whenFinished(m_session->call([sql](PgConnection &conn) { return conn.exec(sql.sql, sql.binds); }), this,
        [this, key, column, generation](const PgResult &result) {
            const int at = generation == m_generation ? rowWithKey(key) : -1;
            if (!result.ok() || at < 0) {
                if (!result.ok())
                    Q_EMIT loadFailed(readError(result.error));
                return;
            }
            const QVariant value = result.rows.value(0).value(0);
            TableRow &target = m_rows[at];
            // A bytea stays shown as its size; text now holds its whole value and may be edited.
            if (!m_query.isBinary(column) && !target.changed.contains(column)) {
                target.values[column] = target.original[column] = value;
                target.truncated[column] = false;
                emitRowChanged(at);
            }
            Q_EMIT fullValueReady(at, column, value);
        });
}

int TableDataModel::rowWithKey(const QVariantList &key) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].key == key)
            return r;
    }
    return -1;
}

void TableDataModel::setMasked(int column, bool masked)
{
    if (masked)
        m_masked.insert(column);
    else
        m_masked.remove(column);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

int TableDataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableDataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_query.columnCount();
}

QVariant TableDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_query.columnCount()) {
        if (role == Qt::DisplayRole)
            return m_query.columnName(section);
        if (role == ColumnTypeRole || role == Qt::ToolTipRole)
            return m_query.table().columns[section].type;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString TableDataModel::displayText(const TableRow &row, int column) const
{
    const QVariant value = row.values.value(column);
    if (value.isNull()) {
        // An inserted row's untouched column with a default is filled by the server on save.
        if (row.state == RowState::Inserted && !row.changed.contains(column)
            && !m_query.table().columns[column].defaultValue.isEmpty())
            return tr("DEFAULT");
        return QStringLiteral("NULL");
    }
    if (m_masked.contains(column))
        return QStringLiteral("••••••••");
    if (m_query.isBinary(column) && row.truncated.value(column))
        return tr("<%1 bytes>").arg(value.toString());
    return value.toString();
}

QVariant TableDataModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const TableRow &row = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::EditRole:
        return row.values.value(column);
    case IsNullRole:
        return row.values.value(column).isNull();
    case ForeignDisplayRole: {
        const QVariant value = row.values.value(column);
        const auto names = m_foreignNames.constFind(column);
        if (value.isNull() || names == m_foreignNames.cend() || !names->contains(value.toString()))
            return {};
        return names->value(value.toString());
    }
    case IsTruncatedRole:
        return row.truncated.value(column);
    case RowStateRole:
        return int(row.state);
    case ColumnTypeRole:
        return m_query.table().columns[column].type;
    case IsMaskedRole:
        return m_masked.contains(column);
    case ErrorRole:
    case Qt::ToolTipRole:
        return row.error.isEmpty() ? QVariant() : QVariant(row.error);
    default:
        return {};
    }
}

QHash<int, QByteArray> TableDataModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IsNullRole, "isNull");
    names.insert(ForeignDisplayRole, "foreignDisplay");
    names.insert(IsTruncatedRole, "isTruncated");
    names.insert(RowStateRole, "rowState");
    names.insert(ColumnTypeRole, "columnType");
    names.insert(IsMaskedRole, "isMasked");
    names.insert(ErrorRole, "error");
    return names;
}

void TableDataModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}
