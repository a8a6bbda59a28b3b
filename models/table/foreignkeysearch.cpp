#include "foreignkeysearch.h"

#include "common/whenfinished.h"
#include "connection/session.h"
#include "foreigndisplay.h"
#include "pgstatement.h"
#include "tablequery.h"

namespace {

constexpr int debounceMs = 150;

bool isTextType(const QString &type)
{
    return type == QLatin1String("text") || type.startsWith(QLatin1String("character"))
        || type == QLatin1String("citext") || type == QLatin1String("name");
}

// Name-like columns first (what people recognise a row by), then the other text columns in table order;
// never the key itself and never a secret, at most two.
QStringList displayColumnsOf(const TableInfo &table, const QString &keyColumn)
{
    QStringList candidates;
    for (const char *preferred : {"username", "name", "title", "label", "display_name", "login"}) {
        if (table.column(QLatin1String(preferred)))
            candidates << QLatin1String(preferred);
    }
    for (const ColumnInfo &column : table.columns)
        candidates << column.name;
    QStringList chosen;
    for (const QString &name : std::as_const(candidates)) {
        const ColumnInfo *column = table.column(name);
        if (chosen.size() == 2 || !column || chosen.contains(name) || name == keyColumn)
            continue;
        if (isTextType(column->type) && !isSensitiveColumnName(name))
            chosen << name;
    }
    return chosen;
}

// The foreign key made of exactly this column, if any.
const ConstraintInfo *singleColumnKey(const TableInfo &table, int column, QList<ConstraintInfo> &storage)
{
    if (column < 0 || column >= table.columns.size())
        return nullptr;
    storage = table.foreignKeys();
    for (const ConstraintInfo &fk : std::as_const(storage)) {
        if (fk.columns == QStringList {table.columns.at(column).name} && fk.referencedColumns.size() == 1)
            return &fk;
    }
    return nullptr;
}

const TableInfo *referencedTableOf(const CatalogSnapshot &catalog, const ConstraintInfo &fk)
{
    return catalog.findTable(fk.referencedSchema + QLatin1Char('.') + fk.referencedTable);
}

// ILIKE's pattern characters (and its escape character) taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

ForeignKeySearch::ForeignKeySearch(Session *session, std::shared_ptr<const CatalogSnapshot> catalog,
    const QString &qualifiedTable, int fkColumnIndex, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_catalog(std::move(catalog))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ForeignKeySearch::searchNow);
    const TableInfo *table = m_catalog ? m_catalog->findTable(qualifiedTable) : nullptr;
    QList<ConstraintInfo> keys;
    const ConstraintInfo *fk = table ? singleColumnKey(*table, fkColumnIndex, keys) : nullptr;
    const TableInfo *referenced = fk ? referencedTableOf(*m_catalog, *fk) : nullptr;
    if (!referenced)
        return;
    m_schemaName = referenced->schema;
    m_tableName = referenced->name;
    m_table = PgStatement::quoteIdentifier(m_schemaName) + QLatin1Char('.') + PgStatement::quoteIdentifier(m_tableName);
    m_keyColumn = fk->referencedColumns.first();
    m_displayColumns = displayColumnsOf(*referenced, m_keyColumn);
    m_debounce.start(); // the first rows, as an empty search lists them
}

ForeignKeySearch::~ForeignKeySearch() = default;

bool ForeignKeySearch::isSupported(const CatalogSnapshot &catalog, const QString &qualifiedTable, int fkColumnIndex)
{
    const TableInfo *table = catalog.findTable(qualifiedTable);
    QList<ConstraintInfo> keys;
    const ConstraintInfo *fk = table ? singleColumnKey(*table, fkColumnIndex, keys) : nullptr;
    return fk && referencedTableOf(catalog, *fk);
}

QString ForeignKeySearch::referencedTable() const
{
    return isValid() ? m_schemaName + QLatin1Char('.') + m_tableName : QString();
}

void ForeignKeySearch::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    m_debounce.start();
}

void ForeignKeySearch::searchNow()
{
    m_debounce.stop();
    if (!isValid())
        return;
    ++m_generation; // whatever is still on its way belongs to an older search
    m_fetching = false;
    m_more = false;
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    requestPage();
}

void ForeignKeySearch::requestPage()
{
    if (m_fetching || !m_session)
        return;
    m_fetching = true;
    QVariantList binds;
    const QString sql = pageSql(binds);
    const quint64 generation = m_generation;
    whenFinished(m_session->call([sql, binds](PgConnection &conn) { return conn.exec(sql, binds); }), this,
        [this, generation](const PgResult &result) { applyPage(result, generation); });
}

void ForeignKeySearch::applyPage(const PgResult &result, quint64 generation)
{
    if (generation != m_generation)
        return; // an answer to a search the user has typed past
    if (!result.ok()) {
        m_fetching = false;
        m_more = false; // a view asking again would only repeat the error
        Error error = result.error;
        error.what = tr("Searching %1").arg(referencedTable());
        Q_EMIT failed(error);
        return;
    }
    // One row more than a page was asked for: its presence says whether there is more.
    QList<QVariantList> rows = result.rows;
    m_more = rows.size() > m_pageSize;
    if (m_more)
        rows.removeLast();
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        for (const QVariantList &row : std::as_const(rows))
            m_rows << matchFromRow(row);
        endInsertRows();
    }
    // Only now: a view (or the model tester) may ask for more inside the insertion signals, and the next page
    // must start after the rows just added.
    m_fetching = false;
    Q_EMIT searchFinished(int(m_rows.size()));
}

