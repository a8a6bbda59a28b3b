#include "connection/session.h"
#include "connection/writelock.h"
#include "console/queryrunner.h"
#include "console/resultsetmodel.h"
#include "testcluster.h"
#include "testwait.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

namespace {

QList<RunnableStatement> statements(const QStringList &sql)
{
    QList<RunnableStatement> list;
    for (const QString &s : sql) {
        const QString upper = s.trimmed().toUpper();
        list << RunnableStatement {s, 0,
            upper.startsWith(QLatin1String("BEGIN")) || upper.startsWith(QLatin1String("COMMIT"))
                || upper.startsWith(QLatin1String("ROLLBACK"))};
    }
    return list;
}

// Collects what a run produced: outcomes, and every result set streamed into its own model.
struct RunRecorder
{
    explicit RunRecorder(QueryRunner &runner)
    {
        QObject::connect(
            &runner, &QueryRunner::resultColumns, &context, [this](int index, const QList<ResultColumn> &columns) {
                auto model = std::make_shared<ResultSetModel>();
                testers.push_back(std::make_shared<QAbstractItemModelTester>(
                    model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
                model->setColumns(columns);
                models[index] = model;
            });
        QObject::connect(
            &runner, &QueryRunner::rowsArrived, &context, [this](int index, std::shared_ptr<const ResultChunk> chunk) {
                if (firstRowsMs < 0)
                    firstRowsMs = clock.elapsed();
                models[index]->appendChunk(chunk);
                ++chunks;
            });
        QObject::connect(&runner, &QueryRunner::statementFinished, &context,
            [this](const StatementOutcome &outcome) { outcomes << outcome; });
        QObject::connect(
            &runner, &QueryRunner::notice, &context, [this](const QString &severity, const QString &message) {
                notices << severity + QLatin1String(": ") + message;
            });
        QObject::connect(&runner, &QueryRunner::finished, &context, [this](bool ok) {
            done = true;
            allOk = ok;
        });
        clock.start();
    }
    QObject context; // connections end with the recorder
    bool wait(int ms = 30000)
    {
        return QTest::qWaitFor([this] { return done; }, ms);
    }

    QHash<int, std::shared_ptr<ResultSetModel>> models;
    std::vector<std::shared_ptr<QAbstractItemModelTester>> testers;
    QList<StatementOutcome> outcomes;
    QStringList notices;
    QElapsedTimer clock;
    qint64 firstRowsMs = -1;
    int chunks = 0;
    bool done = false;
    bool allOk = false;
};

} // namespace

// The console's query runner against a real server: streaming, errors with positions, notices, cancel,
// the row cap, transactions.
class TestQueryRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void streamsAWholeTable();
    void runsAScriptAndStopsAtTheFirstError();
    void errorPositionIsInCharacters();
    void collectsNotices();
    void cancelsWithinASecond();
    void capAsksBeforeFetchingEverything();
    void capAllowsFetchingAll();
    void tracksTransactions();
    void seedQueriesRun();
    void writeLockFollowsTheSession();

private:
    TestCluster m_fixture;
    std::unique_ptr<Session> m_session;
};

void TestQueryRunner::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestQueryRunner::init()
{
    m_session = std::make_unique<Session>(m_fixture.profile(), QString(), QStringLiteral("console test"));
    QVERIFY(TestWait::open(*m_session));
}

void TestQueryRunner::streamsAWholeTable()
{
    QueryRunner runner(m_session.get());
    RunRecorder recorder(runner);
    runner.run(statements({QStringLiteral("SELECT * FROM messages ORDER BY id")}));
    QVERIFY(recorder.wait());
    QVERIFY(recorder.allOk);
    QCOMPARE(recorder.outcomes.size(), 1);
    const StatementOutcome &outcome = recorder.outcomes.first();
    QVERIFY(outcome.hasResultSet);
    QCOMPARE(outcome.rowsFetched, 20000);
    QCOMPARE(outcome.commandTag, QStringLiteral("SELECT 20000"));
    ResultSetModel &model = *recorder.models[0];
    QCOMPARE(model.rowCount(), 20000);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("content"));
    QVERIFY(recorder.chunks > 2); // it streamed, it did not arrive in one piece
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, 0).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(model.index(19999, 2).data().toString().size() > 10);
    // Compact: well under 64 bytes per stored cell.
    QVERIFY2(model.memoryBytes() / (20000 * 4) < 64, qPrintable(QString::number(model.memoryBytes() / 80000.0)));
}

