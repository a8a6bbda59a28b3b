#include "mostcommonvalues.h"

#include <algorithm>

std::optional<MostCommonValues::Merged> MostCommonValues::merge(
    const QList<double> &bounds, const QList<double> &values, const QList<double> &freqs, double nullFraction)
{
    if (values.size() != freqs.size())
        return std::nullopt;
    double common = 0;
    for (double f : freqs)
        common += qMax(0.0, f);
    const double histogram = bounds.size() >= 2 ? qMax(0.0, 1.0 - nullFraction - common) : 0.0;
    const double total = common + histogram;
    if (total <= 0)
        return std::nullopt;
    // Breakpoints: every bound and every common value. Between two of them the histogram's mass is spread
    // evenly over each bucket; at a common value sits its share.
    QList<double> xs = bounds + values;
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    const qsizetype n = xs.size();
    QList<double> at(n, 0.0); // mass at each breakpoint
    QList<double> between(n, 0.0); // mass between breakpoint j and j + 1
    for (qsizetype i = 0; i < values.size(); ++i)
        at[std::lower_bound(xs.begin(), xs.end(), values[i]) - xs.begin()] += qMax(0.0, freqs[i]);
    const double bucketMass = bounds.size() >= 2 ? histogram / double(bounds.size() - 1) : 0.0;
    for (qsizetype k = 0; k + 1 < bounds.size(); ++k) {
        const double low = bounds[k];
        const double high = bounds[k + 1];
        const qsizetype first = std::lower_bound(xs.begin(), xs.end(), low) - xs.begin();
        if (high <= low) { // a bucket of one value: all of it there
            at[first] += bucketMass;
            continue;
        }
        for (qsizetype j = first; j + 1 < n && xs[j] < high; ++j)
            between[j] += bucketMass * (qMin(xs[j + 1], high) - xs[j]) / (high - low);
    }
    // The value below which the share q of the rows lies.
    const auto valueAt = [&](double q) {
        const double target = q * total;
        double sum = 0;
        for (qsizetype j = 0; j < n; ++j) {
            if (target <= sum + at[j])
                return xs[j];
            sum += at[j];
            if (j + 1 < n && between[j] > 0 && target <= sum + between[j])
                return xs[j] + (xs[j + 1] - xs[j]) * (target - sum) / between[j];
            if (j + 1 < n)
                sum += between[j];
        }
        return xs.last();
    };
    Merged merged;
    for (int i = 0; i <= 100; ++i)
        merged.bounds << valueAt(i / 100.0);
    double sum = 0;
    for (qsizetype j = 0; j < n; ++j) {
        if (at[j] / total >= 0.01)
            merged.runs << Run {xs[j], sum / total, (sum + at[j]) / total};
        sum += at[j] + (j + 1 < n ? between[j] : 0.0);
    }
    return merged;
}
