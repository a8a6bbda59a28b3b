#include "console/statementclassifier.h"
#include "console/statementsplitter.h"

#include <QTest>

#include <thread>

using Kind = StatementClass::Kind;
using Transaction = StatementClass::Transaction;

// Classifying console statements from libpg_query's parse tree: kinds, flags, targets, transactions, errors.
class TestStatementClassifier : public QObject
{
    Q_OBJECT

private slots:
    void queries_data();
    void queries();
    void schemaChanges_data();
    void schemaChanges();
    void utilities_data();
    void utilities();
    void transaction_data();
    void transaction();
    void summary_data();
    void summary();
    void parseError_data();
    void parseError();
    void seedQueries();
    void concurrentUse();
};

namespace {

// Flags of a StatementClass, for compact test rows.
enum Flag { ReadOnly = 1, Writes = 2, Unfiltered = 4, Destructive = 8 };

int flagsOf(const StatementClass &c)
{
    return (c.readOnly ? ReadOnly : 0) | (c.writesData ? Writes : 0) | (c.unfilteredWrite ? Unfiltered : 0)
        | (c.destructive ? Destructive : 0);
}

void addColumns()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QStringList>("targets");
}

void row(const char *name, const char *sql, Kind kind, int flags, const QStringList &targets = {})
{
    QTest::newRow(name) << QString::fromUtf8(sql) << int(kind) << flags << targets;
}

void verifyClass()
{
    QFETCH(QString, statement);
    QFETCH(int, kind);
    QFETCH(int, flags);
    QFETCH(QStringList, targets);

    const StatementClass c = StatementClassifier::classify(statement);
    QVERIFY2(c.parseError.isNull(), qPrintable(c.parseError.why));
    QCOMPARE(int(c.kind), kind);
    QCOMPARE(flagsOf(c), flags);
    QCOMPARE(c.targetTables, targets);
    QVERIFY(!c.summary.isEmpty());
    QCOMPARE(c.errorPosition, -1);
}

// The seed document's "Common SQL Queries" and its index and monitoring examples, verbatim.
const char *const seedScript = R"(-- Create user
INSERT INTO users (email, username, hashed_password) 
VALUES ('user@example.com', 'johndoe', 'hash...');

-- Get user by email
SELECT * FROM users WHERE email = 'user@example.com';

-- Update username
UPDATE users SET username = 'newname' WHERE id = 1;

-- Delete user
DELETE FROM users WHERE id = 1;

-- Create message
INSERT INTO messages (user_id, content) 
VALUES (1, 'Hello, SayTruth!');

-- Get user's messages
SELECT * FROM messages WHERE user_id = 1 ORDER BY created_at DESC;

-- Get recent messages
SELECT m.*, u.username FROM messages m
JOIN users u ON m.user_id = u.id
ORDER BY m.created_at DESC
LIMIT 10;

-- Get user and their messages
SELECT u.username, m.content, m.created_at
FROM users u
LEFT JOIN messages m ON u.id = m.user_id
WHERE u.id = 1;

-- Count messages per user
SELECT u.username, COUNT(m.id) as message_count
FROM users u
LEFT JOIN messages m ON u.id = m.user_id
GROUP BY u.username;

-- Fast (with index)
CREATE INDEX idx_messages_content ON messages USING gin(to_tsvector('english', content));

-- Find slow queries
SELECT query, calls, mean_time FROM pg_stat_statements 
ORDER BY mean_time DESC LIMIT 10;

SELECT pg_size_pretty(pg_database_size('saytruth_db'));
)";

} // namespace

