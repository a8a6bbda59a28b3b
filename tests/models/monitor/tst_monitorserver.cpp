#include "monitor/blockingtreemodel.h"
#include "monitor/monitorsampler.h"
#include "monitor/sessionsmodel.h"
#include "monitortesting.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace MonitorTesting;

// The dashboard's fast figures, sessions, blocking tree and backend signals against the fixture's real cluster.
class TestMonitorServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void headerFiguresAreSane();
    void sessionsShowALongQueryAndMarkTheirOwn();
    void blockingTreeFromARealRowLock();
    void cancelAndTerminateEndTheOtherBackend();
    void roleWithoutTheRightIsRefused();

private:
    std::unique_ptr<Session> openSession(
        const QString &purpose, const QString &database = {}, const QString &user = {});

    TestCluster m_fixture;
    std::unique_ptr<Session> m_monitor;
    std::unique_ptr<MonitorSampler> m_sampler;
};

void TestMonitorServer::initTestCase()
{
    qRegisterMetaType<MonitorSample>();
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    Error error;
    QVERIFY2(m_fixture.cluster().execute(QStringLiteral("CREATE ROLE monitor_weak LOGIN"), &error),
        qPrintable(error.toString()));
}

std::unique_ptr<Session> TestMonitorServer::openSession(
    const QString &purpose, const QString &database, const QString &user)
{
    return MonitorTesting::openSession(m_fixture, purpose, database, user);
}

void TestMonitorServer::init()
{
    m_monitor = openSession(QStringLiteral("monitor"));
    QVERIFY(m_monitor);
    m_sampler = std::make_unique<MonitorSampler>(m_monitor.get());
}

void TestMonitorServer::cleanup()
{
    m_sampler.reset();
    m_monitor.reset();
}

void TestMonitorServer::headerFiguresAreSane()
{
    const MonitorSample first = sampleOnce(*m_sampler);
    const ServerOverview &overview = first.overview;
    QVERIFY(first.error.isNull());
    QCOMPARE(first.statementsRun, 2);
    const ServerInfo info = m_monitor->serverInfo();
    QVERIFY2(overview.serverVersion.startsWith(info.version), qPrintable(overview.serverVersion));
    QVERIFY(overview.uptimeSeconds > 0);
    QVERIFY(overview.databaseBytes > 1000000); // the seeded sample data
    QVERIFY(overview.connections >= 1);
    QVERIFY(overview.connections <= overview.maxConnections);
    QVERIFY(overview.reservedConnections >= 0);
    QCOMPARE(overview.roleLimit, -1);
    QCOMPARE(overview.databaseLimit, -1);
    QVERIFY(overview.roleConnections >= 1);
    QVERIFY(overview.databaseConnections >= 1);
    QVERIFY(overview.counters.value(Counter::Commits) > 0);
    QVERIFY(overview.counters.value(Counter::RowsReturned) > 0);
    const std::optional<double> ratio = overview.cacheHitRatio();
    QVERIFY(ratio && *ratio > 0 && *ratio <= 1);
    // pg_stat_statements as this database has it installed (1.10 with PostgreSQL 15, 1.11 with 17), asked of
    // another catalog view than the sampler reads.
    const PgResult extension = TestWait::result(m_monitor->run(
        QStringLiteral("SELECT installed_version FROM pg_available_extensions WHERE name = 'pg_stat_statements'")));
    QVERIFY2(extension.ok(), qPrintable(extension.error.toString()));
    const QString installed = extension.value(0, 0).toString();
    QVERIFY(!installed.isEmpty()); // the fixture installs it
    QCOMPARE(overview.statementsVersion, installed);
    QVERIFY(overview.statementsLoaded);
    QVERIFY(!overview.inRecovery); // the fixture is a primary without standbys
    QCOMPARE(overview.standbys, 0);
    QVERIFY(!overview.replayLagSeconds);
    QVERIFY(!first.rates.isValid()); // one reading: no rate yet

    // Limits of our own role show as set; the second reading has rates over the measured interval.
    Error error;
    QVERIFY(m_fixture.cluster().execute(QStringLiteral("ALTER ROLE saytruth_user CONNECTION LIMIT 50"), &error));
    const MonitorSample second = sampleOnce(*m_sampler);
    QVERIFY(m_fixture.cluster().execute(QStringLiteral("ALTER ROLE saytruth_user CONNECTION LIMIT -1"), &error));
    QCOMPARE(second.overview.roleLimit, 50);
    QVERIFY(second.rates.isValid());
    QVERIFY(second.rates.intervalSeconds > 0);
    QVERIFY(*second.rates.of(Counter::Commits) >= 0);
    QVERIFY(second.overview.counters.seconds > first.overview.counters.seconds);
}