void TestQueryRunner::runsAScriptAndStopsAtTheFirstError()
{
    QueryRunner runner(m_session.get());
    RunRecorder recorder(runner);
    runner.run(statements(
        {QStringLiteral("CREATE TEMP TABLE t (id int PRIMARY KEY)"), QStringLiteral("INSERT INTO t VALUES (1), (2)"),
            QStringLiteral("INSERT INTO t VALUES (1)"), QStringLiteral("SELECT 'not reached'")}));
    QVERIFY(recorder.wait());
    QVERIFY(!recorder.allOk);
    QCOMPARE(recorder.outcomes.size(), 3);
    QCOMPARE(recorder.outcomes[1].commandTag, QStringLiteral("INSERT 0 2"));
    QCOMPARE(recorder.outcomes[1].rowsAffected, 2);
    QCOMPARE(recorder.outcomes[2].error.sqlState, QStringLiteral("23505"));
    QVERIFY(recorder.outcomes[2].error.detail.contains(QLatin1String("already exists")));
}

void TestQueryRunner::errorPositionIsInCharacters()
{
    QueryRunner runner(m_session.get());
    RunRecorder recorder(runner);
    const QString sql = QStringLiteral("SELECT 'Grüße 😀' AS greeting, nope FROM users");
    runner.run(statements({sql}));
    QVERIFY(recorder.wait());
    const StatementOutcome &outcome = recorder.outcomes.first();
    QCOMPARE(outcome.error.sqlState, QStringLiteral("42703"));
    QCOMPARE(outcome.errorOffset, int(sql.indexOf(QLatin1String("nope"))));
}

void TestQueryRunner::collectsNotices()
{
    QueryRunner runner(m_session.get());
    RunRecorder recorder(runner);
    runner.run(statements({QStringLiteral("DO $$ BEGIN RAISE NOTICE 'hello %', 42; RAISE WARNING 'careful'; END $$")}));
    QVERIFY(recorder.wait());
    QTRY_COMPARE(recorder.notices.size(), 2);
    QCOMPARE(recorder.notices[0], QStringLiteral("NOTICE: hello 42"));
    QCOMPARE(recorder.notices[1], QStringLiteral("WARNING: careful"));
}

void TestQueryRunner::cancelsWithinASecond()
{
    QueryRunner runner(m_session.get());
    RunRecorder recorder(runner);
    runner.run(statements({QStringLiteral("SELECT pg_sleep(30)"), QStringLiteral("SELECT 'not reached'")}));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Session::State::Busy, 5000);
    QTest::qWait(100);
    QElapsedTimer timer;
    timer.start();
    runner.cancel();
    QVERIFY(recorder.wait(5000));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(recorder.outcomes.size(), 1);
    QVERIFY(recorder.outcomes[0].cancelled);
    QCOMPARE(recorder.outcomes[0].error.sqlState, QStringLiteral("57014"));
    // The session is still usable.
    QCOMPARE(TestWait::result(m_session->run(QStringLiteral("SELECT 7"))).rows.value(0).value(0).toInt(), 7);
}