void TestStatementClassifier::queries_data()
{
    addColumns();
    row("select", "SELECT * FROM users", Kind::Select, ReadOnly);
    row("values", "VALUES (1), (2)", Kind::Select, ReadOnly);
    row("select into", "SELECT * INTO t2 FROM t", Kind::Select, Writes, {"t2"});
    row("delete in with", "WITH d AS (DELETE FROM messages RETURNING *) SELECT * FROM d", Kind::Select,
        Writes | Unfiltered, {"messages"});
    row("filtered update in with", "WITH u AS (UPDATE users SET username = 'x' WHERE id = 1 RETURNING id) SELECT 1",
        Kind::Select, Writes, {"users"});
    row("select for update", "SELECT * FROM users FOR UPDATE", Kind::Select, 0);
    row("select nextval", "SELECT nextval('users_id_seq')", Kind::Select, 0);
    row("select set_config", "SELECT set_config('default_transaction_read_only', 'off', false)", Kind::Select, 0);

    row("update without where", "UPDATE users SET username='x'", Kind::Update, Writes | Unfiltered, {"users"});
    row("update where true", "UPDATE users SET username='x' WHERE true", Kind::Update, Writes | Unfiltered, {"users"});
    row("update where 1=1", "UPDATE users SET username='x' WHERE 1=1", Kind::Update, Writes | Unfiltered, {"users"});
    row("update where strings equal", "UPDATE users SET username='x' WHERE 'a'='a'", Kind::Update, Writes | Unfiltered,
        {"users"});
    row("update where not false", "UPDATE users SET username='x' WHERE NOT false", Kind::Update, Writes | Unfiltered,
        {"users"});
    row("update where true and true", "UPDATE users SET username='x' WHERE true AND true", Kind::Update,
        Writes | Unfiltered, {"users"});
    row("update where 1=1 or column", "UPDATE users SET username='x' WHERE (1=1) OR id = 5", Kind::Update,
        Writes | Unfiltered, {"users"});
    row("update where 0=0 or column", "UPDATE users SET username='x' WHERE 0 = 0 OR id = 5", Kind::Update,
        Writes | Unfiltered, {"users"});
    row("update where 't'", "UPDATE users SET username='x' WHERE 't'", Kind::Update, Writes | Unfiltered, {"users"});
    row("update where 'yes'::boolean", "UPDATE users SET username='x' WHERE 'yes'::boolean AND id > 0 OR true",
        Kind::Update, Writes | Unfiltered, {"users"});
    row("update where null is null", "UPDATE users SET username='x' WHERE NULL IS NULL", Kind::Update,
        Writes | Unfiltered, {"users"});
    row("update where 1 < 2", "UPDATE users SET username='x' WHERE 1 < 2.5", Kind::Update, Writes | Unfiltered,
        {"users"});
    row("update where true is true", "UPDATE users SET username='x' WHERE true IS TRUE", Kind::Update,
        Writes | Unfiltered, {"users"});
    row("update where no column", "UPDATE users SET username='x' WHERE now() > '2020-01-01'", Kind::Update,
        Writes | Unfiltered, {"users"});
    row("update where parameter", "UPDATE users SET username='x' WHERE $1", Kind::Update, Writes | Unfiltered,
        {"users"});
    row("update where id", "UPDATE users SET username='x' WHERE id = 1", Kind::Update, Writes, {"users"});
    row("update where 1=1 and id", "UPDATE users SET username='x' WHERE 1=1 AND id = 1", Kind::Update, Writes,
        {"users"});
    row("update where false", "UPDATE users SET username='x' WHERE false", Kind::Update, Writes, {"users"});
    row("update where -1 = 0", "UPDATE users SET username='x' WHERE -1 = 0 OR id = 2", Kind::Update, Writes, {"users"});
    row("update where current of", "UPDATE users SET username='x' WHERE CURRENT OF c", Kind::Update, Writes, {"users"});
    row("update schema-qualified", "UPDATE public.users SET username='x' WHERE id = 2", Kind::Update, Writes,
        {"public.users"});

    row("delete without where", "DELETE FROM messages", Kind::Delete, Writes | Unfiltered, {"messages"});
    row("delete filtered", "DELETE FROM links WHERE visibility='private'", Kind::Delete, Writes, {"links"});
    row("delete using", "DELETE FROM t USING u WHERE t.id=u.id", Kind::Delete, Writes, {"t"});
    row("delete where in subquery", "DELETE FROM t WHERE id IN (SELECT user_id FROM u)", Kind::Delete, Writes, {"t"});
    row("delete where uncorrelated exists", "DELETE FROM t WHERE EXISTS (SELECT * FROM u)", Kind::Delete,
        Writes | Unfiltered, {"t"});
    row("insert", "INSERT INTO users (email) VALUES ('a@example.com')", Kind::Insert, Writes, {"users"});
    row("insert select", "INSERT INTO archive SELECT * FROM messages", Kind::Insert, Writes, {"archive"});
    row("merge", "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", Kind::Merge, Writes, {"t"});
    row("merge on true", "MERGE INTO t USING s ON true WHEN MATCHED THEN UPDATE SET a = 1", Kind::Merge,
        Writes | Unfiltered, {"t"});
}