void TestMonitorServer::sessionsShowALongQueryAndMarkTheirOwn()
{
    auto other = openSession(QStringLiteral("sleeper"));
    QVERIFY(other);
    const int otherPid = other->serverInfo().backendPid;
    QFuture<PgResult> sleeping = other->run(QStringLiteral("SELECT pg_sleep(300) /* long one */"));
    QVERIFY(waitForSession(*m_sampler, otherPid, [](const ActivityRow &row) {
        return row.state == QLatin1String("active") && row.query.contains(QLatin1String("long one"));
    }));
    SessionsModel model(m_monitor.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSessions(m_sampler->lastSample().sessions);
    const ActivityRow *row = model.sessionOfPid(otherPid);
    QVERIFY(row);
    QCOMPARE(row->application, QStringLiteral("SayTruth Studio: sleeper"));
    QCOMPARE(row->user, QStringLiteral("saytruth_user"));
    QVERIFY(row->querySeconds.has_value());
    QVERIFY(!row->own);
    const ActivityRow *own = model.sessionOfPid(m_monitor->serverInfo().backendPid);
    QVERIFY(own);
    QVERIFY(own->own);
    QVERIFY(model.index(model.rowOfPid(own->pid), 0).data(SessionsModel::FlagsRole).toInt() & SessionsModel::Own);
    // The dashboard's own backend is not counted among the active sessions it shows in the chart.
    QVERIFY(m_sampler->lastSample().overview.active >= 1);
    other->cancel();
    QVERIFY(!TestWait::result(sleeping).ok());
}

void TestMonitorServer::blockingTreeFromARealRowLock()
{
    auto holder = openSession(QStringLiteral("holder"));
    auto waiter = openSession(QStringLiteral("waiter"));
    QVERIFY(holder && waiter);
    QVERIFY(TestWait::result(holder->run(QStringLiteral("BEGIN"))).ok());
    QVERIFY(TestWait::result(holder->run(QStringLiteral("UPDATE users SET username = username WHERE id = 1"))).ok());
    QFuture<PgResult> waiting = waiter->run(QStringLiteral("UPDATE users SET username = username WHERE id = 1"));
    const int holderPid = holder->serverInfo().backendPid;
    const int waiterPid = waiter->serverInfo().backendPid;
    QVERIFY(waitForSession(
        *m_sampler, waiterPid, [](const ActivityRow &row) { return row.waitEventType == QLatin1String("Lock"); }));

    BlockingTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const MonitorSample sample = m_sampler->lastSample();
    QCOMPARE(findPid(sample.sessions, waiterPid)->blockedBy, QList<int> {holderPid});
    // The figures are read just before the sessions: the next reading counts the waiter for sure.
    QVERIFY(sampleOnce(*m_sampler).overview.waiting >= 1);
    tree.setSessions(sample.sessions);
    QCOMPARE(tree.headCount(), 1);
    const QModelIndex head = tree.index(0, 0);
    QCOMPARE(head.data(BlockingTreeModel::PidRole).toInt(), holderPid);
    QCOMPARE(tree.index(0, BlockingTreeModel::State).data().toString(), QStringLiteral("idle in transaction"));
    QCOMPARE(tree.rowCount(head), 1);
    QCOMPARE(tree.index(0, 0, head).data(BlockingTreeModel::PidRole).toInt(), waiterPid);
    const QString lock = tree.index(0, BlockingTreeModel::WaitsFor, head).data().toString();
    QVERIFY2(lock.contains(QLatin1String("ShareLock")), qPrintable(lock));
    QVERIFY(tree.index(0, BlockingTreeModel::Query, head).data().toString().startsWith(QLatin1String("UPDATE users")));

    // A third connection queues behind them: still one chain, headed by the holder.
    auto third = openSession(QStringLiteral("third"));
    QVERIFY(third);
    const int thirdPid = third->serverInfo().backendPid;
    QFuture<PgResult> queued = third->run(QStringLiteral("UPDATE users SET username = username WHERE id = 1"));
    QVERIFY(waitForSession(*m_sampler, thirdPid,
        [](const ActivityRow &row) { return row.waitEventType == QLatin1String("Lock") && !row.blockedBy.isEmpty(); }));
    tree.setSessions(m_sampler->lastSample().sessions);
    QCOMPARE(tree.headCount(), 1);
    QCOMPARE(tree.index(0, 0).data(BlockingTreeModel::PidRole).toInt(), holderPid);
    QSet<int> below;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < tree.rowCount(parent); ++row) {
            const QModelIndex child = tree.index(row, 0, parent);
            below.insert(child.data(BlockingTreeModel::PidRole).toInt());
            collect(child);
        }
    };
    collect(tree.index(0, 0));
    QCOMPARE(below, (QSet<int> {waiterPid, thirdPid}));

    QVERIFY(TestWait::result(holder->run(QStringLiteral("ROLLBACK"))).ok());
    QVERIFY(TestWait::result(waiting).ok());
    QVERIFY(TestWait::result(queued).ok());
    tree.setSessions(sampleOnce(*m_sampler).sessions);
    QCOMPARE(tree.rowCount(), 0);
}

