#include "refreshcadence.h"

void RefreshCadence::setChosen(int milliseconds)
{
    m_chosen = qBound(MinIntervalMs, milliseconds, MaxIntervalMs);
    m_current = m_chosen;
}

bool RefreshCadence::record(qint64 elapsedMs)
{
    int next = m_current;
    if (elapsedMs * 5 > m_current)
        next = qMin(MaxIntervalMs, m_current * 2);
    else if (elapsedMs * 10 < m_chosen)
        next = m_chosen;
    if (next == m_current)
        return false;
    m_current = next;
    return true;
}
