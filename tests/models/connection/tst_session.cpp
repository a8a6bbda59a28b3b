#include "connection/session.h"
#include "testcluster.h"
#include "testwait.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

namespace {

template<typename T> T waitFor(QFuture<T> future, int timeoutMs = 20000)
{
    return TestWait::result(future, timeoutMs);
}

bool openSession(Session &session)
{
    return TestWait::open(session);
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

// Session: one connection on a worker thread, against a real PostgreSQL started by the fixture.
class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void connectOptions();
    void opensAndDescribesTheServer();
    void runsWithBoundValues();
    void reportsServerErrors();
    void runsInSubmissionOrder();
    void cancelsALongStatement();
    void productionIsReadOnlyOnTheServer();
    void connectFailures_data();
    void connectFailures();
    void wrongPasswordIsExplainedWithoutEchoingIt();
    void serverKilledWhileIdleIsNoticed();
    void serverKilledDuringAStatementIsNoticed();
    void backendEndedByAJobIsNoticed();

private:
    TestCluster m_fixture;
};

void TestSession::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestSession::connectOptions()
{
    ConnectionProfile profile;
    profile.sslMode = QStringLiteral("require");
    profile.options.insert(QStringLiteral("password"), QStringLiteral("never-here"));
    profile.options.insert(QStringLiteral("sslrootcert"), QStringLiteral("/tmp/it's.crt"));
    QString options = Session::connectOptions(profile, QStringLiteral("browser"));
    QVERIFY(options.contains(QLatin1String("sslmode='require'")));
    QVERIFY(options.contains(QLatin1String("application_name='SayTruth Studio: browser'")));
    QVERIFY(options.contains(QLatin1String("sslrootcert='/tmp/it\\'s.crt'")));
    QVERIFY(!options.contains(QLatin1String("never-here")));
    QVERIFY(!options.contains(QLatin1String("read_only")));
    // Production's guard is per transaction, not in the startup packet (PgBouncer refuses `options`).
    profile.kind = ConnectionProfile::Kind::Production;
    options = Session::connectOptions(profile, QStringLiteral("browser"));
    QVERIFY2(!options.contains(QLatin1String("options")), qPrintable(options));
    QVERIFY(!options.contains(QLatin1String("read_only")));
    // The user's own options still go.
    profile.options.insert(QStringLiteral("options"), QStringLiteral("-c search_path=app"));
    options = Session::connectOptions(profile, QStringLiteral("browser"));
    QVERIFY2(options.contains(QLatin1String("options='-c search_path=app'")), qPrintable(options));
}

void TestSession::opensAndDescribesTheServer()
{
    Session session(m_fixture.profile(), {}, QStringLiteral("test"));
    QSignalSpy states(&session, &Session::stateChanged);
    QVERIFY(openSession(session));
    QCOMPARE(session.state(), Session::State::Connected);
    QCOMPARE(states.first().first().value<Session::State>(), Session::State::Connecting);
    const ServerInfo info = session.serverInfo();
    QVERIFY2(info.versionNumber >= 130000, qPrintable(info.version));
    QVERIFY(info.version.startsWith(QString::number(info.versionNumber / 10000)));
    QCOMPARE(info.user, QStringLiteral("saytruth_user"));
    QCOMPARE(info.database, QStringLiteral("saytruth_db"));
    QVERIFY(info.backendPid > 0);
    QVERIFY(!info.superuser);
    QVERIFY(!info.readOnly);
    const PgResult app = waitFor(session.run(QStringLiteral("SELECT current_setting('application_name')")));
    QCOMPARE(app.rows.value(0).value(0).toString(), QStringLiteral("SayTruth Studio: test"));
}

void TestSession::runsWithBoundValues()
{
    Session session(m_fixture.profile(), {}, QStringLiteral("test"));
    QVERIFY(openSession(session));
    // A value that would break a concatenated statement must arrive as data.
    const QString nasty = QStringLiteral("x'); DROP TABLE users; --");
    const PgResult result
        = waitFor(session.run(QStringLiteral("SELECT $1::text AS v, count(*) FROM users WHERE id <= $2"), {nasty, 10}));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.columns, (QStringList {QStringLiteral("v"), QStringLiteral("count")}));
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows[0][0].toString(), nasty);
    QCOMPARE(result.rows[0][1].toInt(), 10);
    QVERIFY(waitFor(session.run(QStringLiteral("SELECT count(*) FROM users"))).rows[0][0].toInt() >= 1000);
}

