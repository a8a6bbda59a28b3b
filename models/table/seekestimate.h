#pragma once

#include <QStringList>
#include <QVariant>
#include <optional>

// Turns "this far through the ordered table" into a value of the sort column to seek to with the keyset
// (never OFFSET): the server's statistics for the column (pg_stats: the NULL fraction and the
// equal-frequency histogram bounds), interpolated inside a bucket for numbers, dates and timestamps. The
// position it gives is an estimate; the browser says so.
class SeekEstimate
{
public:
    enum class Family { Integer, Number, Timestamp, TimestampTz, Date, Other };
    static Family familyOf(const QString &type); // "bigint", "timestamp with time zone", ...

    SeekEstimate() = default;
    SeekEstimate(const QString &boundsLiteral, double nullFraction, Family family);
    bool isValid() const { return m_bounds.size() >= 2; }
    const QStringList &bounds() const { return m_bounds; }

    struct Target
    {
        QVariant value; // text the server casts to the column's type
        bool inNulls = false; // the fraction falls among the NULLs (after the values ascending, before descending)
    };
    // The value at fraction (0 = first row, 1 = last) of the rows in the given order (NULLs last ascending,
    // first descending, as PostgreSQL sorts by default).
    Target at(double fraction, bool descending) const;
    // The reverse: how far through the order (0..1) a value lies; a null value is among the NULLs.
    double fractionOf(const QVariant &value, bool descending) const;

    // The elements of a one-dimensional array literal as PostgreSQL prints it: {a,"b c",NULL}.
    static QStringList parseArray(const QString &literal);

private:
    QString interpolate(int bucket, double within) const;
    std::optional<double> number(const QString &text) const; // the value on a line, for this family

    QStringList m_bounds;
    double m_nullFraction = 0;
    Family m_family = Family::Other;
};
