#include "tablequery.h"

#include "common/sqlresource.h"
#include "pgstatement.h"

#include <QRegularExpression>

namespace {

// Cells longer than this are cut in the grid; the full value is fetched on demand.
constexpr int GridTextLimit = 200;

bool isLargeType(const QString &type)
{
    if (type == QLatin1String("text") || type == QLatin1String("json") || type == QLatin1String("jsonb")
        || type == QLatin1String("xml") || type == QLatin1String("character varying"))
        return true;
    static const QRegularExpression sized(QStringLiteral("^(character varying|character)\\((\\d+)\\)$"));
    const auto match = sized.match(type);
    return match.hasMatch() && match.captured(2).toInt() > GridTextLimit;
}

QString escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

QString rowOf(const QStringList &items)
{
    return QLatin1Char('(') + items.join(QLatin1String(", ")) + QLatin1Char(')');
}

} // namespace

QString bindValue(QVariantList &binds, const QVariant &value)
{
    binds << value;
    return QLatin1Char('$') + QString::number(binds.size());
}

TableQuery::TableQuery(const TableInfo &table)
    : m_table(table)
{
    QStringList key = table.primaryKey();
    if (key.isEmpty())
        key = table.viewKey; // a simple view: the key of the table it shows
    if (key.isEmpty()) {
        // A unique key whose columns are all NOT NULL identifies a row as well as a primary key does.
        for (const ConstraintInfo &constraint : table.constraints) {
            if (constraint.type != ConstraintInfo::Type::Unique)
                continue;
            const bool allNotNull = std::all_of(constraint.columns.begin(), constraint.columns.end(),
                [&](const QString &name) { return table.column(name) && table.column(name)->notNull; });
            if (allNotNull) {
                key = constraint.columns;
                break;
            }
        }
    }
    for (int c = 0; c < table.columns.size(); ++c) {
        if (key.contains(table.columns[c].name))
            m_keyColumns << c;
        if (isLargeType(table.columns[c].type) || isBinary(c))
            m_largeColumns << c;
    }
    // Key order matters for row comparisons: follow the constraint's column order.
    std::sort(m_keyColumns.begin(), m_keyColumns.end(),
        [&](int a, int b) { return key.indexOf(columnName(a)) < key.indexOf(columnName(b)); });
}

QString TableQuery::qualifiedName() const
{
    return PgStatement::quoteIdentifier(m_table.schema) + QLatin1Char('.') + PgStatement::quoteIdentifier(m_table.name);
}

bool TableQuery::isLarge(int column) const
{
    return m_largeColumns.contains(column);
}

bool TableQuery::isBinary(int column) const
{
    return m_table.columns.value(column).type == QLatin1String("bytea");
}

void TableQuery::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < columnCount() ? column : -1;
    m_sortOrder = order;
}

void TableQuery::setFullTextSearch(int column, const QString &text)
{
    m_ftsColumn = text.trimmed().isEmpty() ? -1 : column;
    m_ftsText = text.trimmed();
}

int TableQuery::lengthIndex(int column) const
{
    const int i = int(m_largeColumns.indexOf(column));
    return i < 0 ? -1 : valueIndex(columnCount()) + i;
}

QString TableQuery::quoted(int column) const
{
    return PgStatement::quoteIdentifier(columnName(column));
}

QString TableQuery::gridExpression(int column) const
{
    if (isBinary(column))
        return QStringLiteral("octet_length(%1)").arg(quoted(column));
    if (isLarge(column))
        return QStringLiteral("left(%1::text, %2)").arg(quoted(column)).arg(GridTextLimit);
    return quoted(column);
}

QStringList TableQuery::keyExpressions() const
{
    if (usesCtid())
        return {QStringLiteral("ctid")};
    QStringList keys;
    for (int c : m_keyColumns)
        keys << quoted(c);
    return keys;
}

QString TableQuery::selectList() const
{
    // Views have no xmin; their rows are never written, so no version is needed.
    QStringList items {
        m_table.isView() ? QStringLiteral("NULL::text AS \"__xmin\"") : QStringLiteral("xmin::text AS \"__xmin\"")};
    const QStringList keys = keyExpressions();
    for (int i = 0; i < keys.size(); ++i)
        items << QStringLiteral("%1 AS \"__k%2\"").arg(keys[i]).arg(i);
    for (int c = 0; c < columnCount(); ++c)
        items << QStringLiteral("%1 AS %2").arg(gridExpression(c), quoted(c));
    for (int c : m_largeColumns)
        items << QStringLiteral("octet_length(%1%2) AS \"__len%3\"")
                     .arg(quoted(c), isBinary(c) ? QString() : QStringLiteral("::text"))
                     .arg(c);
    return items.join(QLatin1String(", "));
}

