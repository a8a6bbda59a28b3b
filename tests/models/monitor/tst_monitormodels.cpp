#include "monitor/blockingtreemodel.h"
#include "monitor/durationtext.h"
#include "monitor/monitorqueries.h"
#include "monitor/sessionfiltermodel.h"
#include "monitor/sessionsmodel.h"
#include "monitor/statementsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {

ActivityRow activity(int pid, const QString &state, QList<int> blockedBy = {}, double querySeconds = 1)
{
    ActivityRow row;
    row.pid = pid;
    row.user = QStringLiteral("user%1").arg(pid);
    row.application = QStringLiteral("app");
    row.state = state;
    row.querySeconds = querySeconds;
    row.stateSeconds = querySeconds;
    row.transactionSeconds = querySeconds;
    row.query = QStringLiteral("SELECT %1").arg(pid);
    row.blockedBy = blockedBy;
    if (!blockedBy.isEmpty())
        row.waitEventType = QStringLiteral("Lock");
    return row;
}

QList<int> pidsOf(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QList<int> pids;
    for (int row = 0; row < model.rowCount(parent); ++row)
        pids << model.index(row, 0, parent).data(SessionsModel::PidRole).toInt();
    return pids;
}

} // namespace

// The monitor's item models without a server: keyed updates, flags, filtering, the blocking tree.
class TestMonitorModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionsUpdateRowByRow();
    void sessionFlags();
    void filterHidesIdleAndMatchesText();
    void blockingTreePutsTheHeadOnTop();
    void blockingTreeSurvivesCyclesAndIsCapped();
    void blockingTreeUpdatesInPlace();
    void statementsQueryFollowsTheExtensionVersion_data();
    void statementsQueryFollowsTheExtensionVersion();
    void statementsModel();
    void durations_data();
    void durations();
};

void TestMonitorModels::sessionsUpdateRowByRow()
{
    SessionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSessions({activity(10, QStringLiteral("idle")), activity(11, QStringLiteral("active")),
        activity(12, QStringLiteral("active"))});
    QCOMPARE(pidsOf(model), (QList<int> {10, 11, 12}));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // 11 ended, 13 came, 12 changed state; a duplicate pid must not add a row.
    model.setSessions({activity(10, QStringLiteral("idle")), activity(12, QStringLiteral("idle")),
        activity(13, QStringLiteral("active")), activity(13, QStringLiteral("idle"))});
    QCOMPARE(pidsOf(model), (QList<int> {10, 12, 13}));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.index(1, SessionsModel::State).data().toString(), QStringLiteral("idle"));
    QCOMPARE(model.index(2, SessionsModel::State).data().toString(), QStringLiteral("active"));
    model.setSessions({});
    QCOMPARE(model.rowCount(), 0);
}

void TestMonitorModels::sessionFlags()
{
    SessionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLongRunningSeconds(60);
    model.setIdleInTransactionSeconds(30);
    ActivityRow own = activity(1, QStringLiteral("active"));
    own.own = true;
    model.setSessions({own, activity(2, QStringLiteral("active"), {}, 120),
        activity(3, QStringLiteral("idle in transaction"), {}, 45), activity(4, QStringLiteral("idle"), {}, 500),
        activity(5, QStringLiteral("active"), {2})});
    const auto flags = [&](int row) {
        return model.index(row, 0).data(SessionsModel::FlagsRole).toInt();
    };
    QCOMPARE(flags(0), int(SessionsModel::Own));
    QCOMPARE(flags(1), int(SessionsModel::LongRunning));
    QCOMPARE(flags(2), int(SessionsModel::LongIdleInTransaction));
    QCOMPARE(flags(3), int(SessionsModel::NoFlag)); // idle for long is fine
    QCOMPARE(flags(4), int(SessionsModel::Waiting));
    QVERIFY(
        model.index(0, SessionsModel::User).data(Qt::ToolTipRole).toString().contains(QLatin1String("own session")));
    QCOMPARE(model.index(1, SessionsModel::QueryAge).data(SessionsModel::SortRole).toDouble(), 120.0);
    QCOMPARE(model.index(1, SessionsModel::QueryAge).data().toString(), QStringLiteral("2 min 00 s"));
}

