#include "console/sqlkeywords.h"
#include "console/sqltokenizer.h"

#include <QElapsedTimer>
#include <QTest>

// The tokenizer is PostgreSQL's scanner plus recovery for text being typed; SqlKeywords is its built-in word list.
class TestSqlTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data();
    void tokenize();
    void keywordCategories_data();
    void keywordCategories();
    void utf8Offsets();
    void unterminatedFlag();
    void dollarTag();
    void identifierName_data();
    void identifierName();
    void builtInKeywordsMatchScanner();
    void serverKeywords();
    void typeAndFunctionNames();
    void largeScript();
};

static QString kindName(SqlToken::Kind kind)
{
    switch (kind) {
    case SqlToken::Kind::Keyword:
        return QStringLiteral("kw");
    case SqlToken::Kind::Identifier:
        return QStringLiteral("id");
    case SqlToken::Kind::String:
        return QStringLiteral("str");
    case SqlToken::Kind::Number:
        return QStringLiteral("num");
    case SqlToken::Kind::Operator:
        return QStringLiteral("op");
    case SqlToken::Kind::Comment:
        return QStringLiteral("comment");
    case SqlToken::Kind::DollarQuotedString:
        return QStringLiteral("dollar");
    case SqlToken::Kind::Parameter:
        return QStringLiteral("param");
    case SqlToken::Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

// "kind[text]" per token, so one string states kinds and offsets (the text is cut out at the token's offsets).
static QString describe(const QString &sql)
{
    QStringList parts;
    for (const SqlToken &token : SqlTokenizer::tokenize(sql))
        parts << kindName(token.kind) + QLatin1Char('[') + sql.mid(token.start, token.length) + QLatin1Char(']');
    return parts.join(QLatin1Char(' '));
}

void TestSqlTokenizer::tokenize_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    // clang-format off
    QTest::newRow("empty") << "" << "";
    QTest::newRow("only blanks") << "  \n\t " << "";
    QTest::newRow("select") << "SELECT id FROM users;" << "kw[SELECT] id[id] kw[FROM] id[users] other[;]";
    QTest::newRow("qualified column") << "u.name" << "id[u] other[.] kw[name]";
    QTest::newRow("quoted identifier") << "SELECT \"Order Items\".x" << "kw[SELECT] id[\"Order Items\"] other[.] id[x]";
    QTest::newRow("strings") << "'a''b' E'c\\'d' B'101' X'ff'" << "str['a''b'] str[E'c\\'d'] str[B'101'] str[X'ff']";
    QTest::newRow("numbers") << "1 2.5 1e3 .5" << "num[1] num[2.5] num[1e3] num[.5]";
    QTest::newRow("operators") << "a::int <> b || c ->> 'k' @> d" << "id[a] op[::] kw[int] op[<>] id[b] op[||] id[c] op[->>] str['k'] op[@>] id[d]";
    QTest::newRow("arithmetic") << "1+2*3" << "num[1] op[+] num[2] op[*] num[3]";
    QTest::newRow("punctuation") << "f(a, b[1])" << "id[f] other[(] id[a] other[,] id[b] other[[] num[1] other[]] other[)]";
    QTest::newRow("parameter") << "WHERE id = $1" << "kw[WHERE] id[id] op[=] param[$1]";
    QTest::newRow("line comment") << "SELECT 1 -- one\n+ 2" << "kw[SELECT] num[1] comment[-- one] op[+] num[2]";
    QTest::newRow("block comment") << "/* a\n b */ SELECT" << "comment[/* a\n b */] kw[SELECT]";
    QTest::newRow("nested block comment") << "/* a /* b */ c */ x" << "comment[/* a /* b */ c */] id[x]";
    QTest::newRow("dollar quote") << "AS $$ SELECT 'x'; $$ LANGUAGE sql" << "kw[AS] dollar[$$ SELECT 'x'; $$] kw[LANGUAGE] kw[sql]";
    QTest::newRow("tagged dollar quote") << "$fn$ a $$ b $fn$;" << "dollar[$fn$ a $$ b $fn$] other[;]";
    QTest::newRow("psql meta-command") << "\\d users" << "other[\\] id[d] id[users]";
    QTest::newRow("unterminated string") << "SELECT 'abc" << "kw[SELECT] str['abc]";
    QTest::newRow("unterminated comment") << "SELECT 1 /* abc" << "kw[SELECT] num[1] comment[/* abc]";
    QTest::newRow("unterminated dollar") << "SELECT 1; DO $x$ BEGIN" << "kw[SELECT] num[1] other[;] kw[DO] dollar[$x$ BEGIN]";
    QTest::newRow("unterminated quoted identifier") << "SELECT \"Us" << "kw[SELECT] id[\"Us]";
    QTest::newRow("trailing junk after number") << "SELECT 123abc, 2" << "kw[SELECT] num[123] id[abc] other[,] num[2]";
    QTest::newRow("trailing junk after parameter") << "$1abc" << "param[$1] id[abc]";
    QTest::newRow("zero-length identifier") << "SELECT \"\" x" << "kw[SELECT] id[\"\"] id[x]";
    QTest::newRow("two errors") << "SELECT 1a, 2b FROM t" << "kw[SELECT] num[1] id[a] other[,] num[2] id[b] kw[FROM] id[t]";
    QTest::newRow("error then unterminated") << "SELECT 1a, 'x" << "kw[SELECT] num[1] id[a] other[,] str['x]";
    QTest::newRow("non-ascii before") << "SELECT 'äöü😀', é FROM t" << "kw[SELECT] str['äöü😀'] other[,] id[é] kw[FROM] id[t]";
    QTest::newRow("non-ascii before an error") << "SELECT '😀ü', 'abc" << "kw[SELECT] str['😀ü'] other[,] str['abc]";
    QTest::newRow("cursor dot") << "SELECT m. FROM messages m" << "kw[SELECT] id[m] other[.] kw[FROM] id[messages] id[m]";
    QTest::newRow("nul character") << QStringLiteral("SELECT 1") + QChar(0) + QStringLiteral("2") << "kw[SELECT] num[1] num[2]";
    // clang-format on
}

void TestSqlTokenizer::tokenize()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QCOMPARE(describe(sql), expected);
}

