#include "catalog/relatedrows.h"

#include <QtTest>

// Foreign-key navigation from a row, on a catalog built by hand: no server.
class TestRelatedRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheCellsForeignKey();
    void listsRowsPointingHere();
    void nullKeysLeadNowhere();
    void unknownTableOrColumnLeadsNowhere();
};

namespace {

ColumnInfo column(const QString &name)
{
    ColumnInfo info;
    info.name = name;
    info.type = QStringLiteral("integer");
    return info;
}

ConstraintInfo foreignKey(const QString &name, const QString &column, const QString &table)
{
    ConstraintInfo fk;
    fk.type = ConstraintInfo::Type::ForeignKey;
    fk.name = name;
    fk.columns = {column};
    fk.referencedSchema = QStringLiteral("public");
    fk.referencedTable = table;
    fk.referencedColumns = {QStringLiteral("id")};
    return fk;
}

TableInfo table(const QString &name, const QStringList &columns, const QList<ConstraintInfo> &constraints = {})
{
    TableInfo info;
    info.schema = QStringLiteral("public");
    info.name = name;
    for (const QString &c : columns)
        info.columns << column(c);
    info.constraints = constraints;
    return info;
}

// users (id, name); messages (id, user_id -> users, reply_to -> messages)
CatalogSnapshot catalog()
{
    SchemaInfo schema;
    schema.name = QStringLiteral("public");
    schema.tables = {table(QStringLiteral("users"), {QStringLiteral("id"), QStringLiteral("name")}),
        table(QStringLiteral("messages"), {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("reply_to")},
            {foreignKey(QStringLiteral("messages_user_id_fkey"), QStringLiteral("user_id"), QStringLiteral("users")),
                foreignKey(QStringLiteral("messages_reply_to_fkey"), QStringLiteral("reply_to"),
                    QStringLiteral("messages"))})};
    return CatalogSnapshot {{schema}};
}

} // namespace

void TestRelatedRows::followsTheCellsForeignKey()
{
    const QList<RelatedRows> related = relatedRowsFor(catalog(), QStringLiteral("public.messages"), 1, {7, 42, 3});
    QVERIFY(!related.isEmpty());
    QCOMPARE(related.first().label, QStringLiteral("Open users 42"));
    QCOMPARE(related.first().table, QStringLiteral("public.users"));
    QCOMPARE(related.first().column, 0);
    QCOMPARE(related.first().value, QVariant(42));
    // The other entries are the replies to this message (rows pointing here), not other foreign keys.
    for (qsizetype i = 1; i < related.size(); ++i)
        QVERIFY(related[i].label.startsWith(QLatin1String("Show ")));
}

void TestRelatedRows::listsRowsPointingHere()
{
    const QList<RelatedRows> fromUser
        = relatedRowsFor(catalog(), QStringLiteral("users"), 1, {42, QStringLiteral("x")});
    QCOMPARE(fromUser.size(), 1);
    QCOMPARE(fromUser.first().label, QStringLiteral("Show messages where user_id = 42"));
    QCOMPARE(fromUser.first().table, QStringLiteral("public.messages"));
    QCOMPARE(fromUser.first().column, 1);
    QCOMPARE(fromUser.first().value, QVariant(42));
    const QList<RelatedRows> replies = relatedRowsFor(catalog(), QStringLiteral("messages"), 0, {7, 42, 3});
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().label, QStringLiteral("Show messages where reply_to = 7"));
    QCOMPARE(replies.first().column, 2);
}

void TestRelatedRows::nullKeysLeadNowhere()
{
    QVERIFY(relatedRowsFor(catalog(), QStringLiteral("messages"), 2, {QVariant(), 42, QVariant()}).isEmpty());
    QVERIFY(relatedRowsFor(catalog(), QStringLiteral("users"), 0, {QVariant(), QStringLiteral("x")}).isEmpty());
}

void TestRelatedRows::unknownTableOrColumnLeadsNowhere()
{
    QVERIFY(relatedRowsFor(catalog(), QStringLiteral("nope"), 0, {1}).isEmpty());
    QVERIFY(relatedRowsFor(catalog(), QStringLiteral("users"), 5, {1, 2}).isEmpty());
    QVERIFY(relatedRowsFor(catalog(), QStringLiteral("users"), -1, {1, 2}).isEmpty());
}

QTEST_GUILESS_MAIN(TestRelatedRows)
#include "tst_relatedrows.moc"