void TestStatementClassifier::queries()
{
    verifyClass();
}

void TestStatementClassifier::schemaChanges_data()
{
    addColumns();
    row("truncate", "TRUNCATE follows", Kind::Truncate, Writes | Destructive, {"follows"});
    row("truncate several", "TRUNCATE TABLE a, s.b CASCADE", Kind::Truncate, Writes | Destructive, {"a", "s.b"});
    row("drop table", "DROP TABLE x", Kind::Drop, Destructive, {"x"});
    row("drop tables", "DROP TABLE IF EXISTS s.x, y CASCADE", Kind::Drop, Destructive, {"s.x", "y"});
    row("drop function", "DROP FUNCTION f(int)", Kind::Drop, Destructive);
    row("drop database", "DROP DATABASE saytruth_db", Kind::Drop, Destructive);
    row("drop role", "DROP ROLE saytruth_user", Kind::Drop, Destructive);
    row("alter add column", "ALTER TABLE users ADD COLUMN c int", Kind::Alter, Destructive, {"users"});
    row("alter drop column", "ALTER TABLE public.users DROP COLUMN c", Kind::Alter, Destructive, {"public.users"});
    row("rename table", "ALTER TABLE users RENAME TO people", Kind::Alter, Destructive, {"users"});
    row("alter role", "ALTER ROLE saytruth_user PASSWORD 'x'", Kind::Alter, Destructive);
    row("alter system", "ALTER SYSTEM SET work_mem = '64MB'", Kind::Alter, Destructive);

    row("create table", "CREATE TABLE x (id int)", Kind::Ddl, 0);
    row("create table as", "CREATE TABLE x AS SELECT * FROM users", Kind::Ddl, Writes, {"x"});
    row("create index", "CREATE INDEX i ON users (email)", Kind::Ddl, 0);
    row("create function", "CREATE FUNCTION f() RETURNS int AS $$ DELETE FROM t; SELECT 1 $$ LANGUAGE sql", Kind::Ddl,
        0);
    row("grant", "GRANT SELECT ON users TO reader", Kind::Ddl, 0);
}

void TestStatementClassifier::schemaChanges()
{
    verifyClass();
}

