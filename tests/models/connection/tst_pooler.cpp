#include "../table/tablemodeltesting.h"
#include "connection/session.h"
#include "connection/writelock.h"
#include "console/queryrunner.h"
#include "monitor/monitorsampler.h"
#include "testcluster.h"
#include "testpgbouncer.h"
#include "testwait.h"

#include <QSignalSpy>
#include <QtTest>

using namespace TableModelTesting;

namespace {

// Runs statements through a console runner and returns how each ended.
QList<StatementOutcome> runAll(QueryRunner &runner, const QStringList &sql)
{
    QList<RunnableStatement> list;
    for (const QString &text : sql) {
        const QString upper = text.trimmed().toUpper();
        list << RunnableStatement {text, 0,
            upper.startsWith(QLatin1String("BEGIN")) || upper.startsWith(QLatin1String("COMMIT"))
                || upper.startsWith(QLatin1String("ROLLBACK"))};
    }
    QList<StatementOutcome> outcomes;
    QObject context;
    bool done = false;
    QObject::connect(&runner, &QueryRunner::statementFinished, &context,
        [&outcomes](const StatementOutcome &outcome) { outcomes << outcome; });
    QObject::connect(&runner, &QueryRunner::finished, &context, [&done](bool) { done = true; });
    runner.run(list);
    if (!QTest::qWaitFor([&done] { return done; }, 30000))
        qWarning("the run did not finish");
    return outcomes;
}

QString value(Session &session, const QString &sql)
{
    return TestWait::result(session.run(sql)).rows.value(0).value(0).toString();
}

} // namespace

// Through PgBouncer in transaction pooling (CloudNativePG's Pooler, Crunchy's pgbouncer-host) every feature
// works and a production profile stays read-only: no startup parameter PgBouncer refuses, nothing that needs
// session state to survive a transaction, and one pooled server connection (default_pool_size = 1) shared by
// all the sessions, so that any setting one of them left on it would show in the others.
class TestPooler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void productionProfileConnects();
    void refusedStartupParameterInWords();
    void productionConsoleIsReadOnlyUntilUnlocked();
    void lockIsPerTransactionNeverShared();
    void statementsOutsideATransactionBlockNeedTheUnlock();
    void browserReadsAndSaves();
    void monitorLeavesNoTimeoutsBehind();
    void cleanupTestCase();

private:
    std::unique_ptr<Session> openSession(bool production, const QString &purpose);
    ConnectionProfile profile(bool production) const;

    TestCluster m_fixture;
    std::unique_ptr<TestPgBouncer> m_bouncer;
    std::unique_ptr<Session> m_direct; // the test's own view of the database, not through PgBouncer
};

void TestPooler::initTestCase()
{
    QVERIFY(m_fixture.start());
    if (TestPgBouncer::program().isEmpty())
        QSKIP("PgBouncer is not installed (apt-get install pgbouncer; packaging/install-deps.sh installs it)");
    m_bouncer = std::make_unique<TestPgBouncer>(m_fixture.cluster());
    QVERIFY2(m_bouncer->start(1), qPrintable(m_bouncer->errorString()));
    m_direct = std::make_unique<Session>(m_fixture.profile(), QString(), QStringLiteral("pooler test"));
    QVERIFY(TestWait::open(*m_direct));
}

void TestPooler::cleanupTestCase()
{
    m_direct.reset();
}

ConnectionProfile TestPooler::profile(bool production) const
{
    ConnectionProfile profile = m_bouncer->profile();
    profile.kind = production ? ConnectionProfile::Kind::Production : ConnectionProfile::Kind::Development;
    return profile;
}

std::unique_ptr<Session> TestPooler::openSession(bool production, const QString &purpose)
{
    auto session = std::make_unique<Session>(profile(production), QString(), purpose);
    if (!TestWait::open(*session))
        qWarning("PgBouncer's log:\n%s", qPrintable(m_bouncer->log().right(1500)));
    return session;
}

// PgBouncer refuses a startup packet with `options` (unless told to ignore it): the production guard must not
// travel there.
void TestPooler::productionProfileConnects()
{
    QVERIFY(!Session::connectOptions(profile(true), QStringLiteral("browser")).contains(QLatin1String("options")));
    const auto production = openSession(true, QStringLiteral("browser"));
    QVERIFY(production->isConnected());
    QVERIFY(production->serverInfo().readOnly);
    QVERIFY(!production->serverInfo().inRecovery);
    QCOMPARE(value(*production, QStringLiteral("SELECT count(*) FROM users WHERE id <= 10")), QStringLiteral("10"));
}

// The user's own `options` (from a URI's ?options=...) still go, and PgBouncer's refusal reads in words: of
// `options` itself (PgBouncer 1.18, Debian 12) or of the parameter set in it (1.24, Debian 13, takes `options`
// but refuses the search_path in it).
void TestPooler::refusedStartupParameterInWords()
{
    ConnectionProfile withOptions = profile(false);
    withOptions.options.insert(QStringLiteral("options"), QStringLiteral("-c search_path=public"));
    Session session(withOptions, QString(), QStringLiteral("browser"));
    QSignalSpy failed(&session, &Session::openFailed);
    session.open();
    QVERIFY(failed.wait(20000));
    const Error error = failed.first().first().value<Error>();
    QVERIFY2(error.why.contains(QLatin1String("PgBouncer"))
            && (error.why.contains(QLatin1String("\"options\""))
                || error.why.contains(QLatin1String("\"search_path\""))),
        qPrintable(error.toString()));
    QVERIFY2(error.detail.contains(QLatin1String("ignore_startup_parameters")), qPrintable(error.detail));
}

