#include "console/statementsplitter.h"

#include <QTest>

// Splitting console scripts into statements with PostgreSQL's scanner, and the statement under the cursor.
class TestStatementSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void boundaries_data();
    void boundaries();
    void recovery_data();
    void recovery();
    void unicodeOffsets_data();
    void unicodeOffsets();
    void largeScript();
    void indexAt_data();
    void indexAt();

private:
    static void verifyInvariants(const QString &script, const QList<SqlStatement> &statements);
};

void TestStatementSplitter::verifyInvariants(const QString &script, const QList<SqlStatement> &statements)
{
    int previousEnd = 0;
    int line = 0; // counted along, as the script may be large
    for (const SqlStatement &statement : statements) {
        QVERIFY2(statement.start >= previousEnd, qPrintable(statement.text));
        QVERIFY(statement.length > 0);
        QVERIFY(statement.start + statement.length <= script.size());
        QCOMPARE(script.mid(statement.start, statement.length), statement.text);
        QCOMPARE(statement.text, statement.text.trimmed());
        QVERIFY(!statement.text.endsWith(QLatin1Char(';')));
        line += int(QStringView(script).mid(previousEnd, statement.start - previousEnd).count(QLatin1Char('\n')));
        QCOMPARE(statement.line, line);
        line += int(statement.text.count(QLatin1Char('\n')));
        previousEnd = statement.start + statement.length;
    }
}

void TestStatementSplitter::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("texts");

    QTest::newRow("semicolon in string") << "SELECT ';'" << QStringList {"SELECT ';'"};
    QTest::newRow("dollar quote") << "SELECT $$;$$; SELECT 2" << QStringList {"SELECT $$;$$", "SELECT 2"};
    QTest::newRow("tagged dollar quote in function")
        << "CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END $body$ LANGUAGE plpgsql;"
        << QStringList {"CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END $body$ LANGUAGE plpgsql"};
    QTest::newRow("do block") << "DO $$ BEGIN PERFORM 1; RAISE NOTICE 'a;b'; END $$;\nSELECT 1;"
                              << QStringList {"DO $$ BEGIN PERFORM 1; RAISE NOTICE 'a;b'; END $$", "SELECT 1"};
    QTest::newRow("nested dollar quotes")
        << "SELECT $a$ $b$ ; $b$ ; $a$; SELECT 2" << QStringList {"SELECT $a$ $b$ ; $b$ ; $a$", "SELECT 2"};
    QTest::newRow("line comment") << "SELECT 1 -- comment; not a split\n; SELECT 2"
                                  << QStringList {"SELECT 1", "SELECT 2"};
    QTest::newRow("nested block comment")
        << "SELECT /* a /* b; */ c; */ 1; SELECT 2" << QStringList {"SELECT /* a /* b; */ c; */ 1", "SELECT 2"};
    QTest::newRow("escape string") << "SELECT E'\\';'; SELECT 2" << QStringList {"SELECT E'\\';'", "SELECT 2"};
    QTest::newRow("doubled quote") << "SELECT 'it''s;'; SELECT 2" << QStringList {"SELECT 'it''s;'", "SELECT 2"};
    QTest::newRow("string continuation") << "SELECT 'a'\n'b;'; SELECT 2"
                                         << QStringList {"SELECT 'a'\n'b;'", "SELECT 2"};
    QTest::newRow("quoted identifier") << "SELECT 1 AS \"weird;ident\"; SELECT 2"
                                       << QStringList {"SELECT 1 AS \"weird;ident\"", "SELECT 2"};
    QTest::newRow("unicode escape string")
        << "SELECT U&'d\\0061t;a' ; SELECT 2" << QStringList {"SELECT U&'d\\0061t;a'", "SELECT 2"};
    QTest::newRow("unicode escape identifier")
        << "SELECT 1 AS U&\"a;b\"\n; SELECT 2" << QStringList {"SELECT 1 AS U&\"a;b\"", "SELECT 2"};
    QTest::newRow("only semicolons") << ";;;" << QStringList {};
    QTest::newRow("empty script") << "" << QStringList {};
    QTest::newRow("empty statements between") << "SELECT 1;;; ;SELECT 2;" << QStringList {"SELECT 1", "SELECT 2"};
    QTest::newRow("trailing statement without semicolon") << "SELECT 1;\nSELECT 2\n\n"
                                                          << QStringList {"SELECT 1", "SELECT 2"};
    QTest::newRow("only comments") << "-- just a comment\n/* and ; another */\n" << QStringList {};
    QTest::newRow("comment-only statement dropped")
        << "SELECT 1;\n-- c\n;\nSELECT 2" << QStringList {"SELECT 1", "SELECT 2"};
    QTest::newRow("leading comment stays") << "SELECT 1;\n-- the users\nSELECT * FROM users;"
                                           << QStringList {"SELECT 1", "-- the users\nSELECT * FROM users"};
    QTest::newRow("comment after semicolon belongs to previous")
        << "SELECT 1; -- first\nSELECT 2" << QStringList {"SELECT 1", "SELECT 2"};
}

