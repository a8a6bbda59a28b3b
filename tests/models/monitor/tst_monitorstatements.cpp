#include "monitor/indexproblemsmodel.h"
#include "monitor/statementsmodel.h"
#include "monitor/tablemaintenance.h"
#include "monitor/tablesizesmodel.h"
#include "monitortesting.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace MonitorTesting;

// The statements and storage panels' models against the fixture's real cluster: pg_stat_statements as
// installed (the server's own version), an older version (1.7) and missing; table sizes and index problems.
class TestMonitorStatements : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void statementsFromTheInstalledExtension();
    void statementsFromAnOlderExtensionVersion();
    void statementsMissingExtensionIsExplained();
    void creatingTheExtensionNeedsASuperuser();
    void tableSizesAndIndexProblems();
    void vacuumAnalyzeOnItsOwnConnection();

private:
    TestCluster m_fixture;
    std::unique_ptr<Session> m_monitor;
    std::unique_ptr<MonitorSampler> m_sampler;
};

void TestMonitorStatements::initTestCase()
{
    qRegisterMetaType<MonitorSample>();
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    Error error;
    for (const char *sql : {"CREATE DATABASE pss_old", "CREATE DATABASE pss_none", "CREATE DATABASE pss_create"})
        QVERIFY2(m_fixture.cluster().execute(QLatin1String(sql), &error, QStringLiteral("postgres")),
            qPrintable(error.toString()));
    // The pre-PostgreSQL-13 column names (total_time) on the same server.
    QVERIFY2(m_fixture.cluster().execute(QStringLiteral("CREATE EXTENSION pg_stat_statements VERSION '1.7'"), &error,
                 QStringLiteral("pss_old")),
        qPrintable(error.toString()));
}

void TestMonitorStatements::init()
{
    m_monitor = openSession(m_fixture, QStringLiteral("monitor"));
    QVERIFY(m_monitor);
    m_sampler = std::make_unique<MonitorSampler>(m_monitor.get());
}

void TestMonitorStatements::cleanup()
{
    m_sampler.reset();
    m_monitor.reset();
}

void TestMonitorStatements::statementsFromTheInstalledExtension()
{
    const MonitorSample sample = sampleOnce(*m_sampler);
    // Something to find: a statement with a recognisable text.
    QVERIFY(TestWait::result(m_monitor->run(QStringLiteral("SELECT count(*) AS monitor_probe FROM users"))).ok());
    StatementsModel model(m_monitor.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExtension(sample.overview.statementsVersion, sample.overview.statementsLoaded);
    QVERIFY(model.isAvailable());
    QSignalSpy refreshed(&model, &StatementsModel::refreshed);
    QSignalSpy failed(&model, &StatementsModel::failed);
    QVERIFY(model.refresh());
    QVERIFY(!model.refresh()); // never two at once
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count() + failed.count(), 1, LongWaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().toString()));
    QCOMPARE(refreshed.first().first().toInt(), 2); // figures, then the texts
    QVERIFY(model.rowCount() > 0);
    bool found = false;
    for (const StatementRow &row : model.statements()) {
        QVERIFY(row.calls > 0);
        QVERIFY(row.sharePercent >= 0 && row.sharePercent <= 100.0001);
        found = found || row.text.contains(QLatin1String("monitor_probe"));
    }
    QVERIFY(found);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isRefreshing(), LongWaitMs);
    // The texts are known now: a refresh reads them again only for statements not seen before.
    QVERIFY(model.refresh());
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, LongWaitMs);
    QVERIFY(refreshed.last().first().toInt() <= 2);
    QSignalSpy reset(&model, &StatementsModel::resetDone);
    model.resetStatistics(); // saytruth_user is no superuser
    QTRY_COMPARE_WITH_TIMEOUT(reset.count(), 1, LongWaitMs);
    QCOMPARE(reset.first().first().value<Error>().sqlState, QStringLiteral("42501"));
}

void TestMonitorStatements::statementsFromAnOlderExtensionVersion()
{
    auto session = openSession(m_fixture, QStringLiteral("monitor old"), QStringLiteral("pss_old"));
    QVERIFY(session);
    MonitorSampler sampler(session.get());
    const MonitorSample sample = sampleOnce(sampler);
    QCOMPARE(sample.overview.statementsVersion, QStringLiteral("1.7"));
    QVERIFY(TestWait::result(session->run(QStringLiteral("SELECT 1 AS old_probe"))).ok());
    StatementsModel model(session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExtension(sample.overview.statementsVersion, sample.overview.statementsLoaded);
    QSignalSpy refreshed(&model, &StatementsModel::refreshed);
    QSignalSpy failed(&model, &StatementsModel::failed);
    QVERIFY(model.refresh());
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count() + failed.count(), 1, LongWaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().toString()));
    QVERIFY(model.rowCount() > 0);
}

