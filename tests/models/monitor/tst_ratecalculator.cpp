#include "monitor/ratecalculator.h"

#include <QtTest>

namespace {

CounterSample reading(
    double seconds, qint64 commits, std::optional<double> reset = std::nullopt, qint64 hits = 0, qint64 reads = 0)
{
    CounterSample s;
    s.seconds = seconds;
    s.statsReset = reset;
    s.values[size_t(Counter::Commits)] = commits;
    s.values[size_t(Counter::BlocksHit)] = hits;
    s.values[size_t(Counter::BlocksRead)] = reads;
    return s;
}

} // namespace

// RateCalculator: counters to per-second rates over the measured interval; no rate across a reset.
class TestRateCalculator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstSampleHasNoRates();
    void ratesArePerSecondOfTheMeasuredInterval_data();
    void ratesArePerSecondOfTheMeasuredInterval();
    void statsResetGivesNoRate();
    void decreasingCounterGivesNoRate();
    void clockThatDidNotMoveGivesNoRate();
    void cacheHitRatioOfTheInterval();
    void sumOfRates();
};

void TestRateCalculator::firstSampleHasNoRates()
{
    RateCalculator calculator;
    const RateCalculator::Rates rates = calculator.add(reading(100, 50));
    QVERIFY(!rates.isValid());
    QVERIFY(!rates.of(Counter::Commits));
    QVERIFY(!rates.reset);
}

void TestRateCalculator::ratesArePerSecondOfTheMeasuredInterval_data()
{
    QTest::addColumn<QList<double>>("times");
    QTest::addColumn<QList<qint64>>("commits");
    QTest::addColumn<QList<double>>("expected"); // per interval; -1: none

    QTest::newRow("regular 2 s") << QList<double> {0, 2, 4} << QList<qint64> {0, 20, 60} << QList<double> {10, 20};
    // A refresh that came late (5 s instead of 2) is not five times too fast: the measured time counts.
    QTest::newRow("irregular") << QList<double> {0, 2, 7, 7.5} << QList<qint64> {0, 20, 70, 80}
                               << QList<double> {10, 10, 20};
    QTest::newRow("sub-second") << QList<double> {10, 10.25} << QList<qint64> {100, 101} << QList<double> {4};
    QTest::newRow("idle") << QList<double> {0, 3} << QList<qint64> {7, 7} << QList<double> {0};
}

void TestRateCalculator::ratesArePerSecondOfTheMeasuredInterval()
{
    QFETCH(QList<double>, times);
    QFETCH(QList<qint64>, commits);
    QFETCH(QList<double>, expected);
    RateCalculator calculator;
    calculator.add(reading(times[0], commits[0]));
    for (int i = 1; i < times.size(); ++i) {
        const RateCalculator::Rates rates = calculator.add(reading(times[i], commits[i]));
        QVERIFY(rates.isValid());
        QCOMPARE(rates.intervalSeconds, times[i] - times[i - 1]);
        QCOMPARE(*rates.of(Counter::Commits), expected[i - 1]);
    }
}

void TestRateCalculator::statsResetGivesNoRate()
{
    RateCalculator calculator;
    calculator.add(reading(0, 1000, 50.0));
    // pg_stat_reset(): stats_reset moves, and counters restart; even one that grew must not show.
    const RateCalculator::Rates across = calculator.add(reading(2, 1500, 51.0));
    QVERIFY(across.reset);
    QVERIFY(!across.isValid());
    QVERIFY(!across.of(Counter::Commits));
    // The next interval is measured from the reading after the reset.
    const RateCalculator::Rates after = calculator.add(reading(4, 1520, 51.0));
    QVERIFY(!after.reset);
    QCOMPARE(*after.of(Counter::Commits), 10.0);
}

void TestRateCalculator::decreasingCounterGivesNoRate()
{
    RateCalculator calculator;
    calculator.add(reading(0, 1000));
    // A crash restart resets counters without a stats_reset time: a counter going down is a reset.
    const RateCalculator::Rates across = calculator.add(reading(2, 3));
    QVERIFY(across.reset);
    QVERIFY(!across.isValid());
    const RateCalculator::Rates after = calculator.add(reading(3, 5));
    QCOMPARE(*after.of(Counter::Commits), 2.0);
}

void TestRateCalculator::clockThatDidNotMoveGivesNoRate()
{
    RateCalculator calculator;
    calculator.add(reading(10, 1));
    QVERIFY(!calculator.add(reading(10, 5)).isValid());
    QVERIFY(!calculator.add(reading(9, 6)).isValid());
    QCOMPARE(*calculator.add(reading(11, 8)).of(Counter::Commits), 1.0);
}

void TestRateCalculator::cacheHitRatioOfTheInterval()
{
    RateCalculator calculator;
    calculator.add(reading(0, 0, std::nullopt, 1000, 1000));
    // Since the reset half the blocks were hits; in this interval 90 %.
    QCOMPARE(*calculator.add(reading(1, 0, std::nullopt, 1090, 1010)).cacheHitRatio, 0.9);
    // No block read at all: no ratio rather than 0 % or 100 %.
    QVERIFY(!calculator.add(reading(2, 0, std::nullopt, 1090, 1010)).cacheHitRatio);
    calculator.clear();
    QVERIFY(!calculator.add(reading(3, 0, std::nullopt, 2000, 2000)).isValid());
}

void TestRateCalculator::sumOfRates()
{
    RateCalculator calculator;
    CounterSample first = reading(0, 0);
    CounterSample second = reading(2, 4);
    second.values[size_t(Counter::Rollbacks)] = 2;
    calculator.add(first);
    const RateCalculator::Rates rates = calculator.add(second);
    QCOMPARE(*rates.sum({Counter::Commits, Counter::Rollbacks}), 3.0);
    QVERIFY(!RateCalculator::Rates {}.sum({Counter::Commits}));
}

QTEST_GUILESS_MAIN(TestRateCalculator)
#include "tst_ratecalculator.moc"
