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
    enum class Family { Integer, Number, Timestamp, TimestampTz, Date, Tid, Other }; // Tid: ctid, by block
    static Family familyOf(const QString &type); // "bigint", "timestamp with time zone", ...

    SeekEstimate() = default;
    SeekEstimate(const QString &boundsLiteral, double nullFraction, Family family);
    bool isValid() const { return m_bounds.size() >= 2; }
    // The first key column's bounds (its statistics, or a sample of the rows whose value is NULL): rows of
    // one value, NULL or a most common one, follow the key, which places a seek inside them.
    void setKeyBounds(const QString &boundsLiteral, Family family);
    // ANALYZE's most common values and their shares (pg_stats most_common_vals / _freqs), merged into the
    // histogram (see MostCommonValues). False when that is not possible (text: no arithmetic) and they are
    // more than a few percent of the rows: the caller then samples instead.
    bool setMostCommon(const QString &valuesLiteral, const QString &freqsLiteral);
    const QStringList &bounds() const { return m_bounds; }
    // This estimate (a sample's rows that the filters keep) carried over to the whole table's statistics: each
    // bound is placed among all the sampled rows (sampled, no NULL share) and that place is read off table
    // (pg_stats, from rows spread over the whole table). A sample of whole blocks sees few places in an order
    // that follows the storage, but its kept rows and all its rows see the same ones, so that error cancels.
    // Numbers, dates and times; anything else, or without statistics, is returned unchanged.
    SeekEstimate placedBy(const SeekEstimate &sampled, const SeekEstimate &table) const;

    struct Target
    {
        QVariant value; // text the server casts to the column's type
        bool inNulls = false; // the fraction falls among the NULLs (after the values ascending, before descending)
        QVariant nullKey; // inNulls: the first key column's value to start at there (null: no statistics)
        QVariant tieKey; // value is a common one whose rows fill this place: the key to start at among them
    };
    // The value at fraction (0 = first row, 1 = last) of the rows in the given order (NULLs last ascending,
    // first descending, as PostgreSQL sorts by default).
    Target at(double fraction, bool descending) const;
    // The reverse: how far through the order (0..1) a value lies; a null value is among the NULLs.
    double fractionOf(const QVariant &value, bool descending) const;

    // The elements of a one-dimensional array literal as PostgreSQL prints it: {a,"b c",NULL}.
    static QStringList parseArray(const QString &literal);

private:
    static QString valueAt(const QStringList &bounds, Family family, double quantile);
    static QString interpolate(const QStringList &bounds, Family family, int bucket, double within);
    static QString text(double value, Family family); // back from number()
    static std::optional<double> number(const QString &text, Family family);
    std::optional<double> number(const QString &text) const; // the value on a line, for this family

    QStringList m_bounds;
    double m_nullFraction = 0;
    Family m_family = Family::Other;
    QStringList m_keyBounds;
    Family m_keyFamily = Family::Other;
    struct Run // a most common value: from and to as shares of the non-NULL rows before and up to its end
    {
        QString value;
        double from = 0;
        double to = 0;
    };
    QList<Run> m_runs;
};