// A production console through the pooler: reads, a refused write, an unlocked write, refused again once locked;
// an explicit transaction begun while locked is read-only too.
void TestPooler::productionConsoleIsReadOnlyUntilUnlocked()
{
    const auto session = openSession(true, QStringLiteral("console 1"));
    QVERIFY(session->isConnected());
    QueryRunner runner(session.get());
    QVERIFY(runner.writeLock()->isLocked());
    const QString update = QStringLiteral("UPDATE users SET username = 'pooled_%1' WHERE id = 7");

    QList<StatementOutcome> outcomes = runAll(runner,
        {QStringLiteral("SELECT current_setting('transaction_read_only'), count(*) FROM users"), update.arg(1)});
    QCOMPARE(outcomes.size(), 2);
    QVERIFY2(outcomes[0].error.isNull(), qPrintable(outcomes[0].error.toString()));
    QCOMPARE(outcomes[0].commandTag, QStringLiteral("SELECT 1"));
    QCOMPARE(outcomes[1].error.sqlState, QStringLiteral("25006"));
    QVERIFY2(outcomes[1].error.why.contains(QLatin1String("unlock")), qPrintable(outcomes[1].error.why));
    QCOMPARE(runner.transactionState(), QueryRunner::TransactionState::Idle);

    // The error position still points into the statement as typed (not into what was sent ahead of it).
    outcomes = runAll(runner, {QStringLiteral("SELECT nosuchcolumn FROM users")});
    QCOMPARE(outcomes.value(0).error.sqlState, QStringLiteral("42703"));
    QCOMPARE(outcomes.value(0).errorOffset, 7);
    // BEGIN while locked opens a read-only transaction.
    outcomes = runAll(runner, {QStringLiteral("BEGIN"), update.arg(1)});
    QCOMPARE(outcomes.size(), 2);
    QVERIFY(outcomes[0].error.isNull());
    QCOMPARE(outcomes[1].error.sqlState, QStringLiteral("25006"));
    QCOMPARE(runner.transactionState(), QueryRunner::TransactionState::Failed);
    runAll(runner, {QStringLiteral("ROLLBACK")});
    QCOMPARE(runner.transactionState(), QueryRunner::TransactionState::Idle);

    QVERIFY(runner.writeLock()->unlock(QStringLiteral("ticket 10: pooled write")));
    outcomes = runAll(runner, {update.arg(2)});
    QVERIFY2(outcomes.value(0).error.isNull(), qPrintable(outcomes.value(0).error.toString()));
    QCOMPARE(outcomes[0].rowsAffected, 1);
    QCOMPARE(value(*m_direct, QStringLiteral("SELECT username FROM users WHERE id = 7")), QStringLiteral("pooled_2"));

    runner.writeLock()->lock();
    outcomes = runAll(runner, {update.arg(3)});
    QCOMPARE(outcomes.value(0).error.sqlState, QStringLiteral("25006"));
    // And after a reconnect, still locked (nothing was kept on the old connection).
    session->close();
    QVERIFY(TestWait::open(*session));
    outcomes = runAll(runner, {update.arg(4)});
    QCOMPARE(outcomes.value(0).error.sqlState, QStringLiteral("25006"));
    QCOMPARE(value(*m_direct, QStringLiteral("SELECT username FROM users WHERE id = 7")), QStringLiteral("pooled_2"));
}

// Three clients, one server connection: a locked production console, an unlocked one and a development one,
// interleaved. Each keeps its own access, whatever ran on the shared connection just before.
void TestPooler::lockIsPerTransactionNeverShared()
{
    const auto lockedSession = openSession(true, QStringLiteral("console locked"));
    const auto unlockedSession = openSession(true, QStringLiteral("console unlocked"));
    const auto devSession = openSession(false, QStringLiteral("console dev"));
    QVERIFY(lockedSession->isConnected() && unlockedSession->isConnected() && devSession->isConnected());
    // One server connection behind all three: the same backend answers each.
    const QString pid = value(*lockedSession, QStringLiteral("SELECT pg_backend_pid()"));
    QCOMPARE(value(*unlockedSession, QStringLiteral("SELECT pg_backend_pid()")), pid);
    QCOMPARE(value(*devSession, QStringLiteral("SELECT pg_backend_pid()")), pid);

    QueryRunner locked(lockedSession.get());
    QueryRunner unlocked(unlockedSession.get());
    QueryRunner dev(devSession.get());
    QVERIFY(unlocked.writeLock()->unlock(QStringLiteral("ticket 10: shared pool")));
    const QString write = QStringLiteral("UPDATE users SET username = '%1' WHERE id = 8");
    for (int round = 0; round < 3; ++round) {
        QCOMPARE(runAll(unlocked, {write.arg(QStringLiteral("unlocked"))}).value(0).error.sqlState, QString());
        QCOMPARE(
            runAll(locked, {write.arg(QStringLiteral("locked"))}).value(0).error.sqlState, QStringLiteral("25006"));
        QCOMPARE(runAll(dev, {write.arg(QStringLiteral("dev"))}).value(0).error.sqlState, QString());
        QCOMPARE(
            runAll(locked, {write.arg(QStringLiteral("locked"))}).value(0).error.sqlState, QStringLiteral("25006"));
    }
    QCOMPARE(value(*m_direct, QStringLiteral("SELECT username FROM users WHERE id = 8")), QStringLiteral("dev"));
    // Nothing session-wide was left on the shared server connection.
    QCOMPARE(value(*devSession, QStringLiteral("SHOW default_transaction_read_only")), QStringLiteral("off"));
}

