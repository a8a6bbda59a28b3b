#include "catalog/catalogtypes.h"
#include "console/sqlcompleter.h"

#include <QTest>

// Completion reads the statement around the cursor with the tokenizer; each row is a script with "|" where the
// cursor is, the prefix the completer must see, the candidates it must put first and some it must (not) offer.
class TestSqlCompleter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void complete_data();
    void complete();
    void kindsAndDetails();
    void withoutCatalog();
    void serverKeywords();
    void quotedIdentifier_data();
    void quotedIdentifier();
    void everyCursorPosition();

private:
    SqlCompleter m_completer;
};

static ColumnInfo column(const QString &name, const QString &type)
{
    ColumnInfo c;
    c.name = name;
    c.type = type;
    return c;
}

static TableInfo table(const QString &schema, const QString &name, const QList<ColumnInfo> &columns,
    TableInfo::Kind kind = TableInfo::Kind::Table)
{
    TableInfo t;
    t.schema = schema;
    t.name = name;
    t.kind = kind;
    t.columns = columns;
    return t;
}

static std::shared_ptr<const CatalogSnapshot> sampleCatalog()
{
    const QString p = QStringLiteral("public");
    const QString a = QStringLiteral("archive");
    auto catalog = std::make_shared<CatalogSnapshot>();
    SchemaInfo publicSchema {p, {}, {}};
    publicSchema.tables = {
        table(p, QStringLiteral("active_users"), {column("id", "integer"), column("name", "text")},
            TableInfo::Kind::View),
        table(p, QStringLiteral("messages"),
            {column("id", "bigint"), column("user_id", "integer"), column("content", "text"),
                column("sent_at", "timestamp with time zone")}),
        table(p, QStringLiteral("Order"), {column("id", "integer"), column("Total", "numeric")}),
        table(p, QStringLiteral("user_roles"), {column("user_id", "integer"), column("role", "text")}),
        table(p, QStringLiteral("users"),
            {column("id", "integer"), column("name", "text"), column("email", "text"),
                column("created_at", "timestamp with time zone")}),
    };
    SchemaInfo archiveSchema {a, {}, {}};
    archiveSchema.tables = {
        table(a, QStringLiteral("audit_log"), {column("id", "bigint"), column("action", "text")}),
        table(a, QStringLiteral("messages"),
            {column("id", "bigint"), column("content", "text"), column("archived_at", "date")}),
    };
    catalog->schemas = {archiveSchema, publicSchema};
    return catalog;
}

void TestSqlCompleter::initTestCase()
{
    m_completer.setCatalog(sampleCatalog());
}