void TestStatementClassifier::utilities_data()
{
    addColumns();
    row("explain select", "EXPLAIN SELECT * FROM users", Kind::Explain, ReadOnly);
    row("explain delete", "EXPLAIN DELETE FROM t", Kind::Explain, ReadOnly);
    row("explain analyze select", "EXPLAIN ANALYZE SELECT 1", Kind::Explain, ReadOnly);
    row("explain analyze delete", "EXPLAIN ANALYZE DELETE FROM t", Kind::Explain, Writes | Unfiltered, {"t"});
    row("explain (analyze) delete", "EXPLAIN (ANALYZE, BUFFERS) DELETE FROM t WHERE id = 1", Kind::Explain, Writes,
        {"t"});
    row("explain (analyze false) delete", "EXPLAIN (ANALYZE false) DELETE FROM t", Kind::Explain, ReadOnly);

    row("copy from stdin", "COPY t FROM STDIN", Kind::Copy, Writes, {"t"});
    row("copy to stdout", "COPY t TO STDOUT", Kind::Copy, ReadOnly);
    row("copy query to stdout", "COPY (SELECT * FROM users) TO STDOUT WITH (FORMAT csv)", Kind::Copy, ReadOnly);
    row("copy delete returning", "COPY (DELETE FROM t WHERE id = 1 RETURNING *) TO STDOUT", Kind::Copy, Writes, {"t"});
    row("copy to server file", "COPY t TO '/tmp/t.csv'", Kind::Copy, 0);
    row("copy from program", "COPY t FROM PROGRAM 'cat /etc/passwd'", Kind::Copy, Writes, {"t"});

    row("set", "SET search_path = x", Kind::Utility, ReadOnly);
    row("reset", "RESET work_mem", Kind::Utility, ReadOnly);
    row("set read-only off", "SET default_transaction_read_only = off", Kind::Utility, 0);
    row("set transaction read write", "SET TRANSACTION READ WRITE", Kind::Utility, 0);
    row("set transaction read only", "SET TRANSACTION READ ONLY", Kind::Utility, ReadOnly);
    row("set session read write", "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE", Kind::Utility, 0);
    row("reset all", "RESET ALL", Kind::Utility, 0);
    row("show", "SHOW work_mem", Kind::Utility, ReadOnly);
    row("vacuum", "VACUUM users", Kind::Utility, 0);
    row("analyze", "ANALYZE users", Kind::Utility, 0);
    row("lock", "LOCK users", Kind::Utility, 0);
    row("lock access share", "LOCK users IN ACCESS SHARE MODE", Kind::Utility, ReadOnly);
    row("do", "DO $$ BEGIN DELETE FROM t; END $$", Kind::Utility, 0);
    row("call", "CALL cleanup()", Kind::Utility, 0);
    row("prepare", "PREPARE p AS DELETE FROM t", Kind::Utility, ReadOnly);
    row("execute", "EXECUTE p", Kind::Utility, 0);
    row("declare cursor for update", "DECLARE c CURSOR FOR SELECT * FROM t FOR UPDATE", Kind::Utility, 0);
    row("refresh materialized view", "REFRESH MATERIALIZED VIEW v", Kind::Utility, Writes, {"v"});

    row("several: the most dangerous", "SELECT 1; DROP TABLE x; INSERT INTO y VALUES (1)", Kind::Drop,
        Writes | Destructive, {"x", "y"});
    row("several read-only", "SELECT 1; SHOW work_mem", Kind::Select, ReadOnly);
    row("only a comment", "-- nothing", Kind::Unknown, ReadOnly);
    row("empty", "", Kind::Unknown, ReadOnly);
    // libpq would stop at the NUL too, but the classifier must not be fooled by what it cannot see.
    QTest::newRow("nul hides nothing") << QString(
        QStringLiteral("SELECT 1") + QChar(0) + QStringLiteral("; DROP TABLE x"))
                                       << int(Kind::Drop) << int(Destructive) << QStringList {"x"};
}

void TestStatementClassifier::utilities()
{
    verifyClass();
}