// VACUUM, CREATE DATABASE, ALTER SYSTEM cannot run inside a transaction block: locked they are refused in words
// (they write anyway), unlocked they run as typed.
void TestPooler::statementsOutsideATransactionBlockNeedTheUnlock()
{
    const auto session = openSession(true, QStringLiteral("console vacuum"));
    QueryRunner runner(session.get());
    StatementOutcome outcome = runAll(runner, {QStringLiteral("VACUUM follows")}).value(0);
    QCOMPARE(outcome.error.sqlState, QStringLiteral("25001"));
    QVERIFY2(outcome.error.why.contains(QLatin1String("unlock writes")), qPrintable(outcome.error.why));
    QVERIFY(runner.writeLock()->unlock(QStringLiteral("ticket 10: vacuum")));
    outcome = runAll(runner, {QStringLiteral("VACUUM follows")}).value(0);
    QVERIFY2(outcome.error.isNull(), qPrintable(outcome.error.toString()));
    QCOMPARE(outcome.commandTag, QStringLiteral("VACUUM"));
}

// The browser: the schema catalog, a page of a table, a locked save refused, an unlocked one saved.
void TestPooler::browserReadsAndSaves()
{
    const auto session = openSession(true, QStringLiteral("browser"));
    const auto catalog = readCatalog(*session);
    QVERIFY(catalog->findTable(QStringLiteral("public.users")));
    TestedModel model(*session, catalog, QStringLiteral("users"));
    model->setFilters({ColumnFilter {0, ColumnFilter::Op::Equals, 9, {}}});
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex cell = model->index(0, column(*model, QStringLiteral("username")));
    QVERIFY(model->writeLock()->unlock(QStringLiteral("ticket 10: edit")));
    QVERIFY(model->setData(cell, QStringLiteral("pooled_edit")));
    model->writeLock()->lock();
    QSignalSpy failed(model.model.get(), &TableDataModel::saveFailed);
    model->save();
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<SaveFailure>().error.sqlState, QStringLiteral("25006"));
    QVERIFY(model->writeLock()->unlock(QStringLiteral("ticket 10: edit")));
    QSignalSpy saved(model.model.get(), &TableDataModel::saved);
    model->save();
    QVERIFY(saved.wait(20000));
    QCOMPARE(
        value(*m_direct, QStringLiteral("SELECT username FROM users WHERE id = 9")), QStringLiteral("pooled_edit"));
}

// The dashboard samples through the pooler, and its 10 s statement timeout stays with its own queries: a
// console that gets the same server connection next runs without it.
void TestPooler::monitorLeavesNoTimeoutsBehind()
{
    const auto monitor = openSession(false, QStringLiteral("monitor"));
    const auto console = openSession(false, QStringLiteral("console"));
    MonitorSampler sampler(monitor.get());
    QSignalSpy sampled(&sampler, &MonitorSampler::sampled);
    QVERIFY(sampler.refresh());
    QVERIFY(sampled.wait(20000));
    const MonitorSample sample = sampled.first().first().value<MonitorSample>();
    QVERIFY2(sample.error.isNull(), qPrintable(sample.error.toString()));
    QCOMPARE(sample.statementsRun, 2);
    QVERIFY(!sample.sessions.isEmpty());
    QCOMPARE(value(*console, QStringLiteral("SHOW statement_timeout")), QStringLiteral("0"));
    QCOMPARE(value(*console, QStringLiteral("SHOW lock_timeout")), QStringLiteral("0"));
    // The limit itself holds for the dashboard's query (set for its transaction, in the same round trip).
    const QList<PgResult> limited = TestWait::result(monitor->call([](PgConnection &connection) {
        return connection.execTogether(
            {qMakePair(QStringLiteral("SELECT set_config('statement_timeout', '200ms', true)"), QVariantList()),
                qMakePair(QStringLiteral("SELECT pg_sleep(2)"), QVariantList())});
    }));
    QCOMPARE(limited.value(1).error.sqlState, QStringLiteral("57014"));
    QCOMPARE(value(*console, QStringLiteral("SHOW statement_timeout")), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestPooler)
#include "tst_pooler.moc"
