#pragma once

#include "catalog/catalogtypes.h"
#include "seekestimate.h"

#include <QList>
#include <QString>
#include <QVariant>

// One condition of the table browser's filter bar, on one column, with the user's value(s) always bound.
struct ColumnFilter
{
    enum class Op {
        Equals,
        NotEquals,
        Contains,
        StartsWith,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Between,
        IsNull,
        IsNotNull
    };
    int column = 0;
    Op op = Op::Equals;
    QVariant value;
    QVariant value2; // upper bound for Between
};

// SQL text with $1..$n placeholders and the values bound to them, in order.
struct BoundSql
{
    QString sql;
    QVariantList binds;
};

// Builds every statement the table browser reads with: quoted identifiers, bound values, keyset paging on
// the key (primary key, else a unique not-null key, else ctid for reading only) with the sort column first.
// A result row of page() is laid out as: __xmin, the key values, the grid values, then the byte lengths of the
// large columns (see valueIndex(), keyIndex(), lengthIndex()).
class TableQuery
{
public:
    explicit TableQuery(const TableInfo &table);

    const TableInfo &table() const { return m_table; }
    QString qualifiedName() const; // quoted "schema"."table"
    int columnCount() const { return int(m_table.columns.size()); }
    QString columnName(int column) const { return m_table.columns.value(column).name; }
    // The key that identifies a row; empty when the table has none. Then a table or a materialized view is
    // read by ctid (unique there; not across a partitioned table's partitions), anything else by OFFSET.
    const QList<int> &keyColumns() const { return m_keyColumns; }
    bool usesCtid() const
    {
        return m_keyColumns.isEmpty()
            && (m_table.kind == TableInfo::Kind::Table || m_table.kind == TableInfo::Kind::MaterializedView);
    }
    // Read in ctid order (no key, no sort): a seek goes to an estimated block (a TID range scan).
    bool seeksByCtid() const { return usesCtid() && orderColumn() < 0; }
    bool canSeek() const { return seekColumn() >= 0 || seeksByCtid(); }
    // Text-like columns that the grid cuts to 200 characters, and bytea shown only as its size.
    bool isLarge(int column) const;
    bool isBinary(int column) const;

    void setSort(int column, Qt::SortOrder order); // column -1: the key only
    int sortColumn() const { return m_sortColumn; }
    // The sort column as the ORDER BY uses it: -1 when the key alone orders (no sort, or a sort on the first
    // key column, which would only repeat it).
    int orderColumn() const;
    bool hasConditions() const { return !m_filters.isEmpty() || m_ftsColumn >= 0 || !m_where.isEmpty(); }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setFilters(const QList<ColumnFilter> &filters) { m_filters = filters; }
    void setWhereClause(const QString &text) { m_where = text.trimmed(); }
    void setFullTextSearch(int column, const QString &text);

    // The select list shared by pages and RETURNING clauses.
    QString selectList() const;
    // A page after the anchor (anchorOf() of the last row seen; empty: from the start), or from the anchor
    // on when inclusive. backwards reads the reversed order (the rows before the anchor, or the end of the
    // table); the caller reverses the rows.
    BoundSql page(const QVariantList &anchor, bool backwards, int limit, bool inclusive = false) const;
    // A page from an estimated value of the seek column on (backwards: up to it), or among its NULLs.
    BoundSql seek(const SeekEstimate::Target &target, bool backwards, int limit) const;
    // The column whose statistics place a seek: the sort column, else the first key column; -1 for none.
    int seekColumn() const;
    // The seek column's statistics (resources/sql/table/column-histogram.sql): NULL fraction, histogram
    // bounds, and the first key column's bounds (which place a seek among the NULLs). In ctid order, the
    // table's first and last block (resources/sql/table/ctid-bounds.sql).
    BoundSql histogram() const;
    // The same three from a sample of the rows the filters let through (pg_stats describes the whole
    // table, which under a filter can place a seek far off): percent of the table's blocks, all from 50 on.
    // Three more columns: the sampled rows the filters let through, all sampled rows, and the quantiles of all
    // the sampled rows' values (see SeekEstimate::placedBy).
    BoundSql sampledHistogram(double percent) const;
    // From this share of the blocks on, sampledHistogram reads the whole table (its counts are then exact).
    static bool readsWholeTable(double percent) { return percent >= 50; }
    // The planner's estimate of the rows the filters match: EXPLAIN (FORMAT JSON), read "Plan Rows".
    BoundSql estimate() const;
    BoundSql count() const;
    // The row with this key, if the filters let it through (one row, page layout).
    BoundSql findRow(const QVariantList &key) const;
    // How many rows come before the row with this anchor in the order: its exact row number.
    BoundSql countBefore(const QVariantList &anchor) const;
    // Every column with its full value (no cuts, bytea in the server's hex text form), filtered and sorted as the
    // grid is, without paging: what an export writes.
    BoundSql exportQuery() const;
    BoundSql fullValue(int column, const QVariantList &key) const;
    // "WHERE <key> = $n [AND xmin = $m]" for one row, appended to binds.
    QString rowCondition(const QVariantList &key, const QString &xmin, QVariantList &binds) const;

    int keyIndex(int i) const { return 1 + i; }
    int valueIndex(int column) const { return 1 + keyWidth() + column; }
    int lengthIndex(int column) const; // -1 when the column is not large
    int keyWidth() const { return usesCtid() ? 1 : int(m_keyColumns.size()); }
    QVariantList keyOf(const QVariantList &resultRow) const;
    QVariantList anchorOf(const QVariantList &resultRow) const;

private:
    QString quoted(int column) const;
    QString seekExpression() const; // what a seek compares: the sort expression, the key column, or ctid
    QString gridExpression(int column) const;
    QStringList keyExpressions() const;
    QStringList conditions(QVariantList &binds) const;
    QString filterCondition(const ColumnFilter &filter, QVariantList &binds) const;
    QString keysetCondition(const QVariantList &anchor, bool ascending, bool inclusive, QVariantList &binds,
        QString *spill = nullptr) const;
    QString selectWithSpill(
        QStringList where, const QString &spill, bool ascending, QVariantList &binds, int limit) const;
    QString orderBy(bool ascending, const QString &outputAlias = {}) const;
    QString select(const QStringList &where, bool ascending, QVariantList &binds, int limit) const;

    friend struct ForeignDisplay; // wraps a page to add the referenced rows' names (ordered by output names)

    TableInfo m_table;
    QList<int> m_keyColumns;
    QList<int> m_largeColumns;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<ColumnFilter> m_filters;
    QString m_where;
    int m_ftsColumn = -1;
    QString m_ftsText;
};

// Adds value to binds and returns its placeholder ("$3").
QString bindValue(QVariantList &binds, const QVariant &value);