QString TableQuery::filterCondition(const ColumnFilter &filter, QVariantList &binds) const
{
    const QString column = quoted(filter.column);
    using Op = ColumnFilter::Op;
    switch (filter.op) {
    case Op::Equals:
        return column + QLatin1String(" = ") + bindValue(binds, filter.value);
    case Op::NotEquals:
        return column + QLatin1String(" <> ") + bindValue(binds, filter.value);
    case Op::Contains:
        return column + QLatin1String("::text ILIKE ")
            + bindValue(binds, QLatin1Char('%') + escapeLike(filter.value.toString()) + QLatin1Char('%'));
    case Op::StartsWith:
        return column + QLatin1String("::text ILIKE ")
            + bindValue(binds, escapeLike(filter.value.toString()) + QLatin1Char('%'));
    case Op::Less:
        return column + QLatin1String(" < ") + bindValue(binds, filter.value);
    case Op::LessOrEqual:
        return column + QLatin1String(" <= ") + bindValue(binds, filter.value);
    case Op::Greater:
        return column + QLatin1String(" > ") + bindValue(binds, filter.value);
    case Op::GreaterOrEqual:
        return column + QLatin1String(" >= ") + bindValue(binds, filter.value);
    case Op::Between: {
        const QString low = bindValue(binds, filter.value);
        return column + QLatin1String(" BETWEEN ") + low + QLatin1String(" AND ") + bindValue(binds, filter.value2);
    }
    case Op::IsNull:
        return column + QLatin1String(" IS NULL");
    case Op::IsNotNull:
        return column + QLatin1String(" IS NOT NULL");
    }
    return QStringLiteral("true");
}

QStringList TableQuery::conditions(QVariantList &binds) const
{
    QStringList list;
    for (const ColumnFilter &filter : m_filters) {
        if (filter.column >= 0 && filter.column < columnCount())
            list << filterCondition(filter, binds);
    }
    // Exactly the expression of idx_messages_content, so that the GIN index is used.
    if (m_ftsColumn >= 0 && m_ftsColumn < columnCount())
        list << QStringLiteral("to_tsvector('english', %1) @@ plainto_tsquery('english', %2)")
                    .arg(quoted(m_ftsColumn), bindValue(binds, m_ftsText));
    // The user's own expression; the newline ends a trailing "--" comment inside it. PQexecParams refuses
    // more than one statement, so a ";" cannot smuggle in a second one.
    if (!m_where.isEmpty())
        list << QLatin1Char('(') + m_where + QLatin1String("\n)");
    return list;
}

int TableQuery::orderColumn() const
{
    // ORDER BY "id", "id" would only repeat the key; the key alone gives the same order.
    if (m_sortColumn >= 0 && !usesCtid() && m_keyColumns.value(0, -1) == m_sortColumn)
        return -1;
    return m_sortColumn;
}

int TableQuery::seekColumn() const
{
    if (orderColumn() >= 0) // a bytea is ordered by its size here, which its statistics know nothing of
        return isBinary(orderColumn()) ? -1 : orderColumn();
    return usesCtid() ? -1 : m_keyColumns.value(0, -1);
}

