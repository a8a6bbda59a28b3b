#include "table/constraintmessage.h"

#include <QTest>

Q_DECLARE_METATYPE(PendingChange)

// Server errors from a save or a read turned into words, without a server: each SQLSTATE the table browser
// explains, the column it points at, and the row nouns. Naming the other row of a unique violation ("used by
// user 42") needs a query; without a connection the message falls back to "another row", as tested here.
class TestConstraintMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe_data();
    void describe();
    void failureKeepsRowAndError();
    void forRead_data();
    void forRead();
    void rowNoun_data();
    void rowNoun();
};

namespace {

ColumnInfo column(const QString &name, const QString &type)
{
    ColumnInfo info;
    info.name = name;
    info.type = type;
    return info;
}

ConstraintInfo constraint(
    ConstraintInfo::Type type, const QString &name, const QStringList &columns, const QString &definition = {})
{
    ConstraintInfo info;
    info.type = type;
    info.name = name;
    info.columns = columns;
    info.definition = definition;
    return info;
}

// public.users (id, username UNIQUE, visibility CHECK IN (...), score CHECK >= 0, created_at, team_id -> teams)
TableInfo users()
{
    TableInfo table;
    table.schema = QStringLiteral("public");
    table.name = QStringLiteral("users");
    table.columns = {column(QStringLiteral("id"), QStringLiteral("integer")),
        column(QStringLiteral("username"), QStringLiteral("text")),
        column(QStringLiteral("visibility"), QStringLiteral("text")),
        column(QStringLiteral("score"), QStringLiteral("integer")),
        column(QStringLiteral("created_at"), QStringLiteral("timestamp with time zone")),
        column(QStringLiteral("team_id"), QStringLiteral("integer"))};
    ConstraintInfo team = constraint(ConstraintInfo::Type::ForeignKey, QStringLiteral("users_team_id_fkey"),
        {QStringLiteral("team_id")}, QStringLiteral("FOREIGN KEY (team_id) REFERENCES teams(id)"));
    team.referencedSchema = QStringLiteral("public");
    team.referencedTable = QStringLiteral("teams");
    team.referencedColumns = {QStringLiteral("id")};
    table.constraints = {
        constraint(ConstraintInfo::Type::PrimaryKey, QStringLiteral("users_pkey"), {QStringLiteral("id")}),
        constraint(ConstraintInfo::Type::Unique, QStringLiteral("users_username_key"), {QStringLiteral("username")}),
        constraint(ConstraintInfo::Type::Check, QStringLiteral("users_visibility_check"),
            {QStringLiteral("visibility")},
            QStringLiteral("CHECK ((visibility = ANY (ARRAY['public'::text, 'private'::text, 'friends'::text])))")),
        constraint(ConstraintInfo::Type::Check, QStringLiteral("users_score_check"), {QStringLiteral("score")},
            QStringLiteral("CHECK ((score >= 0))")),
        team};
    return table;
}

// users and public.messages, whose user_id references users.
CatalogSnapshot catalog()
{
    TableInfo messages;
    messages.schema = QStringLiteral("public");
    messages.name = QStringLiteral("messages");
    messages.columns = {column(QStringLiteral("id"), QStringLiteral("integer")),
        column(QStringLiteral("user_id"), QStringLiteral("integer"))};
    ConstraintInfo author = constraint(
        ConstraintInfo::Type::ForeignKey, QStringLiteral("messages_user_id_fkey"), {QStringLiteral("user_id")});
    author.referencedTable = QStringLiteral("users");
    author.referencedColumns = {QStringLiteral("id")};
    messages.constraints = {author};
    SchemaInfo schema;
    schema.name = QStringLiteral("public");
    schema.tables = {messages, users()};
    return CatalogSnapshot {{schema}};
}

PendingChange change(RowState kind, const QStringList &columns, const QVariantList &after)
{
    PendingChange change;
    change.row = 4;
    change.kind = kind;
    change.table = QStringLiteral("public.users");
    change.columns = columns;
    change.after = after;
    change.rowValues = {QStringLiteral("42"), QStringLiteral("ann"), QStringLiteral("public"), QStringLiteral("1"),
        QStringLiteral("2024-01-01"), QStringLiteral("999")};
    return change;
}

PgResult failed(
    const QString &sqlState, const QString &constraint = {}, const QString &primary = {}, const QString &detail = {})
{
    PgResult result;
    result.error = {QStringLiteral("Running the statement"),
        primary.isEmpty() ? QStringLiteral("server says no") : primary, sqlState, detail};
    result.constraint = constraint;
    return result;
}

} // namespace

