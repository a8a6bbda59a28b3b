#include "../table/tablemodeltesting.h"
#include "connection/session.h"
#include "connection/writelock.h"
#include "console/queryrunner.h"
#include "mainwindow/connectionstatus.h"
#include "testcluster.h"
#include "teststandby.h"
#include "testwait.h"

#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

using namespace TableModelTesting;

// A streaming hot standby (CloudNativePG's -ro service reaches one) made from the test cluster with
// pg_basebackup -R: detected at connect, read-only whatever the profile, its writes refused in words that say
// it is a standby, its replay lag a number, and the status bar saying so.
class TestStandbyServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void primaryIsNotAStandby();
    void standbyIsDetectedWithItsLag();
    void consoleRefusesWritesAsAStandby();
    void browserDoesNotOfferEdits();
    void statusBarSaysStandby();

private:
    TestCluster m_fixture;
    std::unique_ptr<TestStandby> m_standby;
    std::unique_ptr<Session> m_session; // a development profile on the standby
};

void TestStandbyServer::initTestCase()
{
    QVERIFY(m_fixture.start());
    m_standby = std::make_unique<TestStandby>(m_fixture.cluster());
    QVERIFY2(m_standby->start(), qPrintable(m_standby->errorString()));
    m_session = std::make_unique<Session>(m_standby->profile(), QString(), QStringLiteral("standby test"));
    QVERIFY(TestWait::open(*m_session));
}

void TestStandbyServer::primaryIsNotAStandby()
{
    Session primary(m_fixture.profile(), QString(), QStringLiteral("primary"));
    QVERIFY(TestWait::open(primary));
    QVERIFY(!primary.serverInfo().inRecovery);
    QVERIFY(!primary.serverInfo().readOnly);
    QVERIFY(!primary.serverInfo().replayLagSeconds);
    QVERIFY(!TestWait::result(primary.readReplayLag()));
}

void TestStandbyServer::standbyIsDetectedWithItsLag()
{
    const ServerInfo info = m_session->serverInfo();
    QVERIFY(info.inRecovery);
    QVERIFY(info.readOnly); // a development profile, read-only all the same
    QVERIFY(info.replayLagSeconds);
    QVERIFY2(*info.replayLagSeconds >= 0 && *info.replayLagSeconds < 600,
        qPrintable(QString::number(*info.replayLagSeconds)));
    // Read again later: still a number, and not negative.
    QVERIFY(m_standby->waitForReplay());
    const std::optional<double> lag = TestWait::result(m_session->readReplayLag());
    QVERIFY(lag);
    QVERIFY(*lag >= 0);
}

void TestStandbyServer::consoleRefusesWritesAsAStandby()
{
    QueryRunner runner(m_session.get());
    QVERIFY(runner.writeLock()->isStandby());
    QVERIFY(runner.writeLock()->isLocked());
    QVERIFY(!runner.writeLock()->unlock(QStringLiteral("ticket 10: try anyway")));
    QVERIFY(runner.writeLock()->isLocked());
    QList<StatementOutcome> outcomes;
    QSignalSpy finished(&runner, &QueryRunner::finished);
    connect(&runner, &QueryRunner::statementFinished, this,
        [&outcomes](const StatementOutcome &outcome) { outcomes << outcome; });
    runner.run({RunnableStatement {QStringLiteral("SELECT count(*) FROM users"), 0, false},
        RunnableStatement {QStringLiteral("UPDATE users SET username = 'on_standby' WHERE id = 3"), 0, false}});
    QVERIFY(finished.wait(30000));
    QCOMPARE(outcomes.size(), 2);
    QVERIFY2(outcomes[0].error.isNull(), qPrintable(outcomes[0].error.toString()));
    QCOMPARE(outcomes[1].error.sqlState, QStringLiteral("25006"));
    QVERIFY2(outcomes[1].error.why.contains(QLatin1String("standby")), qPrintable(outcomes[1].error.why));
}

void TestStandbyServer::browserDoesNotOfferEdits()
{
    const auto catalog = readCatalog(*m_session);
    TestedModel model(*m_session, catalog, QStringLiteral("users"));
    QVERIFY(waitIdle(*model));
    QVERIFY(model->rowCount() > 0);
    QVERIFY(!model->isEditable());
    QVERIFY2(model->readOnlyReason().contains(QLatin1String("standby")), qPrintable(model->readOnlyReason()));
    QVERIFY(model->writesLocked());
    QVERIFY(!(model->index(0, 1).flags() & Qt::ItemIsEditable));
}

void TestStandbyServer::statusBarSaysStandby()
{
    ConnectionStatus status;
    status.setProfile(m_standby->profile());
    QVERIFY(status.standbyText().isEmpty());
    status.setServer(m_session->serverInfo());
    QVERIFY2(status.standbyText().startsWith(QLatin1String("standby, read-only, replay lag ")),
        qPrintable(status.standbyText()));
    QVERIFY(status.standbyText().endsWith(QLatin1String(" s")));
    status.setReplayLag(0.42);
    QCOMPARE(status.standbyText(), QStringLiteral("standby, read-only, replay lag 0.4 s"));
    // A primary's status has no such label.
    ServerInfo primary = m_session->serverInfo();
    primary.inRecovery = false;
    status.setServer(primary);
    QVERIFY(status.standbyText().isEmpty());
}

QTEST_MAIN(TestStandbyServer)
#include "tst_standby.moc"