QString TableQuery::keysetCondition(
    const QVariantList &anchor, bool ascending, bool inclusive, QVariantList &binds, QString *spill) const
{
    const QString op
        = (ascending ? QStringLiteral(">") : QStringLiteral("<")) + (inclusive ? QStringLiteral("=") : QString());
    const QStringList keys = keyExpressions();
    QStringList keyValues;
    for (int i = 0; i < keys.size(); ++i)
        keyValues << bindValue(binds, anchor.value(anchor.size() - keys.size() + i));
    if (orderColumn() < 0)
        return rowOf(keys) + op + rowOf(keyValues);
    // PostgreSQL's defaults: ASC puts NULLs last, DESC puts them first. A row comparison with a NULL is
    // never true, so the NULL part of the order is walked with explicit IS NULL conditions.
    const QString sort = gridExpression(orderColumn());
    const QVariant sortValue = anchor.value(0);
    // With spill, the other part of the order goes there instead of an OR, which no index serves (see page()).
    const bool nullable = !m_table.columns.value(orderColumn()).notNull;
    if (sortValue.isNull()) {
        const QString inNulls
            = QStringLiteral("(%1 IS NULL AND %2 %3 %4)").arg(sort, rowOf(keys), op, rowOf(keyValues));
        if (ascending)
            return inNulls;
        if (spill) {
            *spill = sort + QLatin1String(" IS NOT NULL");
            return inNulls;
        }
        return QStringLiteral("(%1 OR %2 IS NOT NULL)").arg(inNulls, sort);
    }
    const QString compare
        = rowOf(QStringList {sort} + keys) + op + rowOf(QStringList {bindValue(binds, sortValue)} + keyValues);
    if (!ascending || !nullable)
        return compare;
    if (spill) {
        *spill = sort + QLatin1String(" IS NULL");
        return compare;
    }
    return QStringLiteral("(%1 OR %2 IS NULL)").arg(compare, sort);
}

// The rows matching where, then, if they run out before limit, those matching spill instead of its last
// condition: two index scans under one LIMIT (the second runs only when the first ran out), where
// "a OR b" would read the whole table.
QString TableQuery::selectWithSpill(
    QStringList where, const QString &spill, bool ascending, QVariantList &binds, int limit) const
{
    if (spill.isEmpty())
        return select(where, ascending, binds, limit);
    const QString first = select(where, ascending, binds, limit);
    where.last() = spill;
    const QString second = select(where, ascending, binds, limit);
    return QStringLiteral("(%1) UNION ALL (%2) LIMIT %3").arg(first, second, bindValue(binds, limit));
}

// outputAlias: order a wrapping query by the page's output columns ("p"."__k0") instead of the table's.
QString TableQuery::orderBy(bool ascending, const QString &outputAlias) const
{
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString prefix = outputAlias.isEmpty() ? QString() : outputAlias + QLatin1Char('.');
    QStringList items;
    if (orderColumn() >= 0)
        items << (outputAlias.isEmpty() ? gridExpression(orderColumn()) : prefix + quoted(orderColumn())) + direction;
    const QStringList keys = keyExpressions();
    for (int i = 0; i < keys.size(); ++i)
        items << (outputAlias.isEmpty() ? keys[i] : prefix + QStringLiteral("\"__k%1\"").arg(i)) + direction;
    return items.join(QLatin1String(", "));
}

QString TableQuery::select(const QStringList &where, bool ascending, QVariantList &binds, int limit) const
{
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(selectList(), qualifiedName());
    if (!where.isEmpty())
        sql += QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
    if (!orderBy(ascending).isEmpty())
        sql += QLatin1String(" ORDER BY ") + orderBy(ascending);
    return sql + QLatin1String(" LIMIT ") + bindValue(binds, limit);
}

BoundSql TableQuery::page(const QVariantList &anchor, bool backwards, int limit, bool inclusive) const
{
    BoundSql out;
    const bool ascending = (m_sortOrder == Qt::AscendingOrder) != backwards;
    QStringList where = conditions(out.binds);
    // A view without a key has nothing to continue from: its anchor is the number of rows before the page
    // (OFFSET). Views are read-only, so this is the only place OFFSET is used.
    const bool offsetPaging = keyWidth() == 0;
    QString spill;
    if (!anchor.isEmpty() && !offsetPaging)
        where << keysetCondition(anchor, ascending, inclusive, out.binds, &spill);
    out.sql = selectWithSpill(where, spill, ascending, out.binds, limit);
    if (offsetPaging && !anchor.isEmpty())
        out.sql += QLatin1String(" OFFSET ") + bindValue(out.binds, anchor.value(0));
    return out;
}

