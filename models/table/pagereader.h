#pragma once

#include "common/error.h"
#include "foreigndisplay.h"
#include "pagewindow.h"
#include "seekestimate.h"
#include "tablequery.h"

#include <optional>

class PgConnection;

// The rows the filters let through as the first seek's sample counted them: the share of the sampled rows they
// kept times the table's rows, or exactly when the sample read them all.
struct SampledCount
{
    qint64 rows = 0;
    bool exact = false;
};

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
    // A better row count than the one the read was planned for: the seek then reads nothing (see changesTotal).
    std::optional<SampledCount> counted;
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
// A sample taken under filters also counts them (counted, when given).
SeekEstimate statistics(const PgConnection &conn, const TableQuery &query, qint64 rows, int *statements,
    std::optional<SampledCount> *counted = nullptr);
// Whether a sample's count should replace the row count a read was planned for: an exact one always, an
// estimate when it is more than 1 % away (closer, the scrollbar would only shift).
bool changesTotal(const SampledCount &counted, qint64 total);

} // namespace PageReader
