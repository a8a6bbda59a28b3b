#include "table/tablequery.h"

#include <QTest>

// The table browser's statements without a server: exact SQL text and binds for pages (keyset on the key,
// the sort column first, NULLs walked explicitly), the tail window, each filter, counts, exports and the
// one-row conditions. tst_tabledatamodel checks the same statements against the server's own ORDER BY.
class TestTableQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyAndSelectList_data();
    void keyAndSelectList();
    void page_data();
    void page();
    void filter_data();
    void filter();
    void conditionsNumberBindsInOrder();
    void identifiersAreQuoted();
    void rowCondition_data();
    void rowCondition();
    void exportQuery();
    void resultLayout();
};

namespace {

ColumnInfo column(const QString &name, const QString &type, bool notNull = false)
{
    ColumnInfo info;
    info.name = name;
    info.type = type;
    info.notNull = notNull;
    return info;
}

ConstraintInfo constraint(ConstraintInfo::Type type, const QStringList &columns)
{
    ConstraintInfo info;
    info.name = QStringLiteral("c_") + columns.join(QLatin1Char('_'));
    info.type = type;
    info.columns = columns;
    return info;
}

// public.users (id integer PRIMARY KEY, name character varying(40), score integer)
TableInfo users()
{
    TableInfo table;
    table.schema = QStringLiteral("public");
    table.name = QStringLiteral("users");
    table.columns = {column(QStringLiteral("id"), QStringLiteral("integer"), true),
        column(QStringLiteral("name"), QStringLiteral("character varying(40)")),
        column(QStringLiteral("score"), QStringLiteral("integer"))};
    table.constraints = {constraint(ConstraintInfo::Type::PrimaryKey, {QStringLiteral("id")})};
    return table;
}

// public.messages: a large text column, a bytea and a column name with a space.
TableInfo messages()
{
    TableInfo table;
    table.schema = QStringLiteral("public");
    table.name = QStringLiteral("messages");
    table.columns = {column(QStringLiteral("id"), QStringLiteral("bigint"), true),
        column(QStringLiteral("body"), QStringLiteral("text")),
        column(QStringLiteral("attachment"), QStringLiteral("bytea")),
        column(QStringLiteral("created at"), QStringLiteral("timestamp with time zone"))};
    table.constraints = {constraint(ConstraintInfo::Type::PrimaryKey, {QStringLiteral("id")})};
    return table;
}

// A table whose key is a composite primary key declared in the other order than the columns: (b, a).
TableInfo composite()
{
    TableInfo table;
    table.schema = QStringLiteral("public");
    table.name = QStringLiteral("pairs");
    table.columns = {column(QStringLiteral("a"), QStringLiteral("integer"), true),
        column(QStringLiteral("b"), QStringLiteral("integer"), true)};
    table.constraints = {constraint(ConstraintInfo::Type::PrimaryKey, {QStringLiteral("b"), QStringLiteral("a")})};
    return table;
}

// No primary key, but a unique key whose columns are NOT NULL: that identifies a row.
TableInfo uniqueNotNull()
{
    TableInfo table = composite();
    table.constraints = {constraint(ConstraintInfo::Type::Unique, {QStringLiteral("a")})};
    return table;
}

// A unique key over a nullable column does not identify a row: read with ctid.
TableInfo uniqueNullable()
{
    TableInfo table = composite();
    table.columns[1].notNull = false;
    table.constraints = {constraint(ConstraintInfo::Type::Unique, {QStringLiteral("b")})};
    return table;
}

TableInfo view()
{
    TableInfo table = composite();
    table.name = QStringLiteral("pair_view");
    table.kind = TableInfo::Kind::View;
    table.constraints.clear();
    return table;
}

TableInfo tableNamed(const QString &name)
{
    if (name == QLatin1String("users"))
        return users();
    if (name == QLatin1String("messages"))
        return messages();
    if (name == QLatin1String("composite"))
        return composite();
    if (name == QLatin1String("uniqueNotNull"))
        return uniqueNotNull();
    if (name == QLatin1String("uniqueNullable"))
        return uniqueNullable();
    if (name == QLatin1String("view"))
        return view();
    qFatal("no test table %s", qPrintable(name));
}

const QString UsersSelect = QStringLiteral(R"(xmin::text AS "__xmin", "id" AS "__k0", "id" AS "id", "name" AS "name", )"
                                           R"("score" AS "score")");
const QString UsersFrom = QStringLiteral(R"(SELECT %1 FROM "public"."users")").arg(UsersSelect);

} // namespace

