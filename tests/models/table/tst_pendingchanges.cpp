#include "table/pendingchanges.h"

#include <QTest>

Q_DECLARE_METATYPE(TableRow)

// The statements a save runs, without a server: exact SQL and binds for UPDATE (by key and xmin), INSERT (only
// the columns set), DELETE (by key and xmin), which rows produce none, and how result rows become TableRows.
class TestPendingChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build_data();
    void build();
    void describesEachChange();
    void rowsWithoutChangesAreSkipped();
    void fromResult();
};

namespace {

ColumnInfo column(const QString &name, const QString &type)
{
    ColumnInfo info;
    info.name = name;
    info.type = type;
    info.notNull = true;
    return info;
}

// public.users (id integer PRIMARY KEY, name text, score integer, "e-mail" text)
TableInfo users()
{
    TableInfo table;
    table.schema = QStringLiteral("public");
    table.name = QStringLiteral("users");
    table.columns = {column(QStringLiteral("id"), QStringLiteral("integer")),
        column(QStringLiteral("name"), QStringLiteral("character varying(40)")),
        column(QStringLiteral("score"), QStringLiteral("integer")),
        column(QStringLiteral("e-mail"), QStringLiteral("character varying(80)"))};
    ConstraintInfo key;
    key.type = ConstraintInfo::Type::PrimaryKey;
    key.columns = {QStringLiteral("id")};
    table.constraints = {key};
    return table;
}

TableRow readRow()
{
    TableRow row;
    row.values = {QStringLiteral("42"), QStringLiteral("ann"), QStringLiteral("7"), QStringLiteral("a@x")};
    row.original = row.values;
    row.truncated = {false, false, false, false};
    row.key = {QStringLiteral("42")};
    row.xmin = QStringLiteral("777");
    return row;
}

TableRow edited(const QMap<int, QVariant> &edits)
{
    TableRow row = readRow();
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        row.values[it.key()] = it.value();
        row.changed.insert(it.key());
    }
    row.state = RowState::Modified;
    return row;
}

TableRow inserted(const QMap<int, QVariant> &values)
{
    TableRow row;
    row.values = {QVariant(), QVariant(), QVariant(), QVariant()};
    row.original = row.values;
    row.truncated = {false, false, false, false};
    for (auto it = values.begin(); it != values.end(); ++it) {
        row.values[it.key()] = it.value();
        row.changed.insert(it.key());
    }
    row.state = RowState::Inserted;
    return row;
}

TableRow deleted()
{
    TableRow row = readRow();
    row.state = RowState::Deleted;
    return row;
}

} // namespace

void TestPendingChanges::build_data()
{
    QTest::addColumn<TableRow>("row");
    QTest::addColumn<QString>("sql"); // %1: the grid's select list (RETURNING)
    QTest::addColumn<QVariantList>("binds");

    QTest::newRow("update one column")
        << edited({{1, QStringLiteral("bob")}})
        << R"(UPDATE "public"."users" SET "name" = $1 WHERE "id" = $2 AND xmin = $3 RETURNING %1)"
        << QVariantList {QStringLiteral("bob"), QStringLiteral("42"), QStringLiteral("777")};
    QTest::newRow("update columns in column order")
        << edited({{3, QStringLiteral("b@x")}, {1, QStringLiteral("bob")}})
        << R"(UPDATE "public"."users" SET "name" = $1, "e-mail" = $2 WHERE "id" = $3 AND xmin = $4 RETURNING %1)"
        << QVariantList {QStringLiteral("bob"), QStringLiteral("b@x"), QStringLiteral("42"), QStringLiteral("777")};
    QTest::newRow("update to NULL binds NULL")
        << edited({{2, QVariant()}})
        << R"(UPDATE "public"."users" SET "score" = $1 WHERE "id" = $2 AND xmin = $3 RETURNING %1)"
        << QVariantList {QVariant(), QStringLiteral("42"), QStringLiteral("777")};
    QTest::newRow("update with a quote stays a bind")
        << edited({{1, QStringLiteral("x'; DROP TABLE users; --")}})
        << R"(UPDATE "public"."users" SET "name" = $1 WHERE "id" = $2 AND xmin = $3 RETURNING %1)"
        << QVariantList {QStringLiteral("x'; DROP TABLE users; --"), QStringLiteral("42"), QStringLiteral("777")};
    QTest::newRow("insert the columns set")
        << inserted({{2, QStringLiteral("3")}, {1, QStringLiteral("cy")}})
        << R"(INSERT INTO "public"."users" ("name", "score") VALUES ($1, $2) RETURNING %1)"
        << QVariantList {QStringLiteral("cy"), QStringLiteral("3")};
    QTest::newRow("insert with nothing set uses defaults")
        << inserted({}) << R"(INSERT INTO "public"."users" DEFAULT VALUES RETURNING %1)" << QVariantList {};
    QTest::newRow("delete by key and version")
        << deleted() << R"(DELETE FROM "public"."users" WHERE "id" = $1 AND xmin = $2)"
        << QVariantList {QStringLiteral("42"), QStringLiteral("777")};
}

