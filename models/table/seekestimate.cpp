#include "seekestimate.h"

#include "common/utctime.h"
#include "mostcommonvalues.h"

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

// "(1234,5)" -> 1234: where a row lies in a table read in ctid order.
std::optional<double> tidBlock(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\((\\d+),\\d+\\)$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toDouble();
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

void SeekEstimate::setKeyBounds(const QString &boundsLiteral, Family family)
{
    m_keyBounds = parseArray(boundsLiteral);
    m_keyBounds.removeAll(QString());
    m_keyFamily = family;
}

bool SeekEstimate::setMostCommon(const QString &valuesLiteral, const QString &freqsLiteral)
{
    const QStringList values = parseArray(valuesLiteral);
    const QStringList freqs = parseArray(freqsLiteral);
    if (values.isEmpty() || values.size() != freqs.size())
        return true;
    QList<double> common;
    QList<double> shares;
    QList<double> bounds;
    double share = 0;
    bool numeric = true;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const std::optional<double> x = number(values[i], m_family);
        numeric = numeric && x.has_value();
        common << x.value_or(0);
        shares << freqs[i].toDouble();
        share += shares.last();
    }
    for (const QString &bound : m_bounds) {
        const std::optional<double> x = number(bound, m_family);
        numeric = numeric && x.has_value();
        bounds << x.value_or(0);
    }
    if (!numeric)
        return share < 0.05;
    const auto merged = MostCommonValues::merge(bounds, common, shares, m_nullFraction);
    if (!merged)
        return true;
    m_bounds.clear();
    for (double x : merged->bounds)
        m_bounds << text(x, m_family);
    for (const MostCommonValues::Run &run : merged->runs)
        m_runs << Run {text(run.value, m_family), run.from, run.to};
    return true;
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
    // Where the fraction falls among the non-NULL values, ascending; or among the NULLs, which follow the
    // key in the same direction.
    double quantile;
    if (descending) {
        if (fraction < m_nullFraction || values <= 0) {
            target.inNulls = true;
            quantile = 1.0 - fraction / qMax(m_nullFraction, 1e-12);
        } else {
            quantile = 1.0 - (fraction - m_nullFraction) / values;
        }
    } else {
        if ((m_nullFraction > 0 && fraction >= values) || values <= 0) {
            target.inNulls = true;
            quantile = (fraction - values) / qMax(m_nullFraction, 1e-12);
        } else {
            quantile = fraction / values;
        }
    }
    if (target.inNulls) {
        if (m_keyBounds.size() >= 2)
            target.nullKey = valueAt(m_keyBounds, m_keyFamily, quantile);
        return target;
    }
    if (!isValid())
        return target;
    for (const Run &run : m_runs) {
        if (quantile >= run.from && quantile < run.to && m_keyBounds.size() >= 2) {
            // Inside the rows of one common value, which follow the key (ascending here, whatever the order).
            target.value = run.value;
            target.tieKey = valueAt(m_keyBounds, m_keyFamily, (quantile - run.from) / (run.to - run.from));
            return target;
        }
    }
    target.value = valueAt(m_bounds, m_family, quantile);
    return target;
}

QString SeekEstimate::valueAt(const QStringList &bounds, Family family, double quantile)
{
    const double position = qBound(0.0, quantile, 1.0) * double(bounds.size() - 1);
    const int bucket = qMin(int(position), int(bounds.size()) - 2);
    return interpolate(bounds, family, bucket, position - bucket);
}

QString SeekEstimate::interpolate(const QStringList &bounds, Family family, int bucket, double within)
{
    const QString &low = bounds[bucket];
    const QString &high = bounds[bucket + 1];
    const std::optional<double> a = number(low, family);
    const std::optional<double> b = number(high, family);
    // Near the ends of bigint a double cannot hold the value: the nearer bound instead. So for text.
    if (a && b && !(family == Family::Integer && qMax(qAbs(*a), qAbs(*b)) > 9.0e18))
        return text(*a + (*b - *a) * within, family);
    return within < 0.5 ? low : high;
}

QString SeekEstimate::text(double value, Family family)
{
    switch (family) {
    case Family::Integer:
        return QString::number(qint64(std::floor(value)));
    case Family::Number:
        return QString::number(value, 'g', 17);
    case Family::Timestamp:
    case Family::TimestampTz:
    case Family::Date: {
        const QDateTime at = UtcTime::fromMSecsSinceEpoch(qint64(std::floor(value)));
        if (family == Family::Date)
            return at.date().toString(Qt::ISODate);
        return at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
            + (family == Family::TimestampTz ? QStringLiteral("+00") : QString());
    }
    case Family::Tid:
        return QStringLiteral("(%1,0)").arg(qint64(std::floor(value)));
    case Family::Other:
        break;
    }
    return {};
}

std::optional<double> SeekEstimate::number(const QString &text, Family family)
{
    switch (family) {
    case Family::Integer:
    case Family::Number: {
        bool ok = false;
        const double value = text.toDouble(&ok);
        return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
    }
    case Family::Timestamp:
    case Family::TimestampTz:
    case Family::Date:
        if (const auto ms = timestampMs(text, family == Family::TimestampTz))
            return double(*ms);
        return std::nullopt;
    case Family::Tid:
        return tidBlock(text);
    case Family::Other:
        break;
    }
    return std::nullopt;
}

std::optional<double> SeekEstimate::number(const QString &text) const
{
    return number(text, m_family);
}

SeekEstimate SeekEstimate::placedBy(const SeekEstimate &sampled, const SeekEstimate &table) const
{
    if (!isValid() || !sampled.isValid() || !table.isValid() || m_family == Family::Other || m_family == Family::Tid)
        return *this;
    const double values = 1.0 - table.m_nullFraction;
    QStringList bounds;
    for (const QString &bound : m_bounds) {
        const double place = sampled.fractionOf(bound, false);
        // Short of the NULLs, which would start at exactly the last value's place.
        const Target target = table.at(table.m_nullFraction > 0 ? qMin(place, 1.0 - 1e-9) * values : place, false);
        if (target.inNulls || target.value.isNull())
            return *this;
        bounds << target.value.toString();
    }
    SeekEstimate placed = *this; // the kept rows' NULL share, key bounds and common values stay
    placed.m_bounds = bounds;
    return placed;
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
