#include "table/seekestimate.h"

#include <QtTest>

// SeekEstimate without a server: pg_stats' array text, and fractions of the order turned into values.
class TestSeekEstimate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseArray_data();
    void parseArray();
    void integersInterpolate();
    void descendingAndNulls();
    void timestampsInterpolate();
    void textTakesTheNearerBound();
    void noHistogramIsInvalid();
    void fractionOfIsTheInverse();
    void nullsArePlacedByTheKey();
    void commonValuesJoinTheHistogram();
    void sampleIsPlacedByTheTable();
};

void TestSeekEstimate::parseArray_data()
{
    QTest::addColumn<QString>("literal");
    QTest::addColumn<QStringList>("elements");
    QTest::newRow("numbers") << "{1,50,100}" << QStringList {"1", "50", "100"};
    QTest::newRow("quoted") << R"({"2026-01-01 00:00:00+00","a \"b\", c"})"
                            << QStringList {"2026-01-01 00:00:00+00", R"(a "b", c)"};
    QTest::newRow("NULL and a quoted NULL") << R"({NULL,"NULL"})" << QStringList {QString(), "NULL"};
    QTest::newRow("empty") << "{}" << QStringList {};
    QTest::newRow("not an array") << "" << QStringList {};
}

void TestSeekEstimate::parseArray()
{
    QFETCH(QString, literal);
    QFETCH(QStringList, elements);
    QCOMPARE(SeekEstimate::parseArray(literal), elements);
}

void TestSeekEstimate::integersInterpolate()
{
    const SeekEstimate estimate(QStringLiteral("{0,1000,2000,10000}"), 0, SeekEstimate::Family::Integer);
    QVERIFY(estimate.isValid());
    QCOMPARE(estimate.at(0, false).value.toString(), QStringLiteral("0"));
    QCOMPARE(estimate.at(0.5, false).value.toString(), QStringLiteral("1500")); // 1.5 buckets of 3
    QCOMPARE(estimate.at(1, false).value.toString(), QStringLiteral("10000"));
    QCOMPARE(SeekEstimate::familyOf(QStringLiteral("bigint")), SeekEstimate::Family::Integer);
}

void TestSeekEstimate::descendingAndNulls()
{
    // A fifth NULL: ascending they come last, descending first.
    const SeekEstimate estimate(QStringLiteral("{0,100}"), 0.2, SeekEstimate::Family::Integer);
    QVERIFY(estimate.at(0.9, false).inNulls);
    QCOMPARE(estimate.at(0.4, false).value.toString(), QStringLiteral("50"));
    QVERIFY(estimate.at(0.1, true).inNulls);
    QCOMPARE(estimate.at(0.2, true).value.toString(), QStringLiteral("100"));
    QCOMPARE(estimate.at(0.6, true).value.toString(), QStringLiteral("50"));
}

void TestSeekEstimate::timestampsInterpolate()
{
    const SeekEstimate zoned(QStringLiteral(R"({"2026-01-01 00:00:00+01","2026-01-01 02:00:00.5+01"})"), 0,
        SeekEstimate::Family::TimestampTz);
    QCOMPARE(zoned.at(0.5, false).value.toString(), QStringLiteral("2026-01-01 00:00:00.250+00"));
    const SeekEstimate plain(
        QStringLiteral(R"({"2026-01-01 00:00:00","2026-01-03 00:00:00"})"), 0, SeekEstimate::Family::Timestamp);
    QCOMPARE(plain.at(0.5, false).value.toString(), QStringLiteral("2026-01-02 00:00:00.000"));
    const SeekEstimate dates(QStringLiteral("{2026-01-01,2026-01-11}"), 0, SeekEstimate::Family::Date);
    QCOMPARE(dates.at(0.5, false).value.toString(), QStringLiteral("2026-01-06"));
    QCOMPARE(SeekEstimate::familyOf(QStringLiteral("timestamp with time zone")), SeekEstimate::Family::TimestampTz);
    // infinity cannot be interpolated: the nearer bound is taken.
    const SeekEstimate infinite(QStringLiteral("{2026-01-01,infinity}"), 0, SeekEstimate::Family::Date);
    QCOMPARE(infinite.at(0.9, false).value.toString(), QStringLiteral("infinity"));
}