void TestStatementClassifier::transaction_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("transaction");
    QTest::addColumn<bool>("readOnly");

    QTest::newRow("begin") << "BEGIN" << int(Transaction::Begin) << true;
    QTest::newRow("begin read only") << "BEGIN READ ONLY" << int(Transaction::Begin) << true;
    QTest::newRow("begin read write") << "BEGIN ISOLATION LEVEL SERIALIZABLE, READ WRITE" << int(Transaction::Begin)
                                      << false;
    QTest::newRow("start transaction") << "START TRANSACTION" << int(Transaction::Begin) << true;
    QTest::newRow("commit") << "COMMIT" << int(Transaction::Commit) << true;
    QTest::newRow("end") << "END" << int(Transaction::Commit) << true;
    QTest::newRow("commit and chain") << "COMMIT AND CHAIN" << int(Transaction::Commit) << true;
    QTest::newRow("rollback") << "ROLLBACK" << int(Transaction::Rollback) << true;
    QTest::newRow("abort") << "ABORT" << int(Transaction::Rollback) << true;
    QTest::newRow("savepoint") << "SAVEPOINT a" << int(Transaction::Savepoint) << true;
    QTest::newRow("release") << "RELEASE SAVEPOINT a" << int(Transaction::Release) << true;
    QTest::newRow("rollback to savepoint")
        << "ROLLBACK TO SAVEPOINT a" << int(Transaction::RollbackToSavepoint) << true;
    QTest::newRow("rollback to") << "ROLLBACK TO a" << int(Transaction::RollbackToSavepoint) << true;
    QTest::newRow("prepare transaction") << "PREPARE TRANSACTION 'x'" << int(Transaction::Prepare) << true;
    QTest::newRow("commit prepared") << "COMMIT PREPARED 'x'" << int(Transaction::Commit) << true;
    QTest::newRow("not a transaction statement") << "SELECT 1" << int(Transaction::None) << true;
}

void TestStatementClassifier::transaction()
{
    QFETCH(QString, statement);
    QFETCH(int, transaction);
    QFETCH(bool, readOnly);

    const StatementClass c = StatementClassifier::classify(statement);
    QCOMPARE(int(c.transaction), transaction);
    QCOMPARE(c.readOnly, readOnly);
    QCOMPARE(c.writesData, false);
    if (transaction != int(Transaction::None))
        QCOMPARE(c.kind, Kind::TransactionControl);
}

void TestStatementClassifier::summary_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("summary");

    QTest::newRow("delete without where") << "DELETE FROM messages"
                                          << "DELETE from messages without a WHERE clause";
    QTest::newRow("delete in with") << "WITH d AS (DELETE FROM messages RETURNING *) SELECT * FROM d"
                                    << "DELETE from messages without a WHERE clause";
    QTest::newRow("update always true") << "UPDATE users SET a = 1 WHERE 1=1"
                                        << "UPDATE of users with a WHERE clause that is always true";
    QTest::newRow("delete no column") << "DELETE FROM t WHERE now() > '2000-01-01'"
                                      << "DELETE from t with a WHERE clause that refers to no column";
    QTest::newRow("filtered delete") << "DELETE FROM users WHERE id = 1"
                                     << "DELETE from users";
    QTest::newRow("drop") << "DROP TABLE x, s.y"
                          << "DROP TABLE x, s.y";
    QTest::newRow("drop database") << "DROP DATABASE saytruth_db"
                                   << "DROP DATABASE saytruth_db";
    QTest::newRow("alter drop column") << "ALTER TABLE users DROP COLUMN c"
                                       << "ALTER TABLE users drops column c";
    QTest::newRow("truncate") << "TRUNCATE follows, links"
                              << "TRUNCATE of follows, links removes every row";
    QTest::newRow("several") << "SELECT 1; DROP TABLE x"
                             << "DROP TABLE x (and 1 more statement(s))";
    QTest::newRow("select") << "SELECT 1"
                            << "SELECT only reads data";
    QTest::newRow("explain analyze") << "EXPLAIN ANALYZE DELETE FROM t"
                                     << "EXPLAIN ANALYZE runs the statement: DELETE from t without a WHERE clause";
}

void TestStatementClassifier::summary()
{
    QFETCH(QString, statement);
    QFETCH(QString, summary);

    QCOMPARE(StatementClassifier::classify(statement).summary, summary);
}