void TestTableQuery::keyAndSelectList_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QList<int>>("keyColumns");
    QTest::addColumn<bool>("usesCtid");
    QTest::addColumn<QString>("selectList");

    QTest::newRow("primary key") << "users" << QList<int> {0} << false << UsersSelect;
    QTest::newRow("large and binary columns")
        << "messages" << QList<int> {0} << false
        << R"(xmin::text AS "__xmin", "id" AS "__k0", "id" AS "id", left("body"::text, 200) AS "body", )"
           R"(octet_length("attachment") AS "attachment", "created at" AS "created at", )"
           R"(octet_length("body"::text) AS "__len1", octet_length("attachment") AS "__len2")";
    QTest::newRow("composite key in constraint order")
        << "composite" << QList<int> {1, 0} << false
        << R"(xmin::text AS "__xmin", "b" AS "__k0", "a" AS "__k1", "a" AS "a", "b" AS "b")";
    QTest::newRow("unique not null key") << "uniqueNotNull" << QList<int> {0} << false
                                         << R"(xmin::text AS "__xmin", "a" AS "__k0", "a" AS "a", "b" AS "b")";
    QTest::newRow("nullable unique key reads ctid")
        << "uniqueNullable" << QList<int> {} << true
        << R"(xmin::text AS "__xmin", ctid AS "__k0", "a" AS "a", "b" AS "b")";
    QTest::newRow("view without xmin or key")
        << "view" << QList<int> {} << false << R"(NULL::text AS "__xmin", "a" AS "a", "b" AS "b")";
}

void TestTableQuery::keyAndSelectList()
{
    QFETCH(QString, table);
    QFETCH(QList<int>, keyColumns);
    QFETCH(bool, usesCtid);
    QFETCH(QString, selectList);

    const TableQuery query(tableNamed(table));
    QCOMPARE(query.keyColumns(), keyColumns);
    QCOMPARE(query.usesCtid(), usesCtid);
    QCOMPARE(query.selectList(), selectList);
}

