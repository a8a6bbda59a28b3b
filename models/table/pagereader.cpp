#include "pagereader.h"

#include "connection/pgconnection.h"
#include "constraintmessage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// "Plan Rows" of EXPLAIN (FORMAT JSON).
std::optional<qint64> planRows(const PgResult &result)
{
    const QJsonDocument plan = QJsonDocument::fromJson(result.rows.value(0).value(0).toString().toUtf8());
    const QJsonValue rows
        = plan.array().at(0).toObject().value(QLatin1String("Plan")).toObject().value(QLatin1String("Plan Rows"));
    if (!rows.isDouble())
        return std::nullopt;
    return qint64(rows.toDouble());
}

BoundSql pageSql(const TableQuery &query, const PageRead &read, const std::optional<SeekEstimate> &seek)
{
    switch (read.kind) {
    case PageRead::Kind::Head:
    case PageRead::Kind::Tail:
        return query.page({}, read.backwards, read.limit);
    case PageRead::Kind::After:
    case PageRead::Kind::Before:
    case PageRead::Kind::Reread:
        return query.page(read.anchor, read.backwards, read.limit, read.inclusive);
    case PageRead::Kind::Offset:
        return query.page(read.offset > 0 ? QVariantList {read.offset} : QVariantList {}, false, read.limit);
    case PageRead::Kind::Seek:
        return query.seek(
            seek->at(read.fraction, query.sortOrder() == Qt::DescendingOrder), read.backwards, read.limit);
    }
    return {};
}

} // namespace

SeekEstimate PageReader::statistics(const PgConnection &conn, const TableQuery &query, qint64 rows, int *statements,
    std::optional<SampledCount> *counted)
{
    const auto family = [&](int column) {
        return SeekEstimate::familyOf(query.table().columns.value(column).type);
    };
    QVariantList row;
    const auto estimate = [&](const BoundSql &sql) {
        ++*statements;
        row = conn.exec(sql.sql, sql.binds).rows.value(0);
        SeekEstimate seek(row.value(1).toString(), row.value(0).toDouble(),
            query.seeksByCtid() ? SeekEstimate::Family::Tid : family(query.seekColumn()));
        if (!query.keyColumns().isEmpty() && !query.usesCtid())
            seek.setKeyBounds(row.value(2).toString(), family(query.keyColumns().first()));
        if (!seek.setMostCommon(row.value(3).toString(), row.value(4).toString()))
            return SeekEstimate(); // common values that cannot be placed (text): a sample instead
        return seek;
    };
    // Under a filter the rows shown are not the table's: their own spread, from a sample of about 30,000
    // of them (whole blocks, so a few hundred pages of a big table; all of them when that is cheaper).
    const double percent = 100.0 * 30000.0 / double(qMax<qint64>(1, rows));
    const bool canSample = query.table().kind != TableInfo::Kind::View; // TABLESAMPLE: stored rows only
    if (query.hasConditions() && canSample) {
        const SeekEstimate sampled = estimate(query.sampledHistogram(percent));
        const double kept = row.value(5).toDouble();
        const double read = row.value(6).toDouble();
        const qint64 tableRows = query.table().estimatedRows;
        const bool whole = TableQuery::readsWholeTable(percent);
        if (counted && read > 0 && whole)
            *counted = SampledCount {qint64(kept), true};
        else if (counted && read > 0 && tableRows > 0)
            *counted = SampledCount {qMax<qint64>(qint64(kept), qRound64(kept / read * double(tableRows))), false};
        // A sample of blocks: placed through the table's own statistics (see SeekEstimate::placedBy).
        const SeekEstimate everySampled(row.value(7).toString(), 0, family(query.seekColumn()));
        if (sampled.isValid() && !whole && everySampled.isValid() && !query.seeksByCtid())
            return sampled.placedBy(everySampled, estimate(query.histogram()));
        if (sampled.isValid())
            return sampled;
    }
    const SeekEstimate statistics = estimate(query.histogram());
    if (!statistics.isValid() && !query.hasConditions() && canSample && !query.seeksByCtid())
        return estimate(query.sampledHistogram(percent)); // e.g. text whose common values are many rows
    return statistics;
}

bool PageReader::changesTotal(const SampledCount &counted, qint64 total)
{
    return counted.exact || qAbs(counted.rows - total) * 100 > total;
}

Error PageReader::readError(const Error &server)
{
    Error error = server;
    error.what = QCoreApplication::translate("TableDataModel", "Reading the table");
    error.why = ConstraintMessage::forRead(server);
    error.detail = server.detail;
    return error;
}

PageResult PageReader::read(const PgConnection &conn, const TableQuery &query, const QList<ForeignDisplay> &foreign,
    PageRead read, std::optional<SeekEstimate> seek, bool needEstimate)
{
    PageResult page;
    page.read = read;
    if (needEstimate) {
        const BoundSql sql = query.estimate();
        ++page.statements;
        if (const PgResult result = conn.exec(sql.sql, sql.binds); result.ok())
            page.estimate = planRows(result);
    }
    if (read.kind == PageRead::Kind::Seek && !seek)
        seek = page.seek = statistics(conn, query, read.total, &page.statements, &page.counted);
    if (page.counted && !changesTotal(*page.counted, read.total))
        page.counted.reset();
    if (read.kind == PageRead::Kind::Seek && (!seek->isValid() || page.counted))
        return page; // no statistics: the model walks from an end instead; a new count: planned again for it
    const bool ascending = (query.sortOrder() == Qt::AscendingOrder) != read.backwards;
    const BoundSql sql = ForeignDisplay::withNames(query, foreign, pageSql(query, read, seek), ascending);
    ++page.statements;
    PgResult result = conn.exec(sql.sql, sql.binds);
    if (!result.ok()) {
        page.error = readError(result.error);
        return page;
    }
    page.rows = std::move(result.rows);
    return page;
}