BoundSql TableQuery::seek(const SeekEstimate::Target &target, bool backwards, int limit) const
{
    BoundSql out;
    const bool ascending = (m_sortOrder == Qt::AscendingOrder) != backwards;
    QStringList where = conditions(out.binds);
    QString spill;
    const int column = seekColumn();
    const QString expression = seekExpression();
    if (target.inNulls) {
        // Among the NULLs the key orders: from the estimated key on (or up to it), and then, read towards the
        // values (descending), on into them.
        if (target.nullKey.isNull())
            where << expression + QLatin1String(" IS NULL");
        else
            where << QStringLiteral("(%1 IS NULL AND %2 %3 %4)")
                         .arg(expression, keyExpressions().value(0),
                             ascending ? QStringLiteral(">=") : QStringLiteral("<="),
                             bindValue(out.binds, target.nullKey));
        if (!ascending)
            spill = expression + QLatin1String(" IS NOT NULL");
    } else if (!target.value.isNull()) {
        // In the read's direction: ascending, the values from the target on and then the NULLs; descending
        // (NULLs first), the values from the target down. Inside the rows of one common value, by the key from
        // the estimated one on (or up to it).
        const bool tie = !target.tieKey.isNull();
        const QString value = bindValue(out.binds, target.value);
        const QString left = tie ? QStringLiteral("(%1, %2)").arg(expression, keyExpressions().value(0)) : expression;
        const QString right = tie ? QStringLiteral("(%1, %2)").arg(value, bindValue(out.binds, target.tieKey)) : value;
        where << QStringLiteral("%1 %2 %3").arg(left, ascending ? QStringLiteral(">=") : QStringLiteral("<="), right);
        if (ascending && orderColumn() >= 0 && !m_table.columns.value(column).notNull)
            spill = expression + QLatin1String(" IS NULL");
    }
    out.sql = selectWithSpill(where, spill, ascending, out.binds, limit);
    return out;
}

QString TableQuery::seekExpression() const
{
    if (seeksByCtid())
        return QStringLiteral("ctid");
    return orderColumn() >= 0 ? gridExpression(seekColumn()) : quoted(seekColumn());
}

BoundSql TableQuery::histogram() const
{
    BoundSql out;
    if (seeksByCtid()) {
        out.sql = SqlResource::text(QStringLiteral("table/ctid-bounds.sql")).arg(qualifiedName());
        out.binds = {qualifiedName()};
        return out;
    }
    out.sql = SqlResource::text(QStringLiteral("table/column-histogram.sql"));
    const int key = usesCtid() ? -1 : m_keyColumns.value(0, -1);
    out.binds = {m_table.schema, m_table.name, columnName(seekColumn()), key < 0 ? QVariant() : columnName(key)};
    if (!m_table.viewBaseName.isEmpty()) { // a simple view: the statistics of the table below, where it shows them
        const auto below = [&](int column) {
            return column < 0 ? QVariant() : QVariant(m_table.viewBaseColumns.value(columnName(column)));
        };
        out.binds = {m_table.viewBaseSchema, m_table.viewBaseName, below(seekColumn()), below(key)};
    }
    return out;
}

BoundSql TableQuery::sampledHistogram(double percent) const
{
    BoundSql out;
    QStringList quantiles;
    for (int i = 0; i <= 100; ++i)
        quantiles << QString::number(i / 100.0);
    const QString at = bindValue(out.binds, QStringLiteral("{%1}").arg(quantiles.join(QLatin1Char(','))));
    const bool keyed = !usesCtid() && !m_keyColumns.isEmpty();
    const QString nullKeys = keyed ? QStringLiteral("(percentile_disc(%1::float8[]) WITHIN GROUP (ORDER BY sample_key) "
                                                    "FILTER (WHERE sample_kept AND sample_value IS NULL))::text")
                                         .arg(at)
                                   : QStringLiteral("NULL::text");
    // In a sample every sampled row is read and the filters decide which ones describe the order: the share
    // they let through counts the filtered rows. Without one the filters select (an index can serve them).
    const bool sampled = !readsWholeTable(percent);
    const QStringList where = conditions(out.binds);
    const QString condition = where.join(QLatin1String(" AND "));
    const QString kept
        = where.isEmpty() || !sampled ? QStringLiteral("true") : QStringLiteral("coalesce(%1, false)").arg(condition);
    out.sql = QStringLiteral(
        "SELECT coalesce(avg(CASE WHEN sample_value IS NULL THEN 1.0 ELSE 0.0 END) FILTER (WHERE sample_kept), "
        "0)::float8, (percentile_disc(%1::float8[]) WITHIN GROUP (ORDER BY sample_value) FILTER (WHERE "
        "sample_kept))::text, %2, NULL::text, NULL::text, count(*) FILTER (WHERE sample_kept)::float8, "
        "count(*)::float8, (percentile_disc(%1::float8[]) WITHIN GROUP (ORDER BY sample_value))::text FROM (SELECT %3 "
        "AS sample_value, %4 AS sample_key, %5 AS sample_kept FROM %6")
                  .arg(at, nullKeys, seekExpression(), keyed ? quoted(m_keyColumns.first()) : QStringLiteral("NULL"),
                      kept, qualifiedName());
    // A repeatable sample of whole blocks: a few hundred pages of a big table, not all of it.
    if (sampled)
        out.sql += QStringLiteral(" TABLESAMPLE SYSTEM (%1::float4) REPEATABLE (1)").arg(bindValue(out.binds, percent));
    else if (!where.isEmpty())
        out.sql += QLatin1String(" WHERE ") + condition;
    out.sql += QLatin1String(") AS sample");
    return out;
}

