#pragma once

#include <QDateTime>
#include <QTimeZone>

// UTC date-times on every Qt we build with: Qt 6.4 (Debian 12) knows UTC only as Qt::UTC, while Qt 6.8
// (Debian 13) warns that the Qt::TimeSpec overloads are deprecated and offers QTimeZone::UTC (from 6.5 on).
// Both ways give a date-time whose timeSpec() is Qt::UTC.
namespace UtcTime {

// date and time read as UTC.
inline QDateTime at(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

inline QDateTime fromMSecsSinceEpoch(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

// The same date and time, now meant as UTC (not converted).
inline QDateTime readAsUtc(const QDateTime &dateTime)
{
    return at(dateTime.date(), dateTime.time());
}

} // namespace UtcTime
