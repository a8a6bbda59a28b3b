#include "ratecalculator.h"

std::optional<double> RateCalculator::Rates::sum(std::initializer_list<Counter> counters) const
{
    double total = 0;
    for (Counter counter : counters) {
        const std::optional<double> rate = of(counter);
        if (!rate)
            return std::nullopt;
        total += *rate;
    }
    return total;
}

RateCalculator::Rates RateCalculator::add(const CounterSample &sample)
{
    Rates rates;
    const std::optional<CounterSample> previous = std::exchange(m_previous, sample);
    if (!previous)
        return rates;
    rates.intervalSeconds = sample.seconds - previous->seconds;
    if (rates.intervalSeconds <= 0)
        return rates;
    rates.reset = sample.statsReset != previous->statsReset;
    for (int i = 0; i < CounterCount && !rates.reset; ++i)
        rates.reset = sample.values[size_t(i)] < previous->values[size_t(i)];
    if (rates.reset)
        return rates;
    for (int i = 0; i < CounterCount; ++i)
        rates.perSecond[size_t(i)]
            = double(sample.values[size_t(i)] - previous->values[size_t(i)]) / rates.intervalSeconds;
    const qint64 hits = sample.value(Counter::BlocksHit) - previous->value(Counter::BlocksHit);
    const qint64 reads = sample.value(Counter::BlocksRead) - previous->value(Counter::BlocksRead);
    if (hits + reads > 0)
        rates.cacheHitRatio = double(hits) / double(hits + reads);
    return rates;
}