void TestMonitorModels::filterHidesIdleAndMatchesText()
{
    SessionsModel model;
    SessionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ActivityRow own = activity(4, QStringLiteral("active"));
    own.own = true;
    model.setSessions({activity(1, QStringLiteral("idle")), activity(2, QStringLiteral("active"), {}, 5),
        activity(3, QStringLiteral("idle in transaction"), {}, 50), own});
    QCOMPARE(filter.rowCount(), 4);
    filter.setHideIdle(true);
    QCOMPARE(pidsOf(filter), (QList<int> {2, 3, 4}));
    filter.setHideOwn(true);
    QCOMPARE(pidsOf(filter), (QList<int> {2, 3}));
    filter.sort(SessionsModel::QueryAge, Qt::DescendingOrder);
    QCOMPARE(pidsOf(filter), (QList<int> {3, 2}));
    filter.setText(QStringLiteral("SELECT 2"));
    QCOMPARE(pidsOf(filter), (QList<int> {2}));
    filter.setText({});
    filter.setHideIdle(false);
    filter.setHideOwn(false);
    // Refreshes keep the sort.
    model.setSessions({activity(1, QStringLiteral("idle"), {}, 1), activity(2, QStringLiteral("active"), {}, 90),
        activity(3, QStringLiteral("idle in transaction"), {}, 60)});
    QCOMPARE(pidsOf(filter), (QList<int> {2, 3, 1}));
}

void TestMonitorModels::blockingTreePutsTheHeadOnTop()
{
    BlockingTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 20 holds a lock 21 waits for; 22 waits for 21; 30 blocks 31. 40 is not involved.
    ActivityRow head = activity(20, QStringLiteral("idle in transaction"), {}, 300);
    ActivityRow waiter = activity(21, QStringLiteral("active"), {20});
    waiter.waitsFor = QStringLiteral("ShareLock on transaction");
    model.setSessions({activity(40, QStringLiteral("active")), activity(22, QStringLiteral("active"), {21}), waiter,
        head, activity(31, QStringLiteral("active"), {30}), activity(30, QStringLiteral("active"))});
    QCOMPARE(model.headCount(), 2);
    QCOMPARE(pidsOf(model), (QList<int> {20, 30})); // the longer chain first
    const QModelIndex first = model.index(0, 0);
    QVERIFY(first.data(BlockingTreeModel::IsHeadRole).toBool());
    QCOMPARE(pidsOf(model, first), (QList<int> {21}));
    const QModelIndex second = model.index(0, 0, first);
    QCOMPARE(model.index(0, BlockingTreeModel::WaitsFor, first).data().toString(), waiter.waitsFor);
    QCOMPARE(pidsOf(model, second), (QList<int> {22}));
    QVERIFY(model.index(0, BlockingTreeModel::Duration).data().toString().contains(QLatin1String("5 min")));
    QCOMPARE(model.parent(model.index(0, 0, second)), second);
    model.setSessions({activity(40, QStringLiteral("active"))});
    QCOMPARE(model.rowCount(), 0);
}

void TestMonitorModels::blockingTreeSurvivesCyclesAndIsCapped()
{
    BlockingTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A deadlock not yet detected: 1 waits for 2, 2 for 1.
    model.setSessions({activity(1, QStringLiteral("active"), {2}), activity(2, QStringLiteral("active"), {1})});
    QCOMPARE(pidsOf(model), (QList<int> {1}));
    QCOMPARE(pidsOf(model, model.index(0, 0)), (QList<int> {2}));
    QCOMPARE(model.rowCount(model.index(0, 0, model.index(0, 0))), 0);
    // A blocker the role cannot see still heads its waiters.
    model.setSessions({activity(5, QStringLiteral("active"), {99})});
    QCOMPARE(pidsOf(model), (QList<int> {99}));
    QCOMPARE(model.index(0, BlockingTreeModel::State).data().toString(), QStringLiteral("(not visible)"));
    // Thousands of waiters: capped.
    QList<ActivityRow> many {activity(1, QStringLiteral("idle in transaction"))};
    for (int pid = 2; pid < 2000; ++pid)
        many << activity(pid, QStringLiteral("active"), {1});
    model.setRowCap(50);
    model.setSessions(many);
    QCOMPARE(model.rowCount(model.index(0, 0)), 49);
    QCOMPARE(model.truncatedCount(), 1998 - 49);
}