void TestQueryRunner::capAsksBeforeFetchingEverything()
{
    QueryRunner runner(m_session.get());
    runner.setRowCap(1000);
    RunRecorder recorder(runner);
    QSignalSpy cap(&runner, &QueryRunner::capReached);
    runner.run(statements({QStringLiteral("SELECT * FROM messages")}));
    QTRY_COMPARE_WITH_TIMEOUT(cap.count(), 1, 10000);
    QCOMPARE(cap.first().at(1).toLongLong(), 1000);
    QTRY_COMPARE(recorder.models[0]->rowCount(), 1000); // what came so far is shown while it asks
    runner.continueFetching(false);
    QVERIFY(recorder.wait());
    QVERIFY(recorder.outcomes[0].truncated);
    QVERIFY(recorder.outcomes[0].error.isNull());
    QCOMPARE(recorder.models[0]->rowCount(), 1000);
    QCOMPARE(TestWait::result(m_session->run(QStringLiteral("SELECT 8"))).rows.value(0).value(0).toInt(), 8);
}

void TestQueryRunner::capAllowsFetchingAll()
{
    QueryRunner runner(m_session.get());
    runner.setRowCap(500);
    RunRecorder recorder(runner);
    QObject::connect(&runner, &QueryRunner::capReached, &runner, [&runner] { runner.continueFetching(true); });
    runner.run(statements({QStringLiteral("SELECT * FROM messages")}));
    QVERIFY(recorder.wait());
    QCOMPARE(recorder.models[0]->rowCount(), 20000);
    QVERIFY(!recorder.outcomes[0].truncated);
}

void TestQueryRunner::tracksTransactions()
{
    QueryRunner runner(m_session.get());
    runner.setAutoCommit(false);
    QSignalSpy states(&runner, &QueryRunner::transactionStateChanged);
    {
        RunRecorder recorder(runner);
        runner.run(statements({QStringLiteral("UPDATE users SET username = 'renamed' WHERE id = 2")}));
        QVERIFY(recorder.wait());
    }
    QCOMPARE(runner.transactionState(), QueryRunner::TransactionState::InTransaction);
    {
        RunRecorder recorder(runner);
        runner.run(statements({QStringLiteral("SELECT 1/0")}));
        QVERIFY(recorder.wait());
    }
    QCOMPARE(runner.transactionState(), QueryRunner::TransactionState::Failed);
    {
        RunRecorder recorder(runner);
        runner.run(statements({QStringLiteral("ROLLBACK")}));
        QVERIFY(recorder.wait());
    }
    QCOMPARE(runner.transactionState(), QueryRunner::TransactionState::Idle);
    QVERIFY(states.count() >= 3);
    // Rolled back: the rename never happened.
    QVERIFY(TestWait::result(m_session->run(QStringLiteral("SELECT username FROM users WHERE id = 2")))
                .rows[0][0]
                .toString()
        != QLatin1String("renamed"));
}

