#pragma once

#include "common/error.h"
#include "foreigndisplay.h"
#include "pagewindow.h"
#include "seekestimate.h"
#include "tablequery.h"

#include <optional>

class PgConnection;

// One read as done on the worker thread: the page's rows (with their foreign-key names, see
// ForeignDisplay::withNames), and what the read needed first (the filters' row estimate, the seek column's
// statistics).
struct PageResult
{
    quint64 generation = 0;
    PageRead read;
    QList<QVariantList> rows;
    Error error;
    std::optional<qint64> estimate;
    std::optional<SeekEstimate> seek; // statistics read for this read (empty when there are none: no seek then)
    int statements = 0;
};

// The worker-thread half of TableDataModel's reading: a PageRead turned into one statement, after the
// planner's estimate (filters changed) or the seek column's statistics (first seek) when they are needed.
namespace PageReader {

PageResult read(const PgConnection &conn, const TableQuery &query, const QList<ForeignDisplay> &foreign, PageRead read,
    std::optional<SeekEstimate> seek, bool needEstimate);
Error readError(const Error &server);
// Where values lie in the order the query reads (see SeekEstimate); rows: how many the filters let through
// (an estimate), which sizes a sample. Counts the statements it sends.
SeekEstimate statistics(const PgConnection &conn, const TableQuery &query, qint64 rows, int *statements);

} // namespace PageReader