void TestStatementClassifier::parseError_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("errorAt"); // the text at the error position; empty for the end

    QTest::newRow("form for from") << QStringLiteral("SELECT * FORM users") << QStringLiteral("FORM users");
    QTest::newRow("after umlauts") << QStringLiteral("SELECT 'äöü' AS größe FORM users")
                                   << QStringLiteral("FORM users");
    QTest::newRow("after emoji") << QStringLiteral("SELECT '😀🎉👍🏽' AS x FORM users")
                                 << QStringLiteral("FORM users");
    QTest::newRow("after cjk") << QStringLiteral("SELECT '漢字' AS 名前 FORM users") << QStringLiteral("FORM users");
    QTest::newRow("typo at start") << QStringLiteral("SELEC 1") << QStringLiteral("SELEC 1");
    QTest::newRow("end of input") << QStringLiteral("SELECT * FROM") << QString();
    QTest::newRow("unterminated string") << QStringLiteral("SELECT '😀', 'abc") << QStringLiteral("'abc");
}

void TestStatementClassifier::parseError()
{
    QFETCH(QString, statement);
    QFETCH(QString, errorAt);

    const StatementClass c = StatementClassifier::classify(statement);
    QVERIFY(!c.parseError.isNull());
    QCOMPARE(c.parseError.sqlState, QStringLiteral("42601"));
    QVERIFY(!c.parseError.why.isEmpty());
    QCOMPARE(c.kind, Kind::Unknown);
    QVERIFY(!c.readOnly);
    QVERIFY(!c.summary.isEmpty());
    QCOMPARE(c.errorPosition, errorAt.isEmpty() ? int(statement.size()) : int(statement.lastIndexOf(errorAt)));
}

// The statements of the seed document's "Common SQL Queries" (and its index and monitoring examples), as a
// user would paste them: split first, then classified.
void TestStatementClassifier::seedQueries()
{
    const QString script = QString::fromUtf8(seedScript);

    const QList<SqlStatement> statements = StatementSplitter::split(script);
    QCOMPARE(statements.size(), 12);
    const QList<QPair<Kind, int>> expected {{Kind::Insert, Writes}, {Kind::Select, ReadOnly}, {Kind::Update, Writes},
        {Kind::Delete, Writes}, {Kind::Insert, Writes}, {Kind::Select, ReadOnly}, {Kind::Select, ReadOnly},
        {Kind::Select, ReadOnly}, {Kind::Select, ReadOnly}, {Kind::Ddl, 0}, {Kind::Select, ReadOnly},
        {Kind::Select, ReadOnly}};
    const QStringList targets {"users", {}, "users", "users", "messages", {}, {}, {}, {}, {}, {}, {}, {}};
    for (int i = 0; i < expected.size(); ++i) {
        const StatementClass c = StatementClassifier::classify(statements.at(i).text);
        // Each keeps the comment above it, and the parser does not mind.
        QCOMPARE(statements.at(i).text.startsWith(QLatin1String("--")), i < 11);
        QCOMPARE(c.kind, expected.at(i).first);
        QCOMPARE(flagsOf(c), expected.at(i).second);
        QCOMPARE(c.targetTables, targets.at(i).isEmpty() ? QStringList() : QStringList {targets.at(i)});
    }
}

// libpg_query keeps its memory per thread: classifying and splitting from several threads at once must work.
void TestStatementClassifier::concurrentUse()
{
    const QString script = QStringLiteral("DELETE FROM messages; SELECT 'ä;'; DROP TABLE x; SELEC 1;\n");
    std::vector<std::thread> threads;
    std::atomic<int> failures = 0;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&script, &failures] {
            for (int i = 0; i < 200; ++i) {
                const QList<SqlStatement> statements = StatementSplitter::split(script);
                if (statements.size() != 4 || !StatementClassifier::classify(statements.at(0).text).unfilteredWrite
                    || StatementClassifier::classify(statements.at(3).text).parseError.isNull())
                    ++failures;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
}

QTEST_APPLESS_MAIN(TestStatementClassifier)

#include "tst_statementclassifier.moc"