// Where psql too would not split (parentheses, BEGIN ATOMIC) or would; odd whitespace.
void TestStatementSplitter::boundaries_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("texts");

    QTest::newRow("create rule with several actions")
        << "CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2); SELECT 3"
        << QStringList {"CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2)", "SELECT 3"};
    QTest::newRow("begin atomic")
        << "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END; SELECT 3"
        << QStringList {
               "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END", "SELECT 3"};
    QTest::newRow("begin atomic with case")
        << "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; END; SELECT 3"
        << QStringList {
               "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; END",
               "SELECT 3"};
    QTest::newRow("transaction begin and end") << "BEGIN; SELECT 1; END;" << QStringList {"BEGIN", "SELECT 1", "END"};
    QTest::newRow("vertical tabs") << "\vSELECT 1;\v\vSELECT\v2\v" << QStringList {"SELECT 1", "SELECT\v2"};
    QTest::newRow("windows line ends") << "SELECT 1;\r\nSELECT 2\r\n" << QStringList {"SELECT 1", "SELECT 2"};
    QTest::newRow("nul character") << QString(QStringLiteral("SELECT 1;") + QChar(0) + QStringLiteral("SELECT 2"))
                                   << QStringList {"SELECT 1", "SELECT 2"};
}

// Scripts with syntax errors, and with tokens that make PostgreSQL's scanner fail, still split.
void TestStatementSplitter::recovery_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("texts");

    QTest::newRow("syntax error") << "SELEC 1; SELECT 2" << QStringList {"SELEC 1", "SELECT 2"};
    QTest::newRow("no keyword at all") << "foo; \\dt" << QStringList {"foo", "\\dt"};
    QTest::newRow("stray closing parenthesis")
        << "SELECT 1); SELECT 2; SELECT 3" << QStringList {"SELECT 1)", "SELECT 2", "SELECT 3"};
    QTest::newRow("unterminated quote") << "SELECT 1; SELECT 'abc; SELECT 2\n"
                                        << QStringList {"SELECT 1", "SELECT 'abc; SELECT 2"};
    QTest::newRow("unterminated dollar quote")
        << "SELECT 1; DO $$ BEGIN; SELECT 2" << QStringList {"SELECT 1", "DO $$ BEGIN; SELECT 2"};
    QTest::newRow("unterminated comment")
        << "SELECT 1; SELECT 2 /* ; SELECT 3" << QStringList {"SELECT 1", "SELECT 2 /* ; SELECT 3"};
    QTest::newRow("unterminated quoted identifier")
        << "SELECT \"abc; SELECT 2" << QStringList {"SELECT \"abc; SELECT 2"};
    QTest::newRow("junk after number") << "SELECT 1e; SELECT 0x; SELECT 2"
                                       << QStringList {"SELECT 1e", "SELECT 0x", "SELECT 2"};
    QTest::newRow("junk after parameter") << "SELECT $1a; SELECT 2" << QStringList {"SELECT $1a", "SELECT 2"};
    QTest::newRow("zero-length identifier") << "SELECT \"\"; SELECT 2" << QStringList {"SELECT \"\"", "SELECT 2"};
    QTest::newRow("bad unicode escape") << "SELECT 1; SELECT E'\\u12;x'; SELECT 2"
                                        << QStringList {"SELECT 1", "SELECT E'\\u12;x'", "SELECT 2"};
    QTest::newRow("bad surrogate escape")
        << "SELECT E'\\uD800;x'; SELECT 2" << QStringList {"SELECT E'\\uD800;x'", "SELECT 2"};
    QTest::newRow("escape making bad utf-8")
        << "SELECT 1; SELECT E'\\xff;'; SELECT 2" << QStringList {"SELECT 1", "SELECT E'\\xff;'", "SELECT 2"};
}

void TestStatementSplitter::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, texts);

    const QList<SqlStatement> statements = StatementSplitter::split(script);
    QStringList actual;
    for (const SqlStatement &statement : statements)
        actual.append(statement.text);
    QCOMPARE(actual, texts);
    verifyInvariants(script, statements);
}

void TestStatementSplitter::recovery()
{
    split();
}

void TestStatementSplitter::boundaries()
{
    split();
}