void TestConstraintMessage::describe_data()
{
    QTest::addColumn<PendingChange>("change");
    QTest::addColumn<PgResult>("result");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("column");

    const PendingChange update = change(RowState::Modified, {QStringLiteral("username")}, {QStringLiteral("ann")});
    QTest::newRow("unique constraint, no connection to name the other row")
        << update << failed(QStringLiteral("23505"), QStringLiteral("users_username_key"))
        << "This username is already used by another row." << 1;
    QTest::newRow("unique index named by the detail")
        << update
        << failed(QStringLiteral("23505"), QStringLiteral("users_lower_idx"), {},
               QStringLiteral("Key (username, visibility)=(ann, public) already exists."))
        << "This username + visibility is already used by another row." << 1;
    QTest::newRow("foreign key to a missing row")
        << change(RowState::Modified, {QStringLiteral("team_id")}, {QStringLiteral("999")})
        << failed(QStringLiteral("23503"), QStringLiteral("users_team_id_fkey")) << "There is no team with id 999."
        << 5;
    QTest::newRow("unknown foreign key") << update << failed(QStringLiteral("23503"), QStringLiteral("other_fkey"))
                                         << "A referenced row does not exist (other_fkey)." << -1;
    PgResult referenced = failed(QStringLiteral("23503"), QStringLiteral("messages_user_id_fkey"));
    referenced.table = QStringLiteral("messages");
    QTest::newRow("deleting a referenced row")
        << change(RowState::Deleted, {}, {}) << referenced
        << "This user still has messages (messages.user_id); delete or move those first." << -1;
    QTest::newRow("check listing allowed values")
        << change(RowState::Modified, {QStringLiteral("visibility")}, {QStringLiteral("secret")})
        << failed(QStringLiteral("23514"), QStringLiteral("users_visibility_check"))
        << "visibility must be public, private or friends (rule users_visibility_check)." << 2;
    QTest::newRow("other check shows its definition")
        << change(RowState::Modified, {QStringLiteral("score")}, {QStringLiteral("-1")})
        << failed(QStringLiteral("23514"), QStringLiteral("users_score_check"))
        << "The row breaks the rule users_score_check: CHECK ((score >= 0))." << 3;
    QTest::newRow("unknown check") << update << failed(QStringLiteral("23514"), QStringLiteral("some_check"))
                                   << "The row breaks the rule some_check." << -1;
    PgResult notNull = failed(QStringLiteral("23502"));
    notNull.column = QStringLiteral("username");
    QTest::newRow("not null") << update << notNull << "username is required." << 1;
    QTest::newRow("invalid integer names the column")
        << change(RowState::Modified, {QStringLiteral("score")}, {QStringLiteral("abc")})
        << failed(QStringLiteral("22P02"), {}, QStringLiteral("invalid input syntax for type integer: \"abc\""))
        << "'abc' is not a valid integer for score." << 3;
    QTest::newRow("invalid timestamp not among the edits")
        << update
        << failed(QStringLiteral("22007"), {},
               QStringLiteral("invalid input syntax for type timestamp with time zone: \"soon\""))
        << "'soon' is not a valid date/time." << -1;
    QTest::newRow("date out of range") << change(
        RowState::Modified, {QStringLiteral("created_at")}, {QStringLiteral("2024-13-01")})
                                       << failed(QStringLiteral("22008"), {},
                                              QStringLiteral("date/time field value out of range: \"2024-13-01\""))
                                       << "'2024-13-01' is not a valid date/time for created_at." << 4;
    QTest::newRow("read-only transaction")
        << update << failed(QStringLiteral("25006"))
        << "This connection is read-only (a production database): unlock writes to save changes." << -1;
    QTest::newRow("anything else: the server's words")
        << update << failed(QStringLiteral("40001"), {}, QStringLiteral("could not serialize access"))
        << "could not serialize access" << -1;
}

