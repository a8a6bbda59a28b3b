#include "seekestimate.h"

#include "common/utctime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>

namespace {

// "2026-11-30 10:00:00.123456+01" (timestamptz as the server prints it) -> milliseconds since the epoch.
std::optional<qint64> timestampMs(const QString &text, bool withZone)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d\\d)-(\\d\\d)(?:[ "
                       "T](\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d+))?)?(?:([+-])(\\d\\d)(?::?(\\d\\d))?)?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt; // infinity, BC dates, odd DateStyle settings: no interpolation
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int ms = m.captured(7).isEmpty() ? 0 : (m.captured(7) + QStringLiteral("00")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    qint64 value = UtcTime::at(date, time).toMSecsSinceEpoch();
    if (withZone && !m.captured(8).isEmpty()) {
        const qint64 offset = (m.captured(9).toInt() * 60 + m.captured(10).toInt()) * 60000LL;
        value += m.captured(8) == QLatin1String("+") ? -offset : offset;
    }
    return value;
}

} // namespace

SeekEstimate::Family SeekEstimate::familyOf(const QString &type)
{
    if (type == QLatin1String("smallint") || type == QLatin1String("integer") || type == QLatin1String("bigint"))
        return Family::Integer;
    if (type.startsWith(QLatin1String("numeric")) || type == QLatin1String("real")
        || type == QLatin1String("double precision"))
        return Family::Number;
    if (type.startsWith(QLatin1String("timestamp")))
        return type.endsWith(QLatin1String("with time zone")) ? Family::TimestampTz : Family::Timestamp;
    if (type == QLatin1String("date"))
        return Family::Date;
    return Family::Other;
}

SeekEstimate::SeekEstimate(const QString &boundsLiteral, double nullFraction, Family family)
    : m_bounds(parseArray(boundsLiteral))
    , m_nullFraction(qBound(0.0, nullFraction, 1.0))
    , m_family(family)
{
    m_bounds.removeAll(QString()); // a NULL element never sorts among values
}

QStringList SeekEstimate::parseArray(const QString &literal)
{
    QStringList elements;
    const QString text = literal.trimmed();
    if (!text.startsWith(QLatin1Char('{')) || !text.endsWith(QLatin1Char('}')))
        return elements;
    QString current;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 1; i < text.size() - 1; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('\\') && i + 1 < text.size() - 1)
                current += text[++i];
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                current += c;
        } else if (c == QLatin1Char('"')) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            elements << (!wasQuoted && current == QLatin1String("NULL") ? QString() : current);
            current.clear();
            wasQuoted = false;
        } else {
            current += c;
        }
    }
    if (!text.isEmpty() && text.size() > 2)
        elements << (!wasQuoted && current == QLatin1String("NULL") ? QString() : current);
    return elements;
}

SeekEstimate::Target SeekEstimate::at(double fraction, bool descending) const
{
    Target target;
    fraction = qBound(0.0, fraction, 1.0);
    const double values = 1.0 - m_nullFraction;
    // Where the fraction falls among the non-NULL values, ascending.
    double quantile;
    if (descending) {
        if (fraction < m_nullFraction || values <= 0) {
            target.inNulls = true;
            return target;
        }
        quantile = 1.0 - (fraction - m_nullFraction) / values;
    } else {
        if ((m_nullFraction > 0 && fraction >= values) || values <= 0) {
            target.inNulls = true;
            return target;
        }
        quantile = fraction / values;
    }
    if (!isValid())
        return target;
    const double position = qBound(0.0, quantile, 1.0) * double(m_bounds.size() - 1);
    const int bucket = qMin(int(position), int(m_bounds.size()) - 2);
    target.value = interpolate(bucket, position - bucket);
    return target;
}

QString SeekEstimate::interpolate(int bucket, double within) const
{
    const QString &low = m_bounds[bucket];
    const QString &high = m_bounds[bucket + 1];
    switch (m_family) {
    case Family::Integer: {
        bool okLow = false;
        bool okHigh = false;
        const double a = low.toDouble(&okLow);
        const double b = high.toDouble(&okHigh);
        // Near the ends of bigint a double cannot hold the value: the nearer bound instead.
        if (!okLow || !okHigh || qMax(qAbs(a), qAbs(b)) > 9.0e18)
            break;
        return QString::number(qint64(std::llround(std::floor(a + (b - a) * within))));
    }
    case Family::Number: {
        bool okLow = false;
        bool okHigh = false;
        const double a = low.toDouble(&okLow);
        const double b = high.toDouble(&okHigh);
        if (!okLow || !okHigh || !std::isfinite(a) || !std::isfinite(b))
            break;
        return QString::number(a + (b - a) * within, 'g', 17);
    }
    case Family::Timestamp:
    case Family::TimestampTz:
    case Family::Date: {
        const bool zone = m_family == Family::TimestampTz;
        const auto a = timestampMs(low, zone);
        const auto b = timestampMs(high, zone);
        if (!a || !b)
            break;
        const QDateTime at = UtcTime::fromMSecsSinceEpoch(*a + qint64(double(*b - *a) * within));
        if (m_family == Family::Date)
            return at.date().toString(Qt::ISODate);
        return at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + (zone ? QStringLiteral("+00") : QString());
    }
    case Family::Other:
        break;
    }
    return within < 0.5 ? low : high;
}

std::optional<double> SeekEstimate::number(const QString &text) const
{
    bool ok = false;
    switch (m_family) {
    case Family::Integer:
    case Family::Number: {
        const double value = text.toDouble(&ok);
        return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
    }
    case Family::Timestamp:
    case Family::TimestampTz:
    case Family::Date:
        if (const auto ms = timestampMs(text, m_family == Family::TimestampTz))
            return double(*ms);
        return std::nullopt;
    case Family::Other:
        break;
    }
    return std::nullopt;
}

double SeekEstimate::fractionOf(const QVariant &value, bool descending) const
{
    const double values = 1.0 - m_nullFraction;
    double quantile = 0;
    if (value.isNull()) {
        return descending ? m_nullFraction / 2 : values + m_nullFraction / 2;
    } else if (isValid()) {
        // The bucket the value falls in, then where inside it (numbers, dates) or its middle (text).
        const QString text = value.toString();
        const std::optional<double> x = number(text);
        const auto below = [&](const QString &bound) {
            const std::optional<double> b = number(bound);
            return x && b ? *b <= *x : bound.compare(text) <= 0;
        };
        const int count = int(m_bounds.size());
        int bucket = 0;
        while (bucket < count - 2 && below(m_bounds[bucket + 1]))
            ++bucket;
        double within = 0.5;
        const std::optional<double> low = number(m_bounds[bucket]);
        const std::optional<double> high = number(m_bounds[bucket + 1]);
        if (x && low && high && *high > *low)
            within = qBound(0.0, (*x - *low) / (*high - *low), 1.0);
        else if (!below(m_bounds[bucket]))
            within = 0;
        quantile = (bucket + within) / double(count - 1);
    }
    return descending ? m_nullFraction + (1.0 - quantile) * values : quantile * values;
}