void TestSqlTokenizer::keywordCategories_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<SqlKeywordCategory>("category");
    QTest::newRow("reserved") << "select" << SqlKeywordCategory::Reserved;
    QTest::newRow("unreserved") << "name" << SqlKeywordCategory::Unreserved;
    QTest::newRow("column name") << "varchar" << SqlKeywordCategory::ColumnName;
    QTest::newRow("type or function name") << "left" << SqlKeywordCategory::TypeFunctionName;
    QTest::newRow("capitals") << "SeLeCt" << SqlKeywordCategory::Reserved;
    QTest::newRow("not a key word") << "users" << SqlKeywordCategory::None;
}

void TestSqlTokenizer::keywordCategories()
{
    QFETCH(QString, word);
    QFETCH(SqlKeywordCategory, category);
    const QList<SqlToken> tokens = SqlTokenizer::tokenize(word);
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first().keywordCategory, category);
    QCOMPARE(tokens.first().kind == SqlToken::Kind::Keyword, category != SqlKeywordCategory::None);
    QCOMPARE(SqlKeywords().category(word), category);
}

void TestSqlTokenizer::utf8Offsets()
{
    const QString sql = QStringLiteral("SELECT 'é' AS x");
    const QList<SqlToken> tokens = SqlTokenizer::tokenizeUtf8(sql.toUtf8());
    QCOMPARE(tokens.size(), 4);
    QCOMPARE(tokens.at(1).start, 7);
    QCOMPARE(tokens.at(1).length, 4); // the quotes and two bytes of é
    QCOMPARE(tokens.at(2).start, 12);
}

void TestSqlTokenizer::unterminatedFlag()
{
    const QList<SqlToken> tokens = SqlTokenizer::tokenize(QStringLiteral("SELECT 'a', $$ b"));
    QCOMPARE(tokens.size(), 4);
    QVERIFY(tokens.at(1).terminated);
    QVERIFY(!tokens.at(3).terminated);
    QCOMPARE(tokens.at(3).kind, SqlToken::Kind::DollarQuotedString);
    QVERIFY(tokens.at(2).is(','));
}

void TestSqlTokenizer::dollarTag()
{
    QCOMPARE(SqlTokenizer::dollarTag(QStringView(u"$$ x $$")), QStringView(u"$$"));
    QCOMPARE(SqlTokenizer::dollarTag(QStringView(u"$body$ x")), QStringView(u"$body$"));
    QVERIFY(SqlTokenizer::dollarTag(QStringView(u"'x'")).isEmpty());
    QCOMPARE(SqlTokenizer::dollarTag(QByteArray("$fn$ x $fn$")), QByteArray("$fn$"));
}