void TestConstraintMessage::describe()
{
    QFETCH(PendingChange, change);
    QFETCH(PgResult, result);
    QFETCH(QString, words);
    QFETCH(int, column);

    const SaveFailure failure
        = ConstraintMessage::describe(PgConnection(), catalog(), TableQuery(users()), change, result);
    QCOMPARE(failure.plainWords, words);
    QCOMPARE(failure.column, column);
}

void TestConstraintMessage::failureKeepsRowAndError()
{
    const PgResult result = failed(QStringLiteral("23502"), {}, QStringLiteral("null value in column"));
    const SaveFailure failure = ConstraintMessage::describe(PgConnection(), catalog(), TableQuery(users()),
        change(RowState::Inserted, {QStringLiteral("username")}, {QVariant()}), result);
    QCOMPARE(failure.row, 4);
    QCOMPARE(failure.error.sqlState, QStringLiteral("23502"));
    QCOMPARE(failure.error.why, QStringLiteral("null value in column"));
}

void TestConstraintMessage::forRead_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<QString>("words");

    QTest::newRow("syntax error") << "42601"
                                  << "The filter has a syntax error: why.";
    QTest::newRow("undefined column") << "42703"
                                      << "The filter refers to something that does not exist: why.";
    QTest::newRow("undefined function") << "42883"
                                        << "The filter refers to something that does not exist: why.";
    QTest::newRow("invalid text") << "22P02"
                                  << "A filter value does not fit its column: why.";
    QTest::newRow("invalid date") << "22007"
                                  << "A filter value does not fit its column: why.";
    QTest::newRow("anything else") << "57014"
                                   << "why";
}

void TestConstraintMessage::forRead()
{
    QFETCH(QString, sqlState);
    QFETCH(QString, words);

    QCOMPARE(ConstraintMessage::forRead(Error {QStringLiteral("Reading"), QStringLiteral("why"), sqlState, {}}), words);
}

void TestConstraintMessage::rowNoun_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("noun");

    QTest::newRow("users") << "users"
                           << "user";
    QTest::newRow("categories") << "categories"
                                << "category";
    QTest::newRow("address") << "address"
                             << "address";
    QTest::newRow("audit_log") << "audit_log"
                               << "audit_log";
    QTest::newRow("status") << "status"
                            << "status";
    const QList<QPair<const char *, const char *>> more {{"statuses", "status"}, {"addresses", "address"},
        {"order_items", "order_item"}, {"user_statuses", "user_status"}, {"boxes", "box"}, {"matches", "match"},
        {"buses", "bus"}, {"houses", "house"}, {"aliases", "alias"}, {"analyses", "analysis"}, {"analysis", "analysis"},
        {"databases", "database"}, {"caches", "cache"}, {"movies", "movie"}, {"series", "series"}, {"people", "person"},
        {"menus", "menu"}, {"responses", "response"}, {"heroes", "hero"}, {"keys", "key"}, {"indices", "index"},
        {"news", "news"}, {"Users", "User"}, {"CATEGORIES", "CATEGORY"}, {"People", "Person"}, {"parties", "party"},
        {"cities", "city"}, {"ties", "tie"}};
    for (const auto &[plural, one] : more)
        QTest::newRow(plural) << QString::fromLatin1(plural) << QString::fromLatin1(one);
}

void TestConstraintMessage::rowNoun()
{
    QFETCH(QString, table);
    QFETCH(QString, noun);

    QCOMPARE(ConstraintMessage::rowNoun(table), noun);
}

QTEST_GUILESS_MAIN(TestConstraintMessage)
#include "tst_constraintmessage.moc"
