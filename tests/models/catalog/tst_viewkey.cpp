#include "catalog/viewkey.h"

#include <QtTest>

// Which views get a key from the table below them: simple ones over one table that show its whole primary
// key unchanged. Definitions as pg_get_viewdef writes them.
class TestViewKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keys_data();
    void keys();
};

namespace {

TableInfo messages()
{
    TableInfo table;
    table.schema = QStringLiteral("public");
    table.name = QStringLiteral("messages");
    for (const char *name : {"id", "user_id", "body"}) {
        ColumnInfo column;
        column.name = QString::fromLatin1(name);
        table.columns << column;
    }
    ConstraintInfo key;
    key.type = ConstraintInfo::Type::PrimaryKey;
    key.columns = {QStringLiteral("id")};
    table.constraints << key;
    return table;
}

} // namespace

void TestViewKey::keys_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QStringList>("key");
    QTest::newRow("columns of one table")
        << " SELECT messages.id,\n    messages.body\n   FROM messages\n  WHERE messages.user_id > 10;"
        << QStringList {"id"};
    QTest::newRow("renamed, among expressions")
        << " SELECT m.id AS message_id,\n    lower(m.body) AS body\n   FROM messages m;" << QStringList {"message_id"};
    QTest::newRow("quoted name") << R"( SELECT m.id AS "Message Id" FROM public.messages m;)"
                                 << QStringList {"Message Id"};
    QTest::newRow("key not shown") << " SELECT messages.body\n   FROM messages;" << QStringList {};
    QTest::newRow("key computed") << " SELECT messages.id + 1 AS id\n   FROM messages;" << QStringList {};
    QTest::newRow("join") << " SELECT m.id,\n    u.username\n   FROM messages m\n     JOIN users u ON u.id = m.user_id;"
                          << QStringList {};
    QTest::newRow("distinct") << " SELECT DISTINCT messages.id\n   FROM messages;" << QStringList {};
    QTest::newRow("group by") << " SELECT messages.id,\n    count(*) AS n\n   FROM messages\n  GROUP BY messages.id;"
                              << QStringList {};
    QTest::newRow("union") << " SELECT messages.id\n   FROM messages\nUNION ALL\n SELECT messages.id\n   FROM messages;"
                           << QStringList {};
    QTest::newRow("limit") << " SELECT messages.id\n   FROM messages\n LIMIT 10;" << QStringList {};
    QTest::newRow("subquery in FROM") << " SELECT s.id\n   FROM ( SELECT messages.id\n           FROM messages) s;"
                                      << QStringList {};
    QTest::newRow("not SQL") << "this is not a view" << QStringList {};
}

void TestViewKey::keys()
{
    QFETCH(QString, definition);
    QFETCH(QStringList, key);
    TableInfo view;
    view.kind = TableInfo::Kind::View;
    ViewKey::find(view, definition, messages());
    QCOMPARE(view.viewKey, key);
    QCOMPARE(view.viewBaseName.isEmpty(), key.isEmpty());
    if (!key.isEmpty())
        QCOMPARE(view.viewBaseColumns.value(key.first()), QStringLiteral("id"));
}

QTEST_GUILESS_MAIN(TestViewKey)
#include "tst_viewkey.moc"