void TestSession::reportsServerErrors()
{
    Session session(m_fixture.profile(), {}, QStringLiteral("test"));
    QVERIFY(openSession(session));
    const PgResult duplicate = waitFor(
        session.run(QStringLiteral("INSERT INTO users (email, username) SELECT email, 'dup' FROM users WHERE id = 1")));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error.sqlState, QStringLiteral("23505"));
    QVERIFY2(duplicate.error.why.contains(QLatin1String("users_email_key")), qPrintable(duplicate.error.toString()));
    QVERIFY2(duplicate.error.detail.contains(QLatin1String("already exists")), qPrintable(duplicate.error.detail));
    const PgResult syntax = waitFor(session.run(QStringLiteral("SELEC 1")));
    QCOMPARE(syntax.error.sqlState, QStringLiteral("42601"));
    // The session stays usable after errors.
    QCOMPARE(waitFor(session.run(QStringLiteral("SELECT 42"))).rows[0][0].toInt(), 42);
    QCOMPARE(session.state(), Session::State::Connected);
}

void TestSession::runsInSubmissionOrder()
{
    Session session(m_fixture.profile(), {}, QStringLiteral("test"));
    QVERIFY(openSession(session));
    QList<QFuture<PgResult>> futures;
    for (int i = 0; i < 20; ++i)
        futures << session.run(QStringLiteral("SELECT $1::int, clock_timestamp()"), {i});
    QDateTime previous;
    for (int i = 0; i < 20; ++i) {
        const PgResult result = waitFor(futures[i]);
        QCOMPARE(result.rows[0][0].toInt(), i);
        QVERIFY(result.rows[0][1].toDateTime().isValid());
        QVERIFY(previous.isNull() || result.rows[0][1].toDateTime() >= previous);
        previous = result.rows[0][1].toDateTime();
    }
}

void TestSession::cancelsALongStatement()
{
    Session session(m_fixture.profile(), {}, QStringLiteral("test"));
    QVERIFY(openSession(session));
    QElapsedTimer timer;
    timer.start();
    QFuture<PgResult> sleeping = session.run(QStringLiteral("SELECT pg_sleep(30)"));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Busy, 5000);
    session.cancel();
    const PgResult result = waitFor(sleeping, 5000);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(result.error.sqlState, QStringLiteral("57014"));
    QTRY_COMPARE(session.state(), Session::State::Connected);
    QCOMPARE(waitFor(session.run(QStringLiteral("SELECT 1"))).rows[0][0].toInt(), 1);
}

void TestSession::productionIsReadOnlyOnTheServer()
{
    ConnectionProfile profile = m_fixture.profile();
    profile.kind = ConnectionProfile::Kind::Production;
    Session session(profile, {}, QStringLiteral("test"));
    QVERIFY(openSession(session));
    QVERIFY(session.serverInfo().readOnly);
    const PgResult write = waitFor(session.run(QStringLiteral("UPDATE users SET username = username WHERE id = 1")));
    QCOMPARE(write.error.sqlState, QStringLiteral("25006"));
    QVERIFY(waitFor(session.run(QStringLiteral("SELECT count(*) FROM users"))).ok());
    // Each transaction, not the session: nothing is set that a pooler would lose or hand on.
    QCOMPARE(waitFor(session.run(QStringLiteral("SHOW transaction_read_only"))).rows.value(0).value(0).toString(),
        QStringLiteral("on"));
    QCOMPARE(
        waitFor(session.run(QStringLiteral("SHOW default_transaction_read_only"))).rows.value(0).value(0).toString(),
        QStringLiteral("off"));
    // Several statements in one round trip: read-only together.
    const QList<PgResult> together = waitFor(session.call([](PgConnection &connection) {
        return connection.execTogether({qMakePair(QStringLiteral("SELECT 1"), QVariantList()),
            qMakePair(QStringLiteral("UPDATE users SET username = username WHERE id = $1"), QVariantList {1})});
    }));
    QCOMPARE(together.size(), 2);
    QVERIFY(together[0].ok());
    QCOMPARE(together[1].error.sqlState, QStringLiteral("25006"));
    // A writer that opens its own transaction READ WRITE (an unlocked table) may write in it.
    const PgResult unlocked = waitFor(session.call([](PgConnection &connection) {
        connection.exec(QStringLiteral("BEGIN READ WRITE"));
        const PgResult result = connection.exec(QStringLiteral("UPDATE users SET username = username WHERE id = 1"));
        connection.exec(QStringLiteral("ROLLBACK"));
        return result;
    }));
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.error.toString()));
    QCOMPARE(unlocked.rowsAffected, 1);
    // A plain BEGIN opens a read-only transaction, as default_transaction_read_only did.
    const PgResult plain = waitFor(session.call([](PgConnection &connection) {
        connection.exec(QStringLiteral("BEGIN"));
        const PgResult result = connection.exec(QStringLiteral("UPDATE users SET username = username WHERE id = 1"));
        connection.exec(QStringLiteral("ROLLBACK"));
        return result;
    }));
    QCOMPARE(plain.error.sqlState, QStringLiteral("25006"));
    QVERIFY(!session.serverInfo().inRecovery);
}

