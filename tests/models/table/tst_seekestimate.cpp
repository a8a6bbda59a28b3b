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

QTEST_GUILESS_MAIN(TestSeekEstimate)
#include "tst_seekestimate.moc"
