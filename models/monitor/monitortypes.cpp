#include "monitortypes.h"

namespace {

std::optional<double> hitRatio(qint64 hits, qint64 reads)
{
    if (hits + reads <= 0)
        return std::nullopt;
    return double(hits) / double(hits + reads);
}

} // namespace

std::optional<double> ServerOverview::cacheHitRatio() const
{
    return hitRatio(counters.value(Counter::BlocksHit), counters.value(Counter::BlocksRead));
}

std::optional<double> StatementRow::cacheHitRatio() const
{
    return hitRatio(blocksHit, blocksRead);
}