void TestSqlTokenizer::identifierName_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("name");
    QTest::newRow("folds to lower case") << "Users"
                                         << "users";
    QTest::newRow("quoted keeps case") << "\"Users\""
                                       << "Users";
    QTest::newRow("doubled quote") << "\"a\"\"b\""
                                   << "a\"b";
    QTest::newRow("unterminated quote") << "\"Us"
                                        << "Us";
}

void TestSqlTokenizer::identifierName()
{
    QFETCH(QString, token);
    QFETCH(QString, name);
    QCOMPARE(SqlTokenizer::identifierName(token), name);
}

void TestSqlTokenizer::builtInKeywordsMatchScanner()
{
    const QList<SqlKeywords::Keyword> keywords = SqlKeywords().keywords();
    QVERIFY(keywords.size() > 400);
    for (const SqlKeywords::Keyword &keyword : keywords) {
        const QList<SqlToken> tokens = SqlTokenizer::tokenize(keyword.word);
        QVERIFY2(tokens.size() == 1, qPrintable(keyword.word));
        QVERIFY2(tokens.first().keywordCategory == keyword.category, qPrintable(keyword.word));
    }
    QVERIFY(std::is_sorted(
        keywords.cbegin(), keywords.cend(), [](const auto &a, const auto &b) { return a.word < b.word; }));
}

void TestSqlTokenizer::serverKeywords()
{
    QCOMPARE(SqlKeywords::keywordsQuery(), QStringLiteral("SELECT word, catcode FROM pg_get_keywords()"));
    SqlKeywords keywords;
    QVERIFY(!keywords.isFromServer());
    keywords.setFromServer({}); // an empty answer keeps the built-in list
    QVERIFY(!keywords.isFromServer());
    QVERIFY(keywords.isKeyword(QStringLiteral("select")));

    keywords.setFromServer(
        {{QStringLiteral("select"), QLatin1Char('R')}, {QStringLiteral("system_user"), QLatin1Char('R')},
            {QStringLiteral("json"), QLatin1Char('C')}, {QStringLiteral("bogus"), QLatin1Char('?')}});
    QVERIFY(keywords.isFromServer());
    QCOMPARE(keywords.keywords().size(), 3);
    QCOMPARE(keywords.category(QStringLiteral("SYSTEM_USER")), SqlKeywordCategory::Reserved);
    QCOMPARE(keywords.category(QStringLiteral("json")), SqlKeywordCategory::ColumnName);
    QVERIFY(!keywords.isKeyword(QStringLiteral("from"))); // the server's list replaces the built-in one
    QVERIFY(!keywords.isKeyword(QStringLiteral("bogus")));
    QVERIFY(keywords.isTypeName(QStringLiteral("jsonb"))); // types and functions stay
}

void TestSqlTokenizer::typeAndFunctionNames()
{
    const SqlKeywords keywords;
    QVERIFY(keywords.isTypeName(QStringLiteral("TIMESTAMPTZ")));
    QVERIFY(keywords.isTypeName(QStringLiteral("uuid")));
    QVERIFY(!keywords.isTypeName(QStringLiteral("users")));
    QVERIFY(keywords.isFunctionName(QStringLiteral("count")));
    QVERIFY(keywords.isFunctionName(QStringLiteral("Coalesce")));
    QVERIFY(keywords.functionNames().contains(QStringLiteral("now")));
    const QStringList types = keywords.typeNames();
    QVERIFY(std::is_sorted(types.cbegin(), types.cend()));
}

void TestSqlTokenizer::largeScript()
{
    QString sql;
    for (int i = 0; i < 10000; ++i)
        sql += QStringLiteral("SELECT u.id, 'é' FROM users u JOIN messages m ON m.user_id = u.id; -- %1\n").arg(i);
    QElapsedTimer timer;
    timer.start();
    const QList<SqlToken> tokens = SqlTokenizer::tokenize(sql);
    QCOMPARE(tokens.size(), 10000 * 22);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    const SqlToken &last = tokens.last();
    QCOMPARE(sql.mid(last.start, last.length), QStringLiteral("-- 9999"));
}

QTEST_APPLESS_MAIN(TestSqlTokenizer)
#include "tst_sqltokenizer.moc"