void TestSqlCompleter::complete_data()
{
    QTest::addColumn<QString>("sql"); // "|" marks the cursor
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("excludes");
    using L = QStringList;
    const L usersColumns {"id", "name", "email", "created_at"};
    const L messagesColumns {"id", "user_id", "content", "sent_at"};
    // clang-format off
    QTest::newRow("table after FROM") << "SELECT * FROM us|" << "us" << L{"user_roles", "users"} << L{} << L{"id", "SELECT", "USING"};
    QTest::newRow("tables, then other schemas, then schemas") << "SELECT * FROM |" << "" << L{"active_users", "messages", "\"Order\"", "user_roles", "users", "archive.audit_log", "archive.messages", "archive"} << L{} << L{"SELECT"};
    QTest::newRow("table after JOIN") << "SELECT * FROM users u JOIN me|" << "me" << L{"messages", "archive.messages"} << L{} << L{};
    QTest::newRow("table after a comma in FROM") << "SELECT * FROM users, me|" << "me" << L{"messages", "archive.messages"} << L{} << L{};
    QTest::newRow("comma in the select list") << "SELECT id, na| FROM users" << "na" << L{"name"} << L{"national"} << L{"messages"};
    QTest::newRow("table after UPDATE") << "UPDATE us|" << "us" << L{"user_roles", "users"} << L{} << L{};
    QTest::newRow("table after INSERT INTO") << "INSERT INTO me|" << "me" << L{"messages", "archive.messages"} << L{} << L{};
    QTest::newRow("view") << "SELECT * FROM act|" << "act" << L{"active_users"} << L{} << L{};
    QTest::newRow("quoted table") << "SELECT * FROM Or|" << "Or" << L{"\"Order\""} << L{} << L{};
    QTest::newRow("typed quote") << "SELECT * FROM \"Or|" << "\"Or" << L{"\"Order\""} << L{} << L{};
    QTest::newRow("alias dot") << "SELECT m.| FROM messages m" << "" << messagesColumns << L{} << L{"email", "SELECT"};
    QTest::newRow("alias with AS") << "SELECT * FROM users u JOIN messages AS m ON m.| = u.id" << "" << messagesColumns << L{} << L{"email"};
    QTest::newRow("second alias") << "SELECT * FROM users u JOIN messages AS m ON m.user_id = u.|" << "" << usersColumns << L{} << L{"content"};
    QTest::newRow("LEFT JOIN alias") << "SELECT * FROM users u LEFT OUTER JOIN messages m ON m.| " << "" << messagesColumns << L{} << L{};
    QTest::newRow("alias prefix") << "SELECT u.na| FROM users u" << "na" << L{"name"} << L{} << L{"national", "id"};
    QTest::newRow("alias prefix in capitals") << "SELECT u.EM| FROM users u" << "EM" << L{"email"} << L{} << L{};
    QTest::newRow("table name as qualifier") << "SELECT users.| FROM users" << "" << usersColumns << L{} << L{};
    QTest::newRow("qualifier before FROM is written") << "SELECT users.em|" << "em" << L{"email"} << L{} << L{};
    QTest::newRow("schema dot") << "SELECT * FROM archive.|" << "" << L{"audit_log", "messages"} << L{} << L{"users"};
    QTest::newRow("alias of a qualified table") << "SELECT a.| FROM archive.messages a" << "" << L{"id", "content", "archived_at"} << L{} << L{"user_id"};
    QTest::newRow("alias shadows the public table") << "SELECT m.| FROM archive.messages m" << "" << L{"id", "content", "archived_at"} << L{} << L{"user_id"};
    QTest::newRow("schema.table.") << "SELECT archive.messages.| FROM archive.messages" << "" << L{"id", "content", "archived_at"} << L{} << L{};
    QTest::newRow("alias across lines") << "SELECT m.content\nFROM messages m\nWHERE m.|" << "" << messagesColumns << L{} << L{};
    QTest::newRow("subquery alias has no known columns") << "SELECT s.| FROM (SELECT 1) s" << "" << L{} << L{} << L{"id"};
    QTest::newRow("function in FROM") << "SELECT u.| FROM generate_series(1, 3) g, users u" << "" << usersColumns << L{} << L{};
    QTest::newRow("columns of the statement first") << "SELECT na| FROM users" << "na" << L{"name"} << L{"national", "natural"} << L{"NATURAL"};
    QTest::newRow("only this statement's tables") << "SELECT * FROM messages; SELECT | FROM users" << "" << usersColumns << L{"SELECT", "count"} << L{"content"};
    QTest::newRow("after WHERE") << "SELECT * FROM users WHERE |" << "" << usersColumns << L{} << L{};
    QTest::newRow("UPDATE SET is no alias") << "UPDATE users SET na|" << "na" << L{"name"} << L{} << L{};
    QTest::newRow("INSERT column list") << "INSERT INTO messages (|" << "" << messagesColumns << L{} << L{"users", "SELECT"};
    QTest::newRow("INSERT column list, second") << "INSERT INTO messages (content, u|) VALUES (1)" << "u" << L{"user_id"} << L{} << L{"users"};
    QTest::newRow("key word at statement start") << "sel|" << "sel" << L{"select"} << L{} << L{};
    QTest::newRow("key word in capitals") << "SEL|" << "SEL" << L{"SELECT"} << L{} << L{};
    QTest::newRow("key word after a statement") << "SELECT 1;\nINS|" << "INS" << L{"INSENSITIVE", "INSERT"} << L{} << L{};
    QTest::newRow("function") << "SELECT coun| FROM users" << "coun" << L{"count"} << L{} << L{};
    QTest::newRow("after a block comment") << "SELECT /* c */ co|" << "co" << L{} << L{"count", "coalesce"} << L{};
    QTest::newRow("in a string") << "SELECT 'us|' FROM users" << "" << L{} << L{} << L{"users"};
    QTest::newRow("in an unterminated string") << "SELECT * FROM users WHERE name = 'us|" << "" << L{} << L{} << L{"users"};
    QTest::newRow("in a line comment") << "SELECT 1 -- FROM us|" << "" << L{} << L{} << L{"users"};
    QTest::newRow("in a block comment") << "/* FROM us| */ SELECT 1" << "" << L{} << L{} << L{"users"};
    QTest::newRow("in a dollar quote") << "DO $$ SELECT us| $$" << "" << L{} << L{} << L{"users"};
    QTest::newRow("after a number") << "SELECT * FROM users LIMIT 10|" << "" << L{} << L{} << L{"users"};
    QTest::newRow("non-ascii before the cursor") << "SELECT 'äöü😀', m.| FROM messages m" << "" << messagesColumns << L{} << L{};
    QTest::newRow("non-ascii before the prefix") << "SELECT 'ü😀' FROM us|" << "us" << L{"user_roles", "users"} << L{} << L{};
    // clang-format on
}

void TestSqlCompleter::complete()
{
    QFETCH(QString, sql);
    QFETCH(QString, prefix);
    QFETCH(QStringList, first);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, excludes);
    const int cursor = int(sql.indexOf(QLatin1Char('|')));
    sql.remove(cursor, 1);

    const SqlCompletionResult result = m_completer.complete(sql, cursor);
    QCOMPARE(result.prefix, prefix);
    QCOMPARE(result.prefixStart, cursor - prefix.size());
    QStringList texts;
    for (const SqlCompletion &candidate : result.candidates)
        texts << candidate.text;
    QCOMPARE(texts.mid(0, first.size()), first);
    if (first.isEmpty() && contains.isEmpty())
        QVERIFY2(texts.isEmpty(), qPrintable(texts.mid(0, 5).join(u',')));
    for (const QString &text : contains)
        QVERIFY2(texts.contains(text), qPrintable(text));
    for (const QString &text : excludes)
        QVERIFY2(!texts.contains(text), qPrintable(text));
}