void TestMonitorModels::blockingTreeUpdatesInPlace()
{
    BlockingTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSessions(
        {activity(1, QStringLiteral("idle in transaction"), {}, 10), activity(2, QStringLiteral("active"), {1})});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSessions(
        {activity(1, QStringLiteral("idle in transaction"), {}, 12), activity(2, QStringLiteral("active"), {1})});
    QCOMPARE(resets.count(), 0);
    QVERIFY(changed.count() >= 1);
    QVERIFY(model.index(0, BlockingTreeModel::Duration).data().toString().contains(QLatin1String("12 s")));
}

void TestMonitorModels::statementsQueryFollowsTheExtensionVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("file");
    QTest::newRow("1.4 (PG 9.6)") << QStringLiteral("1.4") << QStringLiteral("statements-1.7.sql");
    QTest::newRow("1.7 (PG 12)") << QStringLiteral("1.7") << QStringLiteral("statements-1.7.sql");
    QTest::newRow("1.8 (PG 13)") << QStringLiteral("1.8") << QStringLiteral("statements-1.8.sql");
    QTest::newRow("1.10 (PG 15)") << QStringLiteral("1.10") << QStringLiteral("statements-1.8.sql");
    QTest::newRow("1.11 (PG 17)") << QStringLiteral("1.11") << QStringLiteral("statements-1.11.sql");
    QTest::newRow("1.12") << QStringLiteral("1.12") << QStringLiteral("statements-1.11.sql");
}

void TestMonitorModels::statementsQueryFollowsTheExtensionVersion()
{
    QFETCH(QString, version);
    QFETCH(QString, file);
    QCOMPARE(MonitorQueries::statementsQueryFor(version), file);
}

void TestMonitorModels::statementsModel()
{
    StatementsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.isAvailable());
    QVERIFY(!model.isKnown());
    QSignalSpy availability(&model, &StatementsModel::availabilityChanged);
    model.setExtension({}, true);
    QVERIFY(model.isKnown());
    QVERIFY(model.unavailableReason().contains(QLatin1String("CREATE EXTENSION pg_stat_statements")));
    model.setExtension(QStringLiteral("1.10"), false);
    QVERIFY(model.unavailableReason().contains(QLatin1String("shared_preload_libraries")));
    model.setExtension(QStringLiteral("1.10"), true);
    QVERIFY(model.isAvailable());
    QVERIFY(model.unavailableReason().isEmpty());
    QCOMPARE(availability.count(), 3);
    QVERIFY(!model.refresh()); // no session
    StatementRow row;
    row.queryId = QStringLiteral("-42");
    row.role = QStringLiteral("saytruth_user");
    row.calls = 3;
    row.totalMs = 30;
    row.meanMs = 10;
    row.blocksHit = 9;
    row.blocksRead = 1;
    row.text = QStringLiteral("SELECT $1");
    model.setStatements({row});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, StatementsModel::Mean).data(StatementsModel::SortRole).toDouble(), 10.0);
    QCOMPARE(model.index(0, StatementsModel::Query).data().toString(), row.text);
    QVERIFY(model.index(0, StatementsModel::CacheHits).data().toString().startsWith(QLatin1String("90")));
    model.setExtension({}, false);
    QCOMPARE(model.rowCount(), 0);
}

void TestMonitorModels::durations_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("ms") << 0.25 << QStringLiteral("250 ms");
    QTest::newRow("s") << 42.7 << QStringLiteral("42 s");
    QTest::newRow("min") << 187.0 << QStringLiteral("3 min 07 s");
    QTest::newRow("h") << 7500.0 << QStringLiteral("2 h 05 min");
    QTest::newRow("d") << 3.0 * 86400 + 4 * 3600 << QStringLiteral("3 d 04 h");
    QTest::newRow("negative (clock skew)") << -1.0 << QStringLiteral("0 ms");
}

void TestMonitorModels::durations()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(DurationText::format(seconds), text);
    QVERIFY(DurationText::format(std::nullopt).isEmpty());
}

QTEST_GUILESS_MAIN(TestMonitorModels)
#include "tst_monitormodels.moc"