BoundSql TableQuery::estimate() const
{
    BoundSql out;
    const QStringList where = conditions(out.binds);
    out.sql = QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1 FROM %1").arg(qualifiedName());
    if (!where.isEmpty())
        out.sql += QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
    return out;
}

BoundSql TableQuery::count() const
{
    BoundSql out;
    const QStringList where = conditions(out.binds);
    out.sql = QStringLiteral("SELECT count(*) FROM %1").arg(qualifiedName());
    if (!where.isEmpty())
        out.sql += QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
    return out;
}

BoundSql TableQuery::findRow(const QVariantList &key) const
{
    BoundSql out;
    QStringList where = conditions(out.binds);
    where << rowCondition(key, QString(), out.binds).mid(int(qstrlen("WHERE ")));
    out.sql = select(where, m_sortOrder == Qt::AscendingOrder, out.binds, 1);
    return out;
}

BoundSql TableQuery::countBefore(const QVariantList &anchor) const
{
    BoundSql out;
    QStringList where = conditions(out.binds);
    // Before, in the user's order: below the anchor ascending, above it descending.
    where << keysetCondition(anchor, m_sortOrder == Qt::DescendingOrder, false, out.binds);
    out.sql
        = QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(qualifiedName(), where.join(QLatin1String(" AND ")));
    return out;
}

BoundSql TableQuery::exportQuery() const
{
    BoundSql out;
    QStringList columns;
    for (int c = 0; c < columnCount(); ++c) {
        // Hex, PostgreSQL's default text form, whatever bytea_output the connection has (QPSQL sets escape).
        columns << (isBinary(c) ? QStringLiteral("E'\\\\x' || encode(%1, 'hex') AS %1").arg(quoted(c)) : quoted(c));
    }
    const QStringList where = conditions(out.binds);
    out.sql = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1String(", ")), qualifiedName());
    if (!where.isEmpty())
        out.sql += QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
    const QString order = orderBy(m_sortOrder == Qt::AscendingOrder);
    if (!order.isEmpty())
        out.sql += QLatin1String(" ORDER BY ") + order;
    return out;
}

QString TableQuery::rowCondition(const QVariantList &key, const QString &xmin, QVariantList &binds) const
{
    const QStringList keys = keyExpressions();
    QStringList parts;
    for (int i = 0; i < keys.size(); ++i)
        parts << keys[i] + QLatin1String(" = ") + bindValue(binds, key.value(i));
    if (!xmin.isEmpty())
        parts << QLatin1String("xmin = ") + bindValue(binds, xmin);
    return QLatin1String("WHERE ") + parts.join(QLatin1String(" AND "));
}

BoundSql TableQuery::fullValue(int column, const QVariantList &key) const
{
    BoundSql out;
    const QString condition = rowCondition(key, QString(), out.binds);
    out.sql = QStringLiteral("SELECT %1::text FROM %2 %3").arg(quoted(column), qualifiedName(), condition);
    return out;
}

QVariantList TableQuery::keyOf(const QVariantList &resultRow) const
{
    return resultRow.mid(keyIndex(0), keyWidth());
}

QVariantList TableQuery::anchorOf(const QVariantList &resultRow) const
{
    QVariantList anchor;
    if (orderColumn() >= 0)
        anchor << resultRow.value(valueIndex(orderColumn()));
    return anchor + keyOf(resultRow);
}