void TestSqlCompleter::kindsAndDetails()
{
    const QString sql = QStringLiteral("SELECT u.created_at, n FROM users u, active_users a WHERE ");
    SqlCompletionResult result = m_completer.complete(sql, int(sql.size()));
    const SqlCompletion created {
        QStringLiteral("created_at"), SqlCompletion::Kind::Column, QStringLiteral("timestamp with time zone")};
    QVERIFY(result.candidates.contains(created));
    QVERIFY(result.candidates.contains(
        SqlCompletion {QStringLiteral("users"), SqlCompletion::Kind::Table, QStringLiteral("public")}));
    QVERIFY(result.candidates.contains(
        SqlCompletion {QStringLiteral("active_users"), SqlCompletion::Kind::View, QStringLiteral("public")}));
    QVERIFY(result.candidates.contains(SqlCompletion {QStringLiteral("WHERE"), SqlCompletion::Kind::Keyword, {}}));
    QVERIFY(result.candidates.contains(SqlCompletion {QStringLiteral("now"), SqlCompletion::Kind::Function, {}}));

    result = m_completer.complete(QStringLiteral("SELECT * FROM arc"), 17);
    QVERIFY(result.candidates.contains(SqlCompletion {QStringLiteral("archive"), SqlCompletion::Kind::Schema, {}}));
    QVERIFY(result.candidates.contains(
        SqlCompletion {QStringLiteral("archive.audit_log"), SqlCompletion::Kind::Table, QStringLiteral("archive")}));
}

void TestSqlCompleter::withoutCatalog()
{
    SqlCompleter completer;
    SqlCompletionResult result = completer.complete(QStringLiteral("SELECT * FROM us"), 16);
    QVERIFY(result.candidates.isEmpty());
    result = completer.complete(QStringLiteral("SELECT m. FROM messages m"), 9);
    QVERIFY(result.candidates.isEmpty());
    result = completer.complete(QStringLiteral("SELECT cou"), 10);
    QCOMPARE(result.candidates.value(0).text, QStringLiteral("count"));
    // Cursors beyond the text are clamped, not trusted.
    result = completer.complete(QStringLiteral("sel"), 99);
    QCOMPARE(result.prefix, QStringLiteral("sel"));
}

void TestSqlCompleter::serverKeywords()
{
    SqlKeywords keywords;
    keywords.setFromServer({{QStringLiteral("select"), QLatin1Char('R')}, {QStringLiteral("merge"), QLatin1Char('U')}});
    SqlCompleter completer;
    completer.setKeywords(keywords);
    QCOMPARE(completer.complete(QStringLiteral("MER"), 3).candidates.value(0).text, QStringLiteral("MERGE"));
    QVERIFY(completer.complete(QStringLiteral("FRO"), 3).candidates.isEmpty());
}

void TestSqlCompleter::quotedIdentifier_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "users"
                           << "users";
    QTest::newRow("capital") << "Order"
                             << "\"Order\"";
    QTest::newRow("space") << "order items"
                           << "\"order items\"";
    QTest::newRow("reserved word") << "user"
                                   << "\"user\"";
    QTest::newRow("type or function word") << "left"
                                           << "\"left\"";
    QTest::newRow("unreserved word") << "name"
                                     << "name";
    QTest::newRow("column-name word") << "position"
                                      << "position";
    QTest::newRow("embedded quote") << "a\"b"
                                    << "\"a\"\"b\"";
    QTest::newRow("digit first") << "1st"
                                 << "\"1st\"";
}

void TestSqlCompleter::quotedIdentifier()
{
    QFETCH(QString, name);
    QFETCH(QString, quoted);
    QCOMPARE(m_completer.quotedIdentifier(name), quoted);
}

// Robustness: half-typed scripts, every cursor position, nothing may crash or propose inside literals.
void TestSqlCompleter::everyCursorPosition()
{
    const QString sql
        = QStringLiteral("CREATE FUNCTION f() RETURNS int AS $fn$ SELECT 1 $fn$ LANGUAGE sql;\n"
                         "/* c */ SELECT u.\"Na, 'é😀' FROM users u JOIN archive.messages AS m ON m.id = u.id -- x\n"
                         "WHERE u.id IN (SELECT (1 FROM (, ., a..b $1 :: \\d \"\" E'\\' $$");
    int proposals = 0;
    for (int cursor = 0; cursor <= sql.size(); ++cursor) {
        const SqlCompletionResult result = m_completer.complete(sql, cursor);
        QVERIFY(result.prefixStart >= 0 && result.prefixStart <= cursor);
        QCOMPARE(result.prefix, sql.mid(result.prefixStart, cursor - result.prefixStart));
        proposals += result.candidates.isEmpty() ? 0 : 1;
    }
    QVERIFY(proposals > 10);
}

QTEST_APPLESS_MAIN(TestSqlCompleter)
#include "tst_sqlcompleter.moc"