void TestTableQuery::page_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QVariantList>("anchor");
    QTest::addColumn<bool>("backwards");
    QTest::addColumn<QString>("tail"); // the SQL after SELECT <list> FROM <table>
    QTest::addColumn<QVariantList>("binds");

    const QVariant null;
    QTest::newRow("first page by key") << "users" << -1 << false << QVariantList {} << false
                                       << R"( ORDER BY "id" ASC LIMIT $1)" << QVariantList {100};
    QTest::newRow("next page by key") << "users" << -1 << false << QVariantList {42} << false
                                      << R"( WHERE ("id")>($1) ORDER BY "id" ASC LIMIT $2)" << QVariantList {42, 100};
    QTest::newRow("tail window by key") << "users" << -1 << false << QVariantList {} << true
                                        << R"( ORDER BY "id" DESC LIMIT $1)" << QVariantList {100};
    QTest::newRow("before anchor by key")
        << "users" << -1 << false << QVariantList {42} << true << R"( WHERE ("id")<($1) ORDER BY "id" DESC LIMIT $2)"
        << QVariantList {42, 100};
    QTest::newRow("first page by sort column") << "users" << 2 << false << QVariantList {} << false
                                               << R"( ORDER BY "score" ASC, "id" ASC LIMIT $1)" << QVariantList {100};
    QTest::newRow("next page after a value, ascending (NULLs follow)")
        << "users" << 2 << false << QVariantList {7, 42} << false
        << R"(({S} WHERE ("score", "id")>($2, $1) ORDER BY "score" ASC, "id" ASC LIMIT $3))"
           R"( UNION ALL ({S} WHERE "score" IS NULL ORDER BY "score" ASC, "id" ASC LIMIT $4) LIMIT $5)"
        << QVariantList {42, 7, 100, 100, 100};
    QTest::newRow("next page inside the NULLs, ascending")
        << "users" << 2 << false << QVariantList {null, 42} << false
        << R"( WHERE ("score" IS NULL AND ("id") > ($1)) ORDER BY "score" ASC, "id" ASC LIMIT $2)"
        << QVariantList {42, 100};
    QTest::newRow("next page after a value, descending")
        << "users" << 2 << true << QVariantList {7, 42} << false
        << R"( WHERE ("score", "id")<($2, $1) ORDER BY "score" DESC, "id" DESC LIMIT $3)" << QVariantList {42, 7, 100};
    QTest::newRow("next page inside the NULLs, descending (values follow)")
        << "users" << 2 << true << QVariantList {null, 42} << false
        << R"(({S} WHERE ("score" IS NULL AND ("id") < ($1)) ORDER BY "score" DESC, "id" DESC LIMIT $2))"
           R"( UNION ALL ({S} WHERE "score" IS NOT NULL ORDER BY "score" DESC, "id" DESC LIMIT $3) LIMIT $4)"
        << QVariantList {42, 100, 100, 100};
    QTest::newRow("tail window by sort column")
        << "users" << 2 << false << QVariantList {} << true << R"( ORDER BY "score" DESC, "id" DESC LIMIT $1)"
        << QVariantList {100};
    QTest::newRow("before an anchor in the NULLs at the end")
        << "users" << 2 << false << QVariantList {null, 42} << true
        << R"(({S} WHERE ("score" IS NULL AND ("id") < ($1)) ORDER BY "score" DESC, "id" DESC LIMIT $2))"
           R"( UNION ALL ({S} WHERE "score" IS NOT NULL ORDER BY "score" DESC, "id" DESC LIMIT $3) LIMIT $4)"
        << QVariantList {42, 100, 100, 100};
    QTest::newRow("sort by a large column uses the grid expression")
        << "messages" << 1 << false << QVariantList {QStringLiteral("hello"), 9} << false
        << R"(({S} WHERE (left("body"::text, 200), "id")>($2, $1) ORDER BY left("body"::text, 200) ASC, "id" ASC)"
           R"( LIMIT $3) UNION ALL ({S} WHERE left("body"::text, 200) IS NULL ORDER BY left("body"::text, 200) ASC,)"
           R"( "id" ASC LIMIT $4) LIMIT $5)"
        << QVariantList {9, QStringLiteral("hello"), 100, 100, 100};
    QTest::newRow("composite key continues on both columns")
        << "composite" << -1 << false << QVariantList {2, 1} << false
        << R"( WHERE ("b", "a")>($1, $2) ORDER BY "b" ASC, "a" ASC LIMIT $3)" << QVariantList {2, 1, 100};
    QTest::newRow("ctid table continues on ctid")
        << "uniqueNullable" << -1 << false << QVariantList {QStringLiteral("(0,5)")} << false
        << R"( WHERE (ctid)>($1) ORDER BY ctid ASC LIMIT $2)" << QVariantList {QStringLiteral("(0,5)"), 100};
    QTest::newRow("view without key pages by offset")
        << "view" << -1 << false << QVariantList {200} << false << R"( LIMIT $1 OFFSET $2)" << QVariantList {100, 200};
}