void TestMonitorStatements::statementsMissingExtensionIsExplained()
{
    auto session = openSession(m_fixture, QStringLiteral("monitor none"), QStringLiteral("pss_none"));
    QVERIFY(session);
    MonitorSampler sampler(session.get());
    const MonitorSample sample = sampleOnce(sampler);
    QVERIFY(sample.error.isNull());
    QVERIFY(sample.overview.statementsVersion.isEmpty());
    QVERIFY(sample.overview.statementsLoaded); // the library is loaded; the extension is not created here
    StatementsModel model(session.get());
    model.setExtension(sample.overview.statementsVersion, sample.overview.statementsLoaded);
    QVERIFY(!model.isAvailable());
    QVERIFY(!model.refresh());
    QVERIFY(model.unavailableReason().contains(QLatin1String("CREATE EXTENSION pg_stat_statements")));
}

void TestMonitorStatements::creatingTheExtensionNeedsASuperuser()
{
    auto user = openSession(m_fixture, QStringLiteral("monitor create"), QStringLiteral("pss_create"));
    QVERIFY(user);
    StatementsModel refused(user.get());
    refused.setExtension({}, true);
    QVERIFY(!refused.canCreateExtension()); // saytruth_user is no superuser
    QSignalSpy refusal(&refused, &StatementsModel::extensionCreated);
    refused.createExtension();
    QTRY_COMPARE_WITH_TIMEOUT(refusal.count(), 1, LongWaitMs);
    QCOMPARE(refusal.first().first().value<Error>().sqlState, QStringLiteral("42501"));
    QVERIFY(refusal.first().first().value<Error>().why.contains(QLatin1String("superuser")));

    // The cluster's own superuser (local trust) may; the next reading finds the extension.
    auto superuser = openSession(
        m_fixture, QStringLiteral("monitor su"), QStringLiteral("pss_create"), m_fixture.cluster().serverUser());
    QVERIFY(superuser);
    QVERIFY(superuser->serverInfo().superuser);
    StatementsModel model(superuser.get());
    model.setExtension({}, true);
    QVERIFY(model.canCreateExtension());
    QSignalSpy created(&model, &StatementsModel::extensionCreated);
    model.createExtension();
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, LongWaitMs);
    QVERIFY2(
        created.first().first().value<Error>().isNull(), qPrintable(created.first().first().value<Error>().toString()));
    MonitorSampler sampler(superuser.get());
    QVERIFY(!sampleOnce(sampler).overview.statementsVersion.isEmpty());
}

void TestMonitorStatements::tableSizesAndIndexProblems()
{
    // A name the seed's schemaname||'.'||tablename would break on, and two identical indexes on it.
    Error error;
    QVERIFY2(
        m_fixture.cluster().execute(
            QStringLiteral(
                "CREATE SCHEMA \"Odd Schema\"; CREATE TABLE \"Odd Schema\".\"My Table\" (id int PRIMARY KEY, v text); "
                "CREATE INDEX dup_first ON \"Odd Schema\".\"My Table\" (v); "
                "CREATE INDEX dup_second ON \"Odd Schema\".\"My Table\" (v);"),
            &error),
        qPrintable(error.toString()));
    // A failed CREATE UNIQUE INDEX CONCURRENTLY leaves an invalid index behind; a plain index next to a unique
    // one on the same column is the duplicate, whichever is older.
    for (const char *sql : {"CREATE TABLE index_demo (v int)", "INSERT INTO index_demo VALUES (1), (1)",
             "CREATE INDEX index_demo_plain ON index_demo (v)"})
        QVERIFY(TestWait::result(m_monitor->run(QLatin1String(sql))).ok());
    QCOMPARE(TestWait::result(m_monitor->run(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY index_demo_broken ON "
                                                            "index_demo (v)")))
                 .error.sqlState,
        QStringLiteral("23505"));
    QVERIFY(TestWait::result(m_monitor->run(QStringLiteral("DELETE FROM index_demo WHERE ctid = '(0,1)'"))).ok());
    QVERIFY(TestWait::result(m_monitor->run(QStringLiteral("CREATE UNIQUE INDEX index_demo_unique ON index_demo (v)")))
                .ok());
    TableSizesModel model(m_monitor.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester indexTester(model.indexProblems(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&model, &TableSizesModel::refreshed);
    QSignalSpy failed(&model, &TableSizesModel::failed);
    QVERIFY(model.refresh());
    QVERIFY(!model.refresh());
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count() + failed.count(), 1, LongWaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().toString()));
    QVERIFY(model.readAt().isValid());
    QStringList names;
    for (const TableSizeRow &table : model.tables())
        names << table.schema + QLatin1Char('.') + table.name;
    QVERIFY2(names.contains(QStringLiteral("Odd Schema.My Table")), qPrintable(names.join(QLatin1Char(','))));
    // Largest first, and messages (20,000 rows) has real data, indexes and statistics.
    QCOMPARE(names.first(), QStringLiteral("public.messages"));
    const TableSizeRow &messages = model.tables().first();
    QVERIFY(messages.totalBytes >= messages.tableBytes + messages.indexBytes);
    QVERIFY(messages.indexBytes > 0);
    QVERIFY(messages.liveRows > 0);

    const QList<IndexProblemRow> &indexes = model.indexProblems()->indexes();
    const auto find = [&](const QString &name) -> const IndexProblemRow * {
        for (const IndexProblemRow &index : indexes) {
            if (index.index == name)
                return &index;
        }
        return nullptr;
    };
    QVERIFY(find(QStringLiteral("dup_second")));
    QCOMPARE(find(QStringLiteral("dup_second"))->problem, IndexProblemRow::Problem::Duplicate);
    QCOMPARE(find(QStringLiteral("dup_second"))->duplicateOf, QStringLiteral("\"Odd Schema\".dup_first"));
    QVERIFY(find(QStringLiteral("dup_first")));
    QCOMPARE(find(QStringLiteral("dup_first"))->problem, IndexProblemRow::Problem::Unused);
    QVERIFY(!find(QStringLiteral("My Table_pkey"))); // a primary key enforces something even when never read
    QVERIFY(find(QStringLiteral("index_demo_broken")));
    QCOMPARE(find(QStringLiteral("index_demo_broken"))->problem, IndexProblemRow::Problem::Invalid);
    QCOMPARE(indexes.first().problem, IndexProblemRow::Problem::Invalid); // the worst first
    QVERIFY(find(QStringLiteral("index_demo_plain")));
    QCOMPARE(find(QStringLiteral("index_demo_plain"))->problem, IndexProblemRow::Problem::Duplicate);
    QCOMPARE(find(QStringLiteral("index_demo_plain"))->duplicateOf, QStringLiteral("index_demo_unique"));
    QVERIFY(!find(QStringLiteral("index_demo_unique")));
}