void TestSeekEstimate::textTakesTheNearerBound()
{
    const SeekEstimate estimate(QStringLiteral("{alice,bob,carol}"), 0, SeekEstimate::Family::Other);
    QCOMPARE(estimate.at(0.1, false).value.toString(), QStringLiteral("alice"));
    QCOMPARE(estimate.at(0.4, false).value.toString(), QStringLiteral("bob"));
}

void TestSeekEstimate::noHistogramIsInvalid()
{
    QVERIFY(!SeekEstimate(QString(), 0, SeekEstimate::Family::Integer).isValid());
    QVERIFY(!SeekEstimate(QStringLiteral("{1}"), 0, SeekEstimate::Family::Integer).isValid());
}

void TestSeekEstimate::fractionOfIsTheInverse()
{
    const SeekEstimate estimate(QStringLiteral("{0,1000,2000,10000}"), 0.25, SeekEstimate::Family::Integer);
    for (const double fraction : {0.0, 0.1, 0.3, 0.5, 0.7}) {
        const QVariant value = estimate.at(fraction, false).value;
        QVERIFY2(qAbs(estimate.fractionOf(value, false) - fraction) < 0.001, qPrintable(value.toString()));
        const QVariant descending = estimate.at(fraction + 0.25, true).value;
        QVERIFY2(
            qAbs(estimate.fractionOf(descending, true) - (fraction + 0.25)) < 0.001, qPrintable(descending.toString()));
    }
    QVERIFY(estimate.fractionOf(QVariant(), false) > 0.75); // NULLs last ascending
    QVERIFY(estimate.fractionOf(QVariant(), true) < 0.25); // and first descending
    const SeekEstimate text(QStringLiteral("{alice,bob,carol}"), 0, SeekEstimate::Family::Other);
    QVERIFY(text.fractionOf(QStringLiteral("bobby"), false) > 0.5);
    QVERIFY(text.fractionOf(QStringLiteral("bobby"), false) < 1.0);
}

// A sample of whole blocks from the first 80 % of the table (the order follows the storage): its quantiles
// alone put the middle at 400 of 1,000. Its kept rows are placed among all its rows, then read off the whole
// table's statistics.
void TestSeekEstimate::sampleIsPlacedByTheTable()
{
    using F = SeekEstimate::Family;
    QStringList table;
    QStringList sampled;
    QStringList firstFifth;
    for (int i = 0; i <= 100; ++i) {
        table << QString::number(i * 10);
        sampled << QString::number(i * 8);
        firstFifth << QString::number(i * 8 / 5);
    }
    const auto literal = [](const QStringList &bounds) {
        return QLatin1Char('{') + bounds.join(',') + QLatin1Char('}');
    };
    const SeekEstimate whole(literal(table), 0.1, F::Integer);
    const SeekEstimate all(literal(sampled), 0, F::Integer);
    // A filter unrelated to the order keeps rows everywhere: the table's own middle.
    const SeekEstimate independent(literal(sampled), 0.2, F::Integer);
    QCOMPARE(independent.at(0.4, false).value.toString(), QStringLiteral("400")); // half of the values, alone
    const SeekEstimate placed = independent.placedBy(all, whole);
    QCOMPARE(placed.at(0.4, false).value.toString(), QStringLiteral("500"));
    QVERIFY(placed.at(0.9, false).inNulls); // the kept rows' NULL share stays
    // A filter that keeps the first fifth of the order: the first fifth of the table.
    const SeekEstimate followed = SeekEstimate(literal(firstFifth), 0, F::Integer).placedBy(all, whole);
    QCOMPARE(followed.at(0.5, false).value.toString(), QStringLiteral("100"));
    QCOMPARE(followed.at(1, false).value.toString(), QStringLiteral("200"));
    // Times round-trip through the array text.
    const SeekEstimate times(
        QStringLiteral(R"({"2026-01-01 00:00:00+00","2026-01-02 00:00:00+00"})"), 0, F::TimestampTz);
    const SeekEstimate wholeTimes(
        QStringLiteral(R"({"2026-01-01 00:00:00+00","2026-01-03 00:00:00+00"})"), 0, F::TimestampTz);
    const SeekEstimate placedTimes = times.placedBy(times, wholeTimes);
    QCOMPARE(placedTimes.at(0.5, false).value, wholeTimes.at(0.5, false).value);
    // Text has no arithmetic to place by: unchanged; and without the table's statistics too.
    const SeekEstimate text(QStringLiteral("{a,m,z}"), 0, F::Other);
    QCOMPARE(text.placedBy(text, SeekEstimate(QStringLiteral("{a,b}"), 0, F::Other)).bounds(), text.bounds());
    QCOMPARE(independent.placedBy(all, SeekEstimate()).bounds(), independent.bounds());
}

