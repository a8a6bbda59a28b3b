#include "monitor/replicationmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {

StandbyRow standby(int pid, const QString &application, std::optional<qint64> replayLagBytes)
{
    StandbyRow row;
    row.pid = pid;
    row.application = application;
    row.client = pid % 2 ? QStringLiteral("10.0.0.%1").arg(pid) : QString();
    row.state = QStringLiteral("streaming");
    row.syncState = QStringLiteral("async");
    row.sentLagBytes = 0;
    row.writeLagBytes = 0;
    row.flushLagBytes = 8192;
    row.replayLagBytes = replayLagBytes;
    row.replayLagSeconds = replayLagBytes ? std::optional<double>(0.25) : std::nullopt;
    return row;
}

} // namespace

// The replication model without a server: standbys updated row by row by their WAL sender's pid, lags shown
// and sorted as numbers, a missing lag empty (not zero), and a standby's own status kept beside the rows.
class TestReplicationModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standbysUpdateRowByRow();
    void lagsDisplayAndSort();
    void standbyStatus();
};

void TestReplicationModel::standbysUpdateRowByRow()
{
    ReplicationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.isRead());
    QVERIFY(!model.refresh()); // no session
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setReading({standby(11, QStringLiteral("replica-a"), 0), standby(12, QStringLiteral("replica-b"), 100)}, {});
    QVERIFY(model.isRead());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ReplicationModel::ColumnCount));
    QCOMPARE(model.index(0, ReplicationModel::Application).data().toString(), QStringLiteral("replica-a"));
    QCOMPARE(model.index(0, ReplicationModel::Client).data().toString(), QStringLiteral("10.0.0.11"));
    QCOMPARE(model.index(1, ReplicationModel::Client).data().toString(), QStringLiteral("local socket"));
    QCOMPARE(model.index(1, 0).data(ReplicationModel::PidRole).toInt(), 12);
    // The same standbys again, one gone and one new: rows change in place, no reset.
    model.setReading({standby(12, QStringLiteral("replica-b"), 50), standby(13, QStringLiteral("replica-c"), 0)}, {});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(ReplicationModel::PidRole).toInt(), 12);
    QCOMPARE(model.index(1, 0).data(ReplicationModel::PidRole).toInt(), 13);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(reset.count(), 0);
    model.setReading({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestReplicationModel::lagsDisplayAndSort()
{
    ReplicationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StandbyRow far = standby(21, QStringLiteral("far"), qint64(3) * 1024 * 1024);
    far.replayLagSeconds = 75;
    model.setReading({far, standby(22, QStringLiteral("unknown"), std::nullopt)}, {});
    const QString bytes = model.index(0, ReplicationModel::ReplayLag).data().toString();
    QVERIFY2(bytes.startsWith(QLatin1String("3.0")) && bytes.endsWith(QLatin1String("MB")), qPrintable(bytes));
    QCOMPARE(model.index(0, ReplicationModel::ReplayLag).data(ReplicationModel::SortRole).toLongLong(),
        qint64(3) * 1024 * 1024);
    QCOMPARE(model.index(0, ReplicationModel::ReplayTime).data().toString(), QStringLiteral("1 min 15 s"));
    QCOMPARE(model.index(0, ReplicationModel::ReplayTime).data(ReplicationModel::SortRole).toDouble(), 75.0);
    // Not known (a role without pg_read_all_stats, or caught up and idle): empty, and sorted below any number.
    QVERIFY(model.index(1, ReplicationModel::ReplayLag).data().toString().isEmpty());
    QVERIFY(model.index(1, ReplicationModel::ReplayTime).data().toString().isEmpty());
    QVERIFY(model.index(1, ReplicationModel::ReplayLag).data(ReplicationModel::SortRole).toLongLong() < 0);
    QCOMPARE(model.index(0, ReplicationModel::SyncState).data().toString(), QStringLiteral("async"));
    for (int column = 0; column < ReplicationModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestReplicationModel::standbyStatus()
{
    ReplicationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ReceiverStatus receiver;
    receiver.isStandby = true;
    receiver.receiveLsn = QStringLiteral("0/3000148");
    receiver.replayLsn = QStringLiteral("0/3000060");
    receiver.behindBytes = 232;
    receiver.replayLagSeconds = 1.5;
    receiver.receiverStatus = QStringLiteral("streaming");
    model.setReading({}, receiver);
    QVERIFY(model.receiver().isStandby);
    QCOMPARE(model.receiver().behindBytes, std::optional<qint64>(232));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestReplicationModel)
#include "tst_replicationmodel.moc"
