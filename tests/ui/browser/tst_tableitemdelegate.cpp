#include "browser/tableitemdelegate.h"
#include "catalog/catalogtypes.h"

#include <QtTest>

// Which columns the table grid edits through a list of choices: enums, and CHECK (col IN (...)) constraints.
class TestTableItemDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choicesFromCheck_data();
    void choicesFromCheck();
    void enumsAndChecks();
};

void TestTableItemDelegate::choicesFromCheck_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("links.visibility as the server prints it")
        << "CHECK (((visibility)::text = ANY ((ARRAY['public'::character varying, 'private'::character "
           "varying])::text[])))"
        << "visibility" << QStringList {"public", "private"};
    QTest::newRow("quote inside a value") << "CHECK ((kind = ANY (ARRAY['it''s'::text, 'plain'::text])))"
                                          << "kind" << QStringList {"it's", "plain"};
    QTest::newRow("another column") << "CHECK (((visibility)::text = ANY ((ARRAY['a'::text])::text[])))"
                                    << "other" << QStringList {};
    QTest::newRow("a range is no list") << "CHECK ((score >= 0))"
                                        << "score" << QStringList {};
    QTest::newRow("OR of conditions is no list") << "CHECK (((kind = ANY (ARRAY['a'::text])) OR (kind IS NULL)))"
                                                 << "kind" << QStringList {};
}

void TestTableItemDelegate::choicesFromCheck()
{
    QFETCH(QString, definition);
    QFETCH(QString, column);
    QFETCH(QStringList, expected);
    QCOMPARE(TableItemDelegate::choicesFromCheck(definition, column), expected);
}

void TestTableItemDelegate::enumsAndChecks()
{
    TableInfo table;
    table.name = QStringLiteral("t");
    ColumnInfo id;
    id.name = QStringLiteral("id");
    ColumnInfo mood;
    mood.name = QStringLiteral("mood");
    mood.enumLabels = {QStringLiteral("calm"), QStringLiteral("happy")};
    ColumnInfo user;
    user.name = QStringLiteral("user_id");
    table.columns = {id, mood, user};
    ConstraintInfo fk;
    fk.type = ConstraintInfo::Type::ForeignKey;
    fk.columns = {QStringLiteral("user_id")};
    table.constraints << fk;
    TableItemDelegate delegate;
    delegate.setTable(table);
    QCOMPARE(delegate.choicesFor(1), (QStringList {QStringLiteral("calm"), QStringLiteral("happy")}));
    QVERIFY(delegate.choicesFor(0).isEmpty());
    QVERIFY(delegate.isForeignKey(2));
    QVERIFY(!delegate.isForeignKey(1));
}

QTEST_MAIN(TestTableItemDelegate)
#include "tst_tableitemdelegate.moc"
