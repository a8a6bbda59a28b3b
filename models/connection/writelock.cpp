#include "writelock.h"

#include <utility>

WriteLock::WriteLock(bool production, QObject *parent)
    : QObject(parent)
    , m_production(production)
{ }

bool WriteLock::unlock(const QString &reason)
{
    const QString why = reason.trimmed();
    if (!m_production || m_standby || why.isEmpty())
        return false;
    const bool wasUnlocked = std::exchange(m_unlocked, true);
    m_reason = why;
    if (!wasUnlocked)
        Q_EMIT changed(false);
    return true;
}

void WriteLock::lock()
{
    m_reason.clear();
    if (std::exchange(m_unlocked, false))
        Q_EMIT changed(true);
}

void WriteLock::setStandby(bool standby)
{
    const bool wasLocked = isLocked();
    m_standby = standby;
    if (standby) {
        m_unlocked = false;
        m_reason.clear();
    }
    if (wasLocked != isLocked())
        Q_EMIT changed(isLocked());
}