void TestQueryRunner::seedQueriesRun()
{
    // The seed's "Common SQL Queries", in order, as one script.
    const QStringList seed {
        QStringLiteral(
            "INSERT INTO users (email, username, hashed_password) VALUES ('user@example.com', 'johndoe', 'hash...')"),
        QStringLiteral("SELECT * FROM users WHERE email = 'user@example.com'"),
        QStringLiteral("UPDATE users SET username = 'newname' WHERE id = 1"),
        QStringLiteral("INSERT INTO messages (user_id, content) VALUES (1, 'Hello, SayTruth!')"),
        QStringLiteral("SELECT * FROM messages WHERE user_id = 1 ORDER BY created_at DESC"),
        QStringLiteral("SELECT m.*, u.username FROM messages m JOIN users u ON m.user_id = u.id ORDER BY m.created_at "
                       "DESC LIMIT 10"),
        QStringLiteral("SELECT u.username, m.content, m.created_at FROM users u LEFT JOIN messages m ON u.id = "
                       "m.user_id WHERE u.id = 1"),
        QStringLiteral("SELECT u.username, COUNT(m.id) as message_count FROM users u LEFT JOIN messages m ON u.id = "
                       "m.user_id GROUP BY u.username"),
        QStringLiteral("SELECT pg_size_pretty(pg_database_size('saytruth_db'))"),
        QStringLiteral("SELECT * FROM pg_stat_activity"),
    };
    QueryRunner runner(m_session.get());
    RunRecorder recorder(runner);
    runner.run(statements(seed));
    QVERIFY(recorder.wait());
    QVERIFY(recorder.allOk);
    QCOMPARE(recorder.outcomes.size(), seed.size());
    QCOMPARE(recorder.models[1]->rowCount(), 1);
    QCOMPARE(recorder.outcomes[2].rowsAffected, 1);
    QCOMPARE(recorder.models[4]->index(0, 2).data().toString(), QStringLiteral("Hello, SayTruth!"));
    QCOMPARE(recorder.models[5]->rowCount(), 10);
    QCOMPARE(recorder.models[5]->headerData(4, Qt::Horizontal).toString(), QStringLiteral("username"));
    QVERIFY(recorder.models[6]->rowCount() > 100); // user 1 is the popular one
    QVERIFY(recorder.models[7]->rowCount() > 500);
    QVERIFY(recorder.models[8]->index(0, 0).data().toString().endsWith(QLatin1String("MB")));
    // DELETE FROM users WHERE id = 1 fails: the user has messages (foreign key).
    RunRecorder deleting(runner);
    runner.run(statements({QStringLiteral("DELETE FROM users WHERE id = 1")}));
    QVERIFY(deleting.wait());
    QCOMPARE(deleting.outcomes[0].error.sqlState, QStringLiteral("23503"));
}

// The console's write lock is applied per transaction by the runner itself, never as a session setting (a
// transaction-pooling PgBouncer would lose it, or hand it on): locked, every statement outside a transaction
// runs in a read-only one (and a BEGIN opens a read-only one); unlocked, statements go as typed; a reconnected
// session follows the lock that is shown without anything being sent.
void TestQueryRunner::writeLockFollowsTheSession()
{
    ConnectionProfile profile = m_fixture.profile();
    profile.kind = ConnectionProfile::Kind::Production;
    profile.demo = false;
    Session production(profile, QString(), QStringLiteral("prod console test"));
    QVERIFY(TestWait::open(production));
    QueryRunner runner(&production);
    const auto readOnly = [&runner] {
        RunRecorder recorder(runner);
        runner.run(statements({QStringLiteral("SHOW transaction_read_only")}));
        if (!recorder.wait() || !recorder.models.contains(0))
            return QString();
        return recorder.models[0]->data(recorder.models[0]->index(0, 0)).toString();
    };
    const auto write = [&runner] {
        RunRecorder recorder(runner);
        runner.run(statements({QStringLiteral("UPDATE users SET username = username WHERE id = 1")}));
        recorder.wait();
        return recorder.outcomes.value(0).error.sqlState;
    };
    QVERIFY(runner.writeLock()->isLocked());
    QCOMPARE(readOnly(), QStringLiteral("on"));
    QCOMPARE(write(), QStringLiteral("25006"));
    QVERIFY(runner.writeLock()->unlock(QStringLiteral("ticket 5: fix a row")));
    QCOMPARE(readOnly(), QStringLiteral("off"));
    QCOMPARE(write(), QString());
    production.close();
    QVERIFY(TestWait::open(production));
    QCOMPARE(readOnly(), QStringLiteral("off"));
    QCOMPARE(write(), QString());
    runner.writeLock()->lock();
    QCOMPARE(readOnly(), QStringLiteral("on"));
    QCOMPARE(write(), QStringLiteral("25006"));
    // Nothing of it was set on the session.
    QCOMPARE(TestWait::result(production.run(QStringLiteral("SHOW default_transaction_read_only")))
                 .rows.value(0)
                 .value(0)
                 .toString(),
        QStringLiteral("off"));
}

QTEST_GUILESS_MAIN(TestQueryRunner)
#include "tst_queryrunner.moc"
