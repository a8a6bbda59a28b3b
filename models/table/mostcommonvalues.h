#pragma once

#include <QList>
#include <optional>

// ANALYZE keeps a column's most common values apart from its histogram: each with its share of the rows,
// while the histogram's equal-frequency buckets describe only the other rows. A position in the order
// taken from the histogram alone is then off by the share of the common values below it (a status column,
// a heavy user_id: easily tens of percent). This merges both into one distribution of the non-NULL
// values, as numbers (SeekEstimate turns them back into text).
namespace MostCommonValues {

// A most common value's place in the order: the share of the non-NULL rows before it (from) and up to
// its last row (to).
struct Run
{
    double value = 0;
    double from = 0;
    double to = 0;
};

struct Merged
{
    QList<double> bounds; // 101 equal-frequency bounds: the values at 0 %, 1 %, ..., 100 % of the rows
    QList<Run> runs; // the common values holding at least 1 % of the rows, in order
};

// bounds: the histogram (ascending, may be empty); values and freqs: the common values and their share of
// all rows; nullFraction: the NULLs' share. Nothing when there is nothing to describe.
std::optional<Merged> merge(
    const QList<double> &bounds, const QList<double> &values, const QList<double> &freqs, double nullFraction);

} // namespace MostCommonValues