QTEST_GUILESS_MAIN(TestSeekEstimate)
#include "tst_seekestimate.moc"

void TestSeekEstimate::nullsArePlacedByTheKey()
{
    // A fifth NULL whose rows' ids spread from 1 to 1001: the fraction inside them picks an id.
    SeekEstimate estimate(QStringLiteral("{0,100}"), 0.2, SeekEstimate::Family::Integer);
    QVERIFY(estimate.at(0.9, false).nullKey.isNull()); // no key statistics: only "among the NULLs"
    estimate.setKeyBounds(QStringLiteral("{1,1001}"), SeekEstimate::Family::Integer);
    // Ascending, NULLs last: 0.9 is half way through them, in the key's ascending order.
    const SeekEstimate::Target late = estimate.at(0.9, false);
    QVERIFY(late.inNulls);
    QVERIFY(late.value.isNull());
    const auto near = [](const QVariant &key, qint64 expected) {
        return qAbs(key.toLongLong() - expected) <= 1;
    };
    QVERIFY2(near(late.nullKey, 501), qPrintable(late.nullKey.toString())); // floating point: 500 or 501
    QVERIFY(near(estimate.at(0.85, false).nullKey, 251));
    // Descending, NULLs first, the key descending too: 0.05 is a quarter through them, near the high ids.
    QVERIFY(near(estimate.at(0.05, true).nullKey, 751));
    QCOMPARE(estimate.at(0.0, true).nullKey.toString(), QStringLiteral("1001"));
    QVERIFY(!estimate.at(0.4, false).inNulls);
    QVERIFY(estimate.at(0.4, false).nullKey.isNull());
}

void TestSeekEstimate::commonValuesJoinTheHistogram()
{
    // 30 % of the rows hold 0 (a common value, left out of the histogram), the rest spread over 1..101.
    SeekEstimate estimate(QStringLiteral("{1,101}"), 0, SeekEstimate::Family::Integer);
    QVERIFY(estimate.setMostCommon(QStringLiteral("{0}"), QStringLiteral("{0.3}")));
    estimate.setKeyBounds(QStringLiteral("{1,1001}"), SeekEstimate::Family::Integer);
    const auto near = [](const QVariant &value, qint64 expected) {
        return qAbs(value.toLongLong() - expected) <= 1;
    };
    const SeekEstimate::Target past = estimate.at(0.65, false); // half way through the other 70 %
    QVERIFY2(near(past.value, 51), qPrintable(past.value.toString()));
    QVERIFY(past.tieKey.isNull());
    // Inside the zeros: the value, and the key half way through them.
    const SeekEstimate::Target inside = estimate.at(0.15, false);
    QCOMPARE(inside.value.toString(), QStringLiteral("0"));
    QVERIFY2(near(inside.tieKey, 501), qPrintable(inside.tieKey.toString()));
    // Descending, the zeros come last: 0.85 is half way through them.
    QCOMPARE(estimate.at(0.85, true).value.toString(), QStringLiteral("0"));
    QVERIFY(near(estimate.at(0.85, true).tieKey, 501));
    QVERIFY(estimate.fractionOf(QVariant(51), false) > 0.6);
    // Text has no arithmetic: a few common rows are ignored, many make the caller sample instead.
    QVERIFY(SeekEstimate(QStringLiteral("{a,z}"), 0, SeekEstimate::Family::Other)
                .setMostCommon(QStringLiteral("{m}"), QStringLiteral("{0.01}")));
    QVERIFY(!SeekEstimate(QStringLiteral("{a,z}"), 0, SeekEstimate::Family::Other)
                 .setMostCommon(QStringLiteral("{m}"), QStringLiteral("{0.4}")));
    // Only common values (a status column): no histogram at all, still a distribution.
    SeekEstimate status(QString(), 0, SeekEstimate::Family::Integer);
    QVERIFY(!status.isValid());
    QVERIFY(status.setMostCommon(QStringLiteral("{1,2}"), QStringLiteral("{0.25,0.75}")));
    QVERIFY(status.isValid());
    QCOMPARE(status.at(0.5, false).value.toString(), QStringLiteral("2"));
}
