#pragma once

#include <QtGlobal>

// How often the dashboard refreshes: the interval the user chose, doubled (up to a minute) while a refresh
// takes more than a fifth of the current interval, so a struggling server is asked less often, and back to
// the chosen interval once a refresh takes less than a tenth of it again.
class RefreshCadence
{
public:
    static constexpr int MaxIntervalMs = 60000;
    static constexpr int MinIntervalMs = 250;

    explicit RefreshCadence(int chosenMs = 2000) { setChosen(chosenMs); }

    // A new choice starts afresh.
    void setChosen(int milliseconds);
    int chosen() const { return m_chosen; }
    int current() const { return m_current; }
    bool isBackedOff() const { return m_current != m_chosen; }

    // Takes how long the last refresh took; true when the current interval changed.
    bool record(qint64 elapsedMs);

private:
    int m_chosen = 2000;
    int m_current = 2000;
};