void TestStatementSplitter::unicodeOffsets_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("texts");

    QTest::newRow("umlauts") << QStringLiteral("SELECT 'äöü';  SELECT 'ß' AS größe")
                             << QStringList {QStringLiteral("SELECT 'äöü'"), QStringLiteral("SELECT 'ß' AS größe")};
    QTest::newRow("emoji") << QStringLiteral("SELECT '😀😀;'; SELECT '👍🏽' AS \"ok;😀\"")
                           << QStringList {
                                  QStringLiteral("SELECT '😀😀;'"), QStringLiteral("SELECT '👍🏽' AS \"ok;😀\"")};
    QTest::newRow("cjk") << QStringLiteral("SELECT '漢字;';\n SELECT 日本 FROM 表")
                         << QStringList {QStringLiteral("SELECT '漢字;'"), QStringLiteral("SELECT 日本 FROM 表")};
    QTest::newRow("comment with emoji") << QStringLiteral("-- ünïcödé 😀\nSELECT 1; /* € */ SELECT '€'")
                                        << QStringList {
                                               QStringLiteral("-- ünïcödé 😀\nSELECT 1"), QStringLiteral("SELECT '€'")};
    QTest::newRow("unterminated after emoji") << QStringLiteral(
        "SELECT '😀'; SELECT 'a😀b") << QStringList {QStringLiteral("SELECT '😀'"), QStringLiteral("SELECT 'a😀b")};
    QTest::newRow("junk after emoji") << QStringLiteral("SELECT '😀', 1e; SELECT 'ä'")
                                      << QStringList {QStringLiteral("SELECT '😀', 1e"), QStringLiteral("SELECT 'ä'")};
    QTest::newRow("unpaired surrogate") << QString(
        QStringLiteral("SELECT '") + QChar(0xD800) + QStringLiteral("'; SELECT 2"))
                                        << QStringList {
                                               QString(QStringLiteral("SELECT '") + QChar(0xD800) + QLatin1Char('\'')),
                                               QStringLiteral("SELECT 2")};
}

void TestStatementSplitter::unicodeOffsets()
{
    split();
}

void TestStatementSplitter::largeScript()
{
    // About 1 MB in 20,000 statements, with the things that must not split them.
    QString script;
    const QString line = QStringLiteral("INSERT INTO messages VALUES (%1, 'a;b äö 😀 -- no comment'); -- c;\n");
    for (int i = 0; i < 20000; ++i)
        script += line.arg(i, 5, 10, QLatin1Char('0'));
    QVERIFY(script.toUtf8().size() > 1'000'000);

    const QList<SqlStatement> statements = StatementSplitter::split(script);
    QCOMPARE(statements.size(), 20000);
    QCOMPARE(statements.last().text, QStringLiteral("INSERT INTO messages VALUES (19999, 'a;b äö 😀 -- no comment')"));
    QCOMPARE(statements.last().line, 19999);
    verifyInvariants(script, statements);
}

void TestStatementSplitter::indexAt_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("index");

    const QString script = QStringLiteral("SELECT 1;\n\nSELECT 2; -- two\n\n  SELECT 3");
    QTest::newRow("inside the first") << script << 3 << 0;
    QTest::newRow("at the start of the first") << script << 0 << 0;
    QTest::newRow("at the end of the first") << script << 8 << 0;
    QTest::newRow("after the semicolon") << script << 9 << 0;
    QTest::newRow("on the blank line between") << script << 10 << 0;
    QTest::newRow("at the start of the second") << script << 11 << 1;
    QTest::newRow("in the comment after the second") << script << int(script.indexOf(QLatin1String("two"))) << 1;
    QTest::newRow("in the indentation of the third")
        << script << int(script.indexOf(QLatin1String("SELECT 3"))) - 1 << 1;
    QTest::newRow("inside the third") << script << int(script.size()) - 1 << 2;
    QTest::newRow("at the end of the script") << script << int(script.size()) << 2;
    QTest::newRow("past the end") << script << int(script.size()) + 5 << 2;
    QTest::newRow("before the first") << QStringLiteral("\n\n  SELECT 1;") << 0 << 0;
    QTest::newRow("negative position") << QStringLiteral("SELECT 1") << -1 << 0;
    QTest::newRow("blank line after the last") << QStringLiteral("SELECT 1;\n\n") << 11 << 0;
    QTest::newRow("no statements") << QStringLiteral("-- nothing\n") << 3 << -1;
}

void TestStatementSplitter::indexAt()
{
    QFETCH(QString, script);
    QFETCH(int, position);
    QFETCH(int, index);

    QCOMPARE(StatementSplitter::indexAt(StatementSplitter::split(script), position), index);
}

QTEST_APPLESS_MAIN(TestStatementSplitter)

#include "tst_statementsplitter.moc"