void TestMonitorStatements::vacuumAnalyzeOnItsOwnConnection()
{
    TableMaintenance maintenance(
        std::make_unique<Session>(m_fixture.profile(), QString(), QStringLiteral("maintenance")));
    QSignalSpy finished(&maintenance, &TableMaintenance::finished);
    QVERIFY(maintenance.vacuumAnalyze(QStringLiteral("public"), QStringLiteral("users")));
    QVERIFY(!maintenance.vacuumAnalyze(QStringLiteral("public"), QStringLiteral("links"))); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, LongWaitMs);
    QCOMPARE(finished.first().at(0).toString(), QStringLiteral("public.users"));
    QVERIFY2(
        finished.first().at(1).value<Error>().isNull(), qPrintable(finished.first().at(1).value<Error>().toString()));
    QVERIFY(maintenance.session()->serverInfo().backendPid != m_monitor->serverInfo().backendPid);
    // The table's upkeep shows it.
    TableSizesModel sizes(m_monitor.get());
    QVERIFY(QTest::qWaitFor(
        [&] {
            QSignalSpy refreshed(&sizes, &TableSizesModel::refreshed);
            if (!sizes.refresh() || !QTest::qWaitFor([&] { return refreshed.count() > 0; }, LongWaitMs))
                return false;
            for (const TableSizeRow &table : sizes.tables()) {
                if (table.name == QLatin1String("users"))
                    return table.vacuumAgeSeconds.has_value() && table.analyzeAgeSeconds.has_value();
            }
            return false;
        },
        LongWaitMs));
    // A role that owns neither the table nor the database: the server only warns and skips it; we say so.
    Error error;
    QVERIFY(m_fixture.cluster().execute(QStringLiteral("CREATE ROLE \"vacuum weak\" LOGIN"), &error));
    ConnectionProfile weak = m_fixture.profile();
    weak.user = QStringLiteral("vacuum weak");
    TableMaintenance refusing(std::make_unique<Session>(weak, QString(), QStringLiteral("maintenance")));
    QSignalSpy refusedSpy(&refusing, &TableMaintenance::finished);
    QVERIFY(refusing.vacuumAnalyze(QStringLiteral("public"), QStringLiteral("users")));
    QTRY_COMPARE_WITH_TIMEOUT(refusedSpy.count(), 1, LongWaitMs);
    const Error refused = refusedSpy.first().at(1).value<Error>();
    QCOMPARE(refused.sqlState, QStringLiteral("42501"));
    QVERIFY2(refused.detail.contains(QLatin1String("users")), qPrintable(refused.detail));
    QVERIFY(refused.what.contains(QLatin1String("public.users")));
}

QTEST_GUILESS_MAIN(TestMonitorStatements)
#include "tst_monitorstatements.moc"