void TestSession::connectFailures_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("database does not exist") << "database"
                                             << "no_such_db"
                                             << "The database \"no_such_db\" does not exist";
    QTest::newRow("user does not exist") << "user"
                                         << "nobody_here"
                                         << "The user \"nobody_here\" does not exist";
    QTest::newRow("server down (tcp)") << "tcpport" << QString() << "No PostgreSQL server is running at 127.0.0.1";
    QTest::newRow("server down (socket)") << "port" << QString() << "No PostgreSQL server is running at /";
    QTest::newRow("unknown host") << "host"
                                  << "no-such-host.invalid"
                                  << "could not be found";
}

void TestSession::connectFailures()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    ConnectionProfile profile = m_fixture.profile();
    if (field == QLatin1String("database"))
        profile.database = value;
    else if (field == QLatin1String("user"))
        profile.user = value;
    else if (field == QLatin1String("host"))
        profile.host = value;
    else if (field == QLatin1String("port"))
        profile.port = freePort();
    else if (field == QLatin1String("tcpport"))
        profile = m_fixture.cluster().tcpProfile(), profile.port = freePort();
    Session session(profile, {}, QStringLiteral("test"));
    QVERIFY(!openSession(session));
    QCOMPARE(session.state(), Session::State::Disconnected);
    QVERIFY2(session.lastError().toString().contains(expected), qPrintable(session.lastError().toString()));
}

void TestSession::wrongPasswordIsExplainedWithoutEchoingIt()
{
    Error error;
    QVERIFY2(m_fixture.cluster().setPassword(QStringLiteral("saytruth_user"), QStringLiteral("Right-Pass-1!"), &error),
        qPrintable(error.toString()));
    const QString wrong = QStringLiteral("Wrong-Canary-7731");
    Session bad(m_fixture.cluster().tcpProfile(), wrong, QStringLiteral("test"));
    QVERIFY(!openSession(bad));
    QCOMPARE(bad.lastError().sqlState, QStringLiteral("28P01"));
    QVERIFY2(bad.lastError().why.contains(QLatin1String("did not accept the password")),
        qPrintable(bad.lastError().toString()));
    QVERIFY(!bad.lastError().toString().contains(wrong));
    Session good(m_fixture.cluster().tcpProfile(), QStringLiteral("Right-Pass-1!"), QStringLiteral("test"));
    QVERIFY(openSession(good));
}

void TestSession::serverKilledWhileIdleIsNoticed()
{
    Session session(m_fixture.profile(), {}, QStringLiteral("test"));
    QVERIFY(openSession(session));
    QSignalSpy lost(&session, &Session::connectionLost);
    Error error;
    QVERIFY2(m_fixture.cluster().stop(&error, LocalCluster::StopMode::Immediate), qPrintable(error.toString()));
    // Nobody runs a query: the idle socket alone must tell us.
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
    QCOMPARE(session.state(), Session::State::Lost);
    const PgResult result = waitFor(session.run(QStringLiteral("SELECT 1")));
    QVERIFY(!result.ok());
    // Reconnecting after the server is back works on the same session.
    QVERIFY2(m_fixture.cluster().ensureRunning(&error), qPrintable(error.toString()));
    QVERIFY(openSession(session));
    QCOMPARE(waitFor(session.run(QStringLiteral("SELECT 1"))).rows[0][0].toInt(), 1);
}

// The server dies while a job runs: the job fails, and the session must say Lost at once. (The driver then
// reports the connection as closed; checking through it skipped the loss and re-armed the idle notifier on
// a socket libpq had closed, so the loss was never noticed: "QSocketNotifier: Invalid socket".)
void TestSession::serverKilledDuringAStatementIsNoticed()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QSocketNotifier: Invalid socket")));
    Session session(m_fixture.profile(), {}, QStringLiteral("test"));
    QVERIFY(openSession(session));
    QSignalSpy lost(&session, &Session::connectionLost);
    QFuture<PgResult> sleeping = session.run(QStringLiteral("SELECT pg_sleep(30)"));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Busy, 10000);
    Error error;
    QVERIFY2(m_fixture.cluster().stop(&error, LocalCluster::StopMode::Immediate), qPrintable(error.toString()));
    const PgResult result = waitFor(sleeping, 10000);
    QVERIFY(!result.ok());
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
    QCOMPARE(session.state(), Session::State::Lost);
    QVERIFY2(m_fixture.cluster().ensureRunning(&error), qPrintable(error.toString()));
    QVERIFY(openSession(session));
    QCOMPARE(waitFor(session.run(QStringLiteral("SELECT 1"))).rows[0][0].toInt(), 1);
}

// The same without stopping the server: the job ends its own backend, so the job itself meets the EOF.
void TestSession::backendEndedByAJobIsNoticed()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QSocketNotifier: Invalid socket")));
    Session session(m_fixture.profile(), {}, QStringLiteral("test"));
    QVERIFY(openSession(session));
    QSignalSpy lost(&session, &Session::connectionLost);
    session.run(QStringLiteral("SELECT pg_terminate_backend(pg_backend_pid())"));
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
    QCOMPARE(session.state(), Session::State::Lost);
    QVERIFY(openSession(session));
    QCOMPARE(waitFor(session.run(QStringLiteral("SELECT 1"))).rows[0][0].toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