void TestPendingChanges::build()
{
    QFETCH(TableRow, row);
    QFETCH(QString, sql);
    QFETCH(QVariantList, binds);

    const TableQuery query(users());
    const QList<PendingChange> changes = PendingChanges::build(query, {row});
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().sql, sql.contains(QLatin1String("%1")) ? sql.arg(query.selectList()) : sql);
    QCOMPARE(changes.first().binds, binds);
}

void TestPendingChanges::describesEachChange()
{
    const TableQuery query(users());
    const QList<TableRow> rows {
        readRow(), edited({{2, QStringLiteral("8")}}), inserted({{1, QStringLiteral("cy")}}), deleted()};
    const QList<PendingChange> changes = PendingChanges::build(query, rows);
    QCOMPARE(changes.size(), 3);

    const PendingChange &update = changes[0];
    QCOMPARE(update.row, 1);
    QCOMPARE(update.kind, RowState::Modified);
    QCOMPARE(update.table, QStringLiteral("public.users"));
    QCOMPARE(update.rowKey, QVariantList {QStringLiteral("42")});
    QCOMPARE(update.columns, QStringList {QStringLiteral("score")});
    QCOMPARE(update.before, QVariantList {QStringLiteral("7")});
    QCOMPARE(update.after, QVariantList {QStringLiteral("8")});
    QCOMPARE(update.rowValues, rows[1].values);

    const PendingChange &insert = changes[1];
    QCOMPARE(insert.row, 2);
    QCOMPARE(insert.kind, RowState::Inserted);
    QVERIFY(insert.rowKey.isEmpty());
    QCOMPARE(insert.columns, QStringList {QStringLiteral("name")});
    QCOMPARE(insert.before, QVariantList {QVariant()});
    QCOMPARE(insert.after, QVariantList {QStringLiteral("cy")});

    const PendingChange &removal = changes[2];
    QCOMPARE(removal.row, 3);
    QCOMPARE(removal.kind, RowState::Deleted);
    QVERIFY(removal.columns.isEmpty());
}

void TestPendingChanges::rowsWithoutChangesAreSkipped()
{
    TableRow touched = readRow();
    touched.state = RowState::Modified; // edited back to what it was: nothing in changed
    QVERIFY(PendingChanges::build(TableQuery(users()), {readRow(), touched}).isEmpty());
}

void TestPendingChanges::fromResult()
{
    // public.notes (id integer PRIMARY KEY, body text, data bytea): body and data are large.
    TableInfo table;
    table.schema = QStringLiteral("public");
    table.name = QStringLiteral("notes");
    table.columns = {column(QStringLiteral("id"), QStringLiteral("integer")),
        column(QStringLiteral("body"), QStringLiteral("text")),
        column(QStringLiteral("data"), QStringLiteral("bytea"))};
    ConstraintInfo key;
    key.type = ConstraintInfo::Type::PrimaryKey;
    key.columns = {QStringLiteral("id")};
    table.constraints = {key};
    const TableQuery query(table);

    // __xmin, __k0, id, body (cut), data (its size), __len1, __len2
    const QVariantList cut {QStringLiteral("900"), QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("héllo"),
        QStringLiteral("4"), QStringLiteral("250"), QStringLiteral("4")};
    const TableRow row = TableRow::fromResult(query, cut);
    QCOMPARE(row.xmin, QStringLiteral("900"));
    QCOMPARE(row.key, QVariantList {QStringLiteral("3")});
    QCOMPARE(row.values, (QVariantList {QStringLiteral("3"), QStringLiteral("héllo"), QStringLiteral("4")}));
    QCOMPARE(row.original, row.values);
    QCOMPARE(row.truncated, (QList<bool> {false, true, true}));
    QCOMPARE(row.state, RowState::Clean);

    // A body of exactly its UTF-8 length (é is two bytes) is whole; a NULL bytea is not cut.
    const QVariantList whole {QStringLiteral("901"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("héllo"),
        QVariant(), QStringLiteral("6"), QVariant()};
    QCOMPARE(TableRow::fromResult(query, whole).truncated, (QList<bool> {false, false, false}));
}

QTEST_APPLESS_MAIN(TestPendingChanges)
#include "tst_pendingchanges.moc"