void TestMonitorServer::cancelAndTerminateEndTheOtherBackend()
{
    auto other = openSession(QStringLiteral("victim"));
    QVERIFY(other);
    const int pid = other->serverInfo().backendPid;
    QFuture<PgResult> sleeping = other->run(QStringLiteral("SELECT pg_sleep(300)"));
    QVERIFY(
        waitForSession(*m_sampler, pid, [](const ActivityRow &row) { return row.state == QLatin1String("active"); }));

    SessionsModel model(m_monitor.get());
    QSignalSpy signalled(&model, &SessionsModel::backendSignalled);
    model.cancelQuery(pid);
    QTRY_COMPARE_WITH_TIMEOUT(signalled.count(), 1, LongWaitMs);
    QVERIFY2(
        signalled.first().at(2).value<Error>().isNull(), qPrintable(signalled.first().at(2).value<Error>().toString()));
    const PgResult cancelled = TestWait::result(sleeping, LongWaitMs);
    QCOMPARE(cancelled.error.sqlState, QStringLiteral("57014")); // query_canceled
    QVERIFY(other->isConnected());

    QSignalSpy lost(other.get(), &Session::connectionLost);
    model.terminateSession(pid);
    QTRY_COMPARE_WITH_TIMEOUT(signalled.count(), 2, LongWaitMs);
    QVERIFY(signalled.last().at(2).value<Error>().isNull());
    QCOMPARE(signalled.last().at(1).value<SessionsModel::Signal>(), SessionsModel::Signal::Terminate);
    QTRY_VERIFY_WITH_TIMEOUT(lost.count() == 1, LongWaitMs);
    QVERIFY(waitForSession(*m_sampler, m_monitor->serverInfo().backendPid,
        [&](const ActivityRow &) { return !findPid(m_sampler->lastSample().sessions, pid); }));

    // A pid that is gone: said in words, not a stack of warnings.
    model.cancelQuery(pid);
    QTRY_COMPARE_WITH_TIMEOUT(signalled.count(), 3, LongWaitMs);
    QVERIFY(signalled.last().at(2).value<Error>().why.contains(QLatin1String("has ended")));
}

void TestMonitorServer::roleWithoutTheRightIsRefused()
{
    auto other = openSession(QStringLiteral("busy"));
    auto weak = openSession(QStringLiteral("weak monitor"), {}, QStringLiteral("monitor_weak"));
    QVERIFY(other && weak);
    const int pid = other->serverInfo().backendPid;
    QFuture<PgResult> sleeping = other->run(QStringLiteral("SELECT pg_sleep(300)"));
    SessionsModel model(weak.get());
    QSignalSpy signalled(&model, &SessionsModel::backendSignalled);
    model.cancelQuery(pid);
    QTRY_COMPARE_WITH_TIMEOUT(signalled.count(), 1, LongWaitMs);
    const Error refused = signalled.first().at(2).value<Error>();
    QCOMPARE(refused.sqlState, QStringLiteral("42501"));
    QVERIFY2(refused.why.contains(QLatin1String("monitor_weak may not cancel")), qPrintable(refused.why));
    QVERIFY(refused.hint.contains(QLatin1String("pg_signal_backend")));
    model.terminateSession(pid);
    QTRY_COMPARE_WITH_TIMEOUT(signalled.count(), 2, LongWaitMs);
    QCOMPARE(signalled.last().at(2).value<Error>().sqlState, QStringLiteral("42501"));
    QVERIFY(!sleeping.isFinished());
    other->cancel();
    QVERIFY(!TestWait::result(sleeping).ok());
}

QTEST_GUILESS_MAIN(TestMonitorServer)
#include "tst_monitorserver.moc"
