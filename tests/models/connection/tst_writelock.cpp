#include "connection/writelock.h"

#include <QSignalSpy>
#include <QtTest>

// The write lock of one writer: production is locked until unlocked with a reason, development never is.
class TestWriteLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void developmentIsNeverLocked();
    void productionUnlocksOnlyWithAReason();
    void lockingAgainForgetsTheReason();
    void locksAreIndependent();
    void standbyIsAlwaysLocked();
};

void TestWriteLock::developmentIsNeverLocked()
{
    WriteLock lock(false);
    QSignalSpy changed(&lock, &WriteLock::changed);
    QVERIFY(!lock.isProduction());
    QVERIFY(!lock.isLocked());
    QVERIFY(!lock.isUnlocked()); // nothing to ask the server for
    QVERIFY(!lock.unlock(QStringLiteral("why not")));
    lock.lock();
    QVERIFY(!lock.isLocked());
    QCOMPARE(changed.count(), 0);
}

void TestWriteLock::productionUnlocksOnlyWithAReason()
{
    WriteLock lock(true);
    QSignalSpy changed(&lock, &WriteLock::changed);
    QVERIFY(lock.isLocked());
    QVERIFY(!lock.unlock(QString()));
    QVERIFY(!lock.unlock(QStringLiteral("   ")));
    QVERIFY(lock.isLocked());
    QCOMPARE(changed.count(), 0);
    QVERIFY(lock.unlock(QStringLiteral("  ticket 7: remove spam  ")));
    QVERIFY(!lock.isLocked());
    QVERIFY(lock.isUnlocked());
    QCOMPARE(lock.reason(), QStringLiteral("ticket 7: remove spam"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toBool(), false);
    // A new reason while unlocked replaces the old one without another change.
    QVERIFY(lock.unlock(QStringLiteral("ticket 8")));
    QCOMPARE(lock.reason(), QStringLiteral("ticket 8"));
    QCOMPARE(changed.count(), 1);
}

void TestWriteLock::lockingAgainForgetsTheReason()
{
    WriteLock lock(true);
    QVERIFY(lock.unlock(QStringLiteral("ticket 9")));
    QSignalSpy changed(&lock, &WriteLock::changed);
    lock.lock();
    QVERIFY(lock.isLocked());
    QVERIFY(lock.reason().isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toBool(), true);
    lock.lock();
    QCOMPARE(changed.count(), 1);
}

void TestWriteLock::locksAreIndependent()
{
    WriteLock first(true);
    WriteLock second(true);
    QVERIFY(first.unlock(QStringLiteral("only this one")));
    QVERIFY(second.isLocked());
}

// A standby refuses writes whatever the profile: locked, no unlock, and an unlock in force is dropped.
void TestWriteLock::standbyIsAlwaysLocked()
{
    WriteLock development(false);
    QSignalSpy changed(&development, &WriteLock::changed);
    development.setStandby(true);
    QVERIFY(development.isStandby());
    QVERIFY(development.isLocked());
    QVERIFY(!development.isUnlocked());
    QVERIFY(!development.unlock(QStringLiteral("ticket 1")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toBool(), true);
    development.setStandby(false); // promoted
    QVERIFY(!development.isLocked());

    WriteLock production(true);
    QVERIFY(production.unlock(QStringLiteral("ticket 2")));
    production.setStandby(true);
    QVERIFY(production.isLocked());
    QVERIFY(production.reason().isEmpty());
    QVERIFY(!production.unlock(QStringLiteral("ticket 3")));
    production.setStandby(false);
    QVERIFY(production.isLocked()); // production again: locked until unlocked
}

QTEST_GUILESS_MAIN(TestWriteLock)
#include "tst_writelock.moc"