void TestTableQuery::page()
{
    QFETCH(QString, table);
    QFETCH(int, sortColumn);
    QFETCH(bool, descending);
    QFETCH(QVariantList, anchor);
    QFETCH(bool, backwards);
    QFETCH(QString, tail);
    QFETCH(QVariantList, binds);

    TableQuery query(tableNamed(table));
    query.setSort(sortColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    const BoundSql sql = query.page(anchor, backwards, 100);
    // {S} stands for the select when the page is two scans under one LIMIT (no OR that no index serves).
    const QString select = QStringLiteral("SELECT %1 FROM %2").arg(query.selectList(), query.qualifiedName());
    QCOMPARE(sql.sql,
        tail.contains(QLatin1String("{S}")) ? QString(tail).replace(QLatin1String("{S}"), select) : select + tail);
    QCOMPARE(sql.binds, binds);
}

void TestTableQuery::filter_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("op");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("value2");
    QTest::addColumn<QString>("where"); // empty: no WHERE at all
    QTest::addColumn<QVariantList>("binds");

    using Op = ColumnFilter::Op;
    const QVariant none;
    QTest::newRow("equals") << 2 << int(Op::Equals) << QVariant(5) << none << R"("score" = $1)" << QVariantList {5};
    QTest::newRow("not equals") << 2 << int(Op::NotEquals) << QVariant(5) << none << R"("score" <> $1)"
                                << QVariantList {5};
    QTest::newRow("contains") << 1 << int(Op::Contains) << QVariant(QStringLiteral("ann")) << none
                              << R"("name"::text ILIKE $1)" << QVariantList {QStringLiteral("%ann%")};
    QTest::newRow("starts with") << 1 << int(Op::StartsWith) << QVariant(QStringLiteral("ann")) << none
                                 << R"("name"::text ILIKE $1)" << QVariantList {QStringLiteral("ann%")};
    QTest::newRow("contains escapes percent")
        << 1 << int(Op::Contains) << QVariant(QStringLiteral("100%")) << none << R"("name"::text ILIKE $1)"
        << QVariantList {QStringLiteral(R"(%100\%%)")};
    QTest::newRow("contains escapes underscore")
        << 1 << int(Op::Contains) << QVariant(QStringLiteral("a_b")) << none << R"("name"::text ILIKE $1)"
        << QVariantList {QStringLiteral(R"(%a\_b%)")};
    QTest::newRow("starts with escapes backslash")
        << 1 << int(Op::StartsWith) << QVariant(QStringLiteral(R"(C:\dir)")) << none << R"("name"::text ILIKE $1)"
        << QVariantList {QStringLiteral(R"(C:\\dir%)")};
    QTest::newRow("value with quotes stays a bind")
        << 1 << int(Op::Equals) << QVariant(QStringLiteral("O'Brien\"; DROP TABLE users; --")) << none
        << R"("name" = $1)" << QVariantList {QStringLiteral("O'Brien\"; DROP TABLE users; --")};
    QTest::newRow("less") << 2 << int(Op::Less) << QVariant(5) << none << R"("score" < $1)" << QVariantList {5};
    QTest::newRow("less or equal") << 2 << int(Op::LessOrEqual) << QVariant(5) << none << R"("score" <= $1)"
                                   << QVariantList {5};
    QTest::newRow("greater") << 2 << int(Op::Greater) << QVariant(5) << none << R"("score" > $1)" << QVariantList {5};
    QTest::newRow("greater or equal") << 2 << int(Op::GreaterOrEqual) << QVariant(5) << none << R"("score" >= $1)"
                                      << QVariantList {5};
    QTest::newRow("between") << 2 << int(Op::Between) << QVariant(1) << QVariant(9) << R"("score" BETWEEN $1 AND $2)"
                             << QVariantList {1, 9};
    QTest::newRow("is null") << 2 << int(Op::IsNull) << none << none << R"("score" IS NULL)" << QVariantList {};
    QTest::newRow("is not null") << 2 << int(Op::IsNotNull) << none << none << R"("score" IS NOT NULL)"
                                 << QVariantList {};
    QTest::newRow("column out of range is ignored")
        << 99 << int(Op::Equals) << QVariant(1) << none << QString() << QVariantList {};
}