QString ForeignKeySearch::pageSql(QVariantList &binds) const
{
    const QString key = PgStatement::quoteIdentifier(m_keyColumn);
    QStringList select {key + QLatin1String("::text")};
    for (const QString &column : m_displayColumns)
        select << PgStatement::quoteIdentifier(column) + QLatin1String("::text");
    QStringList conditions;
    if (!m_text.isEmpty())
        conditions << matchCondition(binds);
    if (!m_rows.isEmpty())
        conditions << keysetCondition(binds);
    // Qualified, because a bare name in ORDER BY would mean the output column: the key's text, in text order.
    QString order = m_table + QLatin1Char('.') + key;
    if (!m_displayColumns.isEmpty())
        order.prepend(
            m_table + QLatin1Char('.') + PgStatement::quoteIdentifier(m_displayColumns.first()) + QLatin1String(", "));
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(select.join(QLatin1String(", ")), m_table);
    if (!conditions.isEmpty())
        sql += QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    return sql + QStringLiteral(" ORDER BY %1 LIMIT %2").arg(order, bindValue(binds, m_pageSize + 1));
}

QString ForeignKeySearch::matchCondition(QVariantList &binds) const
{
    const QString key = PgStatement::quoteIdentifier(m_keyColumn);
    const QString pattern = bindValue(binds, containsPattern(m_text));
    if (m_displayColumns.isEmpty())
        return QStringLiteral("%1::text ILIKE %2").arg(key, pattern);
    QStringList alternatives;
    for (const QString &column : m_displayColumns)
        alternatives << QStringLiteral("%1::text ILIKE %2").arg(PgStatement::quoteIdentifier(column), pattern);
    // The exact key too, so that "42" finds row 42 among the names containing 42.
    alternatives << QStringLiteral("%1::text = %2").arg(key, bindValue(binds, m_text));
    return QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

// After the last row loaded, in ORDER BY display1, key (where NULL names sort last).
QString ForeignKeySearch::keysetCondition(QVariantList &binds) const
{
    const QString key = PgStatement::quoteIdentifier(m_keyColumn);
    const Match &last = m_rows.last();
    if (m_displayColumns.isEmpty())
        return QStringLiteral("%1 > %2").arg(key, bindValue(binds, last.key));
    const QString display = PgStatement::quoteIdentifier(m_displayColumns.first());
    const QString name = last.values.value(0);
    if (name.isNull())
        return QStringLiteral("(%1 IS NULL AND %2 > %3)").arg(display, key, bindValue(binds, last.key));
    const QString nameBind = bindValue(binds, name);
    return QStringLiteral("((%1, %2) > (%3, %4) OR %1 IS NULL)")
        .arg(display, key, nameBind, bindValue(binds, last.key));
}

ForeignKeySearch::Match ForeignKeySearch::matchFromRow(const QVariantList &row) const
{
    Match match;
    match.key = row.value(0).toString();
    for (int i = 0; i < m_displayColumns.size(); ++i) {
        const QVariant value = row.value(1 + i);
        match.values << (value.isNull() ? QString() : value.toString());
    }
    return match;
}

// "kaito_ito — kaito.ito7@mail.test (id 42)"; NULL names are left out.
QString ForeignKeySearch::describeMatch(const Match &match) const
{
    QStringList parts;
    for (const QString &value : match.values) {
        if (!value.isNull())
            parts << value;
    }
    const QString key = tr("(%1 %2)").arg(m_keyColumn, match.key);
    return parts.isEmpty() ? key : parts.join(QStringLiteral(" — ")) + QLatin1Char(' ') + key;
}

void ForeignKeySearch::describe(const QVariant &key)
{
    if (!isValid() || !m_session || key.isNull())
        return;
    QStringList select {PgStatement::quoteIdentifier(m_keyColumn) + QLatin1String("::text")};
    for (const QString &column : std::as_const(m_displayColumns))
        select << PgStatement::quoteIdentifier(column) + QLatin1String("::text");
    // Equality on the key itself (not its text) so that the key's index answers.
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = $1")
                            .arg(select.join(QLatin1String(", ")), m_table, PgStatement::quoteIdentifier(m_keyColumn));
    const QVariantList binds {key.toString()};
    whenFinished(m_session->call([sql, binds](PgConnection &conn) { return conn.exec(sql, binds); }), this,
        [this, key](const PgResult &result) {
            const bool found = result.ok() && !result.rows.isEmpty();
            Q_EMIT described(key, found ? describeMatch(matchFromRow(result.rows.first())) : QString());
        });
}

int ForeignKeySearch::rowOfKey(const QVariant &key) const
{
    const QString text = key.toString();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == text)
            return row;
    }
    return -1;
}

int ForeignKeySearch::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ForeignKeySearch::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Match &match = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return describeMatch(match);
    case KeyRole:
        return match.key;
    case LabelRole:
        return match.values.value(0);
    case DetailRole: {
        QStringList parts = match.values.mid(1);
        parts.removeAll(QString());
        parts << tr("%1 %2").arg(m_keyColumn, match.key);
        return parts.join(QLatin1String(", "));
    }
    default:
        return {};
    }
}

bool ForeignKeySearch::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching && !m_debounce.isActive();
}

void ForeignKeySearch::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

QHash<int, QByteArray> ForeignKeySearch::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(LabelRole, "label");
    names.insert(DetailRole, "detail");
    return names;
}
