#include "monitor/refreshcadence.h"

#include <QtTest>

// RefreshCadence: backs off while refreshes are slow, returns once they are fast, never beyond a minute.
class TestRefreshCadence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void staysWhileFast();
    void backsOffWhileSlow();
    void returnsWhenFastAgain();
    void newChoiceStartsAfresh();
};

void TestRefreshCadence::staysWhileFast()
{
    RefreshCadence cadence(2000);
    QVERIFY(!cadence.record(5));
    QVERIFY(!cadence.record(400)); // exactly a fifth: still fine
    QCOMPARE(cadence.current(), 2000);
    QVERIFY(!cadence.isBackedOff());
}

void TestRefreshCadence::backsOffWhileSlow()
{
    RefreshCadence cadence(2000);
    QVERIFY(cadence.record(500));
    QCOMPARE(cadence.current(), 4000);
    QVERIFY(cadence.isBackedOff());
    QVERIFY(!cadence.record(700)); // under a fifth of 4 s: stays, but not yet back
    QCOMPARE(cadence.current(), 4000);
    for (int i = 0; i < 10; ++i)
        cadence.record(30000);
    QCOMPARE(cadence.current(), RefreshCadence::MaxIntervalMs);
}

void TestRefreshCadence::returnsWhenFastAgain()
{
    RefreshCadence cadence(2000);
    cadence.record(1000);
    cadence.record(2000);
    QCOMPARE(cadence.current(), 8000);
    QVERIFY(cadence.record(10)); // under a tenth of the chosen interval
    QCOMPARE(cadence.current(), 2000);
    QVERIFY(!cadence.isBackedOff());
}

void TestRefreshCadence::newChoiceStartsAfresh()
{
    RefreshCadence cadence(2000);
    cadence.record(1000);
    cadence.setChosen(5000);
    QCOMPARE(cadence.current(), 5000);
    cadence.setChosen(10);
    QCOMPARE(cadence.chosen(), RefreshCadence::MinIntervalMs);
}

QTEST_GUILESS_MAIN(TestRefreshCadence)
#include "tst_refreshcadence.moc"