void TestTableQuery::filter()
{
    QFETCH(int, column);
    QFETCH(int, op);
    QFETCH(QVariant, value);
    QFETCH(QVariant, value2);
    QFETCH(QString, where);
    QFETCH(QVariantList, binds);

    TableQuery query(users());
    query.setFilters({ColumnFilter {column, ColumnFilter::Op(op), value, value2}});
    const BoundSql count = query.count();
    const QString expected = QStringLiteral(R"(SELECT count(*) FROM "public"."users")");
    QCOMPARE(count.sql, where.isEmpty() ? expected : expected + QLatin1String(" WHERE ") + where);
    QCOMPARE(count.binds, binds);

    // The first page carries the same condition, with LIMIT bound after it.
    const BoundSql page = query.page({}, false, 50);
    QCOMPARE(page.sql,
        UsersFrom + (where.isEmpty() ? QString() : QLatin1String(" WHERE ") + where)
            + QStringLiteral(R"( ORDER BY "id" ASC LIMIT $%1)").arg(binds.size() + 1));
    QCOMPARE(page.binds, binds + QVariantList {50});
}

void TestTableQuery::conditionsNumberBindsInOrder()
{
    // Filters, then the full-text search, then the user's WHERE text, then the keyset; one numbering.
    TableQuery query(users());
    query.setSort(2, Qt::AscendingOrder);
    query.setFilters({ColumnFilter {2, ColumnFilter::Op::Greater, 1, {}},
        ColumnFilter {1, ColumnFilter::Op::StartsWith, QStringLiteral("a"), {}}});
    query.setFullTextSearch(1, QStringLiteral("  hello world "));
    query.setWhereClause(QStringLiteral(" score < 10 -- the rest is a comment "));
    const BoundSql page = query.page({7, 42}, false, 100);
    const QString filters = QStringLiteral(R"( WHERE "score" > $1 AND "name"::text ILIKE $2)"
                                           R"( AND to_tsvector('english', "name") @@ plainto_tsquery('english', $3))"
                                           " AND (score < 10 -- the rest is a comment\n)");
    QCOMPARE(page.sql,
        QLatin1Char('(') + UsersFrom + filters
            + QStringLiteral(R"( AND ("score", "id")>($5, $4) ORDER BY "score" ASC, "id" ASC LIMIT $6) UNION ALL ()")
            + UsersFrom + filters
            + QStringLiteral(R"( AND "score" IS NULL ORDER BY "score" ASC, "id" ASC LIMIT $7) LIMIT $8)"));
    QCOMPARE(page.binds, (QVariantList {1, QStringLiteral("a%"), QStringLiteral("hello world"), 42, 7, 100, 100, 100}));

    // A blank search is no condition at all.
    query.setFullTextSearch(1, QStringLiteral("   "));
    query.setFilters({});
    query.setWhereClause(QString());
    QCOMPARE(query.count().sql, QStringLiteral(R"(SELECT count(*) FROM "public"."users")"));
}

void TestTableQuery::identifiersAreQuoted()
{
    TableInfo table;
    table.schema = QStringLiteral("Sales \"EU\"");
    table.name = QStringLiteral("order items");
    table.columns = {column(QStringLiteral("Id"), QStringLiteral("integer"), true),
        column(QStringLiteral("size \"x\""), QStringLiteral("integer"))};
    table.constraints = {constraint(ConstraintInfo::Type::PrimaryKey, {QStringLiteral("Id")})};
    TableQuery query(table);
    query.setSort(1, Qt::AscendingOrder);
    query.setFilters({ColumnFilter {1, ColumnFilter::Op::IsNull, {}, {}}});

    QCOMPARE(query.qualifiedName(), QStringLiteral(R"("Sales ""EU"""."order items")"));
    QCOMPARE(query.selectList(),
        QStringLiteral(R"(xmin::text AS "__xmin", "Id" AS "__k0", "Id" AS "Id", "size ""x""" AS "size ""x""")"));
    QCOMPARE(query.page({}, false, 10).sql,
        QStringLiteral(R"(SELECT %1 FROM "Sales ""EU"""."order items" WHERE "size ""x""" IS NULL)"
                       R"( ORDER BY "size ""x""" ASC, "Id" ASC LIMIT $1)")
            .arg(query.selectList()));
    const BoundSql full = query.fullValue(1, {3});
    QCOMPARE(
        full.sql, QStringLiteral(R"(SELECT "size ""x"""::text FROM "Sales ""EU"""."order items" WHERE "Id" = $1)"));
    QCOMPARE(full.binds, QVariantList {3});
}

void TestTableQuery::rowCondition_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QVariantList>("key");
    QTest::addColumn<QString>("xmin");
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QVariantList>("binds");

    QTest::newRow("key and version") << "users" << QVariantList {42} << "1234"
                                     << R"(WHERE "id" = $2 AND xmin = $3)"
                                     << QVariantList {QStringLiteral("before"), 42, QStringLiteral("1234")};
    QTest::newRow("key only") << "users" << QVariantList {42} << QString() << R"(WHERE "id" = $2)"
                              << QVariantList {QStringLiteral("before"), 42};
    QTest::newRow("composite key") << "composite" << QVariantList {2, 1} << "9"
                                   << R"(WHERE "b" = $2 AND "a" = $3 AND xmin = $4)"
                                   << QVariantList {QStringLiteral("before"), 2, 1, QStringLiteral("9")};
    QTest::newRow("ctid") << "uniqueNullable" << QVariantList {QStringLiteral("(0,1)")} << "9"
                          << R"(WHERE ctid = $2 AND xmin = $3)"
                          << QVariantList {QStringLiteral("before"), QStringLiteral("(0,1)"), QStringLiteral("9")};
}

