#pragma once

#include "monitor/monitortypes.h"

#include <array>
#include <optional>

// Turns successive readings of cumulative counters into true per-second rates: the difference of each
// counter divided by the measured time between the two readings (not by the nominal refresh interval). An
// interval across a statistics reset (stats_reset changed, or a counter went down: a reset or a crash
// restart) has no rates at all, so a reset never shows as a spike, and neither does a clock that stood still.
class RateCalculator
{
public:
    struct Rates
    {
        double intervalSeconds = 0;
        bool reset = false; // the counters restarted during the interval
        std::array<std::optional<double>, CounterCount> perSecond {};
        // Share of block reads served from shared buffers during the interval, 0..1.
        std::optional<double> cacheHitRatio;

        bool isValid() const { return perSecond[0].has_value(); }
        std::optional<double> of(Counter counter) const { return perSecond[size_t(counter)]; }
        // The sum of several rates; none when one of them is none.
        std::optional<double> sum(std::initializer_list<Counter> counters) const;
    };

    // Takes the next reading and returns the rates since the one before; the first reading gives none.
    Rates add(const CounterSample &sample);
    // Forgets the previous reading (e.g. after a reconnect to another server).
    void clear() { m_previous.reset(); }

private:
    std::optional<CounterSample> m_previous;
};
