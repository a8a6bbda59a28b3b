#include "connection/session.h"
#include "monitor/replicationmodel.h"
#include "monitor/replicationpanel.h"
#include "testcluster.h"
#include "teststandby.h"
#include "testwait.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

namespace {

constexpr int LongWaitMs = 30000;

} // namespace

// The dashboard's replication panel on a real streaming standby (pg_basebackup -R from the fixture's cluster):
// the primary lists it with its application_name and lag; the standby's own panel says it is a standby and
// how far behind it is.
class TestReplicationPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void primaryListsItsStandby();
    void standbySaysItIsOne();

private:
    bool read(ReplicationModel &model);

    TestCluster m_fixture;
    std::unique_ptr<TestStandby> m_standby;
};

void TestReplicationPanel::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_standby = std::make_unique<TestStandby>(m_fixture.cluster());
    QVERIFY2(m_standby->start(), qPrintable(m_standby->errorString()));
}

bool TestReplicationPanel::read(ReplicationModel &model)
{
    QSignalSpy refreshed(&model, &ReplicationModel::refreshed);
    QSignalSpy failed(&model, &ReplicationModel::failed);
    if (!model.refresh())
        return false;
    return QTest::qWaitFor([&] { return refreshed.count() + failed.count() > 0; }, LongWaitMs) && failed.isEmpty();
}

void TestReplicationPanel::primaryListsItsStandby()
{
    // The standby's WAL receiver connects with its cluster_name as application_name, "walreceiver" without one.
    Session onStandby(m_standby->profile(), QString(), QStringLiteral("standby"));
    QVERIFY(TestWait::open(onStandby));
    const PgResult clusterName = TestWait::result(onStandby.run(QStringLiteral("SHOW cluster_name")));
    QVERIFY(clusterName.ok());
    const QString name = clusterName.value(0, 0).toString();
    const QString expected = name.isEmpty() ? QStringLiteral("walreceiver") : name;

    Session primary(m_fixture.profile(), QString(), QStringLiteral("primary"));
    QVERIFY(TestWait::open(primary));
    ReplicationModel model(&primary);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ReplicationPanel panel(&model);
    QVERIFY(read(model));
    QVERIFY(!model.receiver().isStandby);
    QCOMPARE(model.rowCount(), 1);
    const StandbyRow &row = model.standbys().first();
    QCOMPARE(row.application, expected);
    QCOMPARE(model.index(0, ReplicationModel::Application).data().toString(), expected);
    QCOMPARE(row.state, QStringLiteral("streaming"));
    QCOMPARE(row.syncState, QStringLiteral("async"));
    // The role has pg_monitor: the positions are visible, so the lags are numbers.
    QVERIFY(row.sentLagBytes && *row.sentLagBytes >= 0);
    QVERIFY(row.replayLagBytes && *row.replayLagBytes >= 0);
    QVERIFY2(panel.summary().contains(QLatin1String("primary")), qPrintable(panel.summary()));
    QVERIFY2(panel.summary().contains(QLatin1String("1 standby")), qPrintable(panel.summary()));
    QVERIFY(!panel.view()->isHidden());
    QCOMPARE(panel.view()->model()->rowCount(), 1);
}

void TestReplicationPanel::standbySaysItIsOne()
{
    QVERIFY(m_standby->waitForReplay());
    Session standby(m_standby->profile(), QString(), QStringLiteral("standby"));
    QVERIFY(TestWait::open(standby));
    ReplicationModel model(&standby);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ReplicationPanel panel(&model);
    QVERIFY(!panel.summary().contains(QLatin1String("standby")));
    QVERIFY(read(model));
    const ReceiverStatus &receiver = model.receiver();
    QVERIFY(receiver.isStandby);
    QCOMPARE(receiver.receiverStatus, QStringLiteral("streaming"));
    QVERIFY(!receiver.receiveLsn.isEmpty());
    QVERIFY(!receiver.replayLsn.isEmpty());
    QVERIFY(receiver.behindBytes && *receiver.behindBytes >= 0);
    QVERIFY(receiver.replayLagSeconds && *receiver.replayLagSeconds >= 0);
    QVERIFY(!receiver.replayPaused);
    QCOMPARE(model.rowCount(), 0); // nothing cascades from it
    const QString summary = panel.summary();
    QVERIFY2(summary.contains(QLatin1String("This server is a standby")), qPrintable(summary));
    QVERIFY2(summary.contains(receiver.replayLsn), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("not yet replayed")), qPrintable(summary));
    QVERIFY(panel.view()->isHidden());
}

QTEST_MAIN(TestReplicationPanel)
#include "tst_replicationpanel.moc"