void TestTableQuery::rowCondition()
{
    QFETCH(QString, table);
    QFETCH(QVariantList, key);
    QFETCH(QString, xmin);
    QFETCH(QString, condition);
    QFETCH(QVariantList, binds);

    // Appends to binds already there (an UPDATE's SET values come first).
    QVariantList actual {QStringLiteral("before")};
    QCOMPARE(TableQuery(tableNamed(table)).rowCondition(key, xmin, actual), condition);
    QCOMPARE(actual, binds);
}

void TestTableQuery::exportQuery()
{
    TableQuery query(messages());
    query.setSort(3, Qt::DescendingOrder);
    query.setFilters({ColumnFilter {0, ColumnFilter::Op::Greater, 10, {}}});
    const BoundSql sql = query.exportQuery();
    // Full values (no cuts), bytea as hex text, filtered and sorted as the grid, no LIMIT.
    QCOMPARE(sql.sql,
        QStringLiteral(R"(SELECT "id", "body", E'\\x' || encode("attachment", 'hex') AS "attachment", "created at")"
                       R"( FROM "public"."messages" WHERE "id" > $1 ORDER BY "created at" DESC, "id" DESC)"));
    QCOMPARE(sql.binds, QVariantList {10});
}

void TestTableQuery::resultLayout()
{
    // __xmin, key, grid values, then the lengths of the large columns.
    TableQuery query(messages());
    QCOMPARE(query.keyIndex(0), 1);
    QCOMPARE(query.valueIndex(0), 2);
    QCOMPARE(query.valueIndex(3), 5);
    QCOMPARE(query.lengthIndex(0), -1);
    QCOMPARE(query.lengthIndex(1), 6);
    QCOMPARE(query.lengthIndex(2), 7);
    QVERIFY(query.isLarge(1));
    QVERIFY(query.isBinary(2));
    QVERIFY(!query.isLarge(3));

    const QVariantList row {QStringLiteral("77"), QStringLiteral("5"), QStringLiteral("5"), QStringLiteral("hi"),
        QStringLiteral("3"), QStringLiteral("2024-01-01"), QStringLiteral("2"), QStringLiteral("3")};
    QCOMPARE(query.keyOf(row), QVariantList {QStringLiteral("5")});
    QCOMPARE(query.anchorOf(row), QVariantList {QStringLiteral("5")});
    query.setSort(3, Qt::AscendingOrder);
    QCOMPARE(query.anchorOf(row), (QVariantList {QStringLiteral("2024-01-01"), QStringLiteral("5")}));
    query.setSort(17, Qt::AscendingOrder); // out of range: the key only
    QCOMPARE(query.sortColumn(), -1);
}

QTEST_APPLESS_MAIN(TestTableQuery)
#include "tst_tablequery.moc"
