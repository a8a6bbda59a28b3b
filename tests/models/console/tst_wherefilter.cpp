#include "console/parsetree.h"
#include "console/wherefilter.h"

#include <QJsonDocument>
#include <QTest>
#include <pg_query.h>

Q_DECLARE_METATYPE(WhereFilter::FilterProblem)

// Whether an UPDATE's or DELETE's WHERE really filters, on the parse tree PostgreSQL's own parser gives: which
// problem it is (missing, always true, no column), where the classifier only reports "unfiltered".
class TestWhereFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterProblem_data();
    void filterProblem();
};

namespace {

// The whereClause of the only statement of sql (undefined when it has none).
QJsonValue whereClause(const QByteArray &sql)
{
    const PgQueryParseResult parsed = pg_query_parse(sql.constData());
    QJsonValue where;
    if (parsed.error) {
        qWarning("%s: %s", sql.constData(), parsed.error->message);
    } else {
        const QJsonObject tree = QJsonDocument::fromJson(parsed.parse_tree).object();
        const QJsonValue statement = tree.value(u"stmts").toArray().first().toObject().value(u"stmt");
        where = ParseTree::unwrap(statement).value(u"whereClause");
    }
    pg_query_free_parse_result(parsed);
    return where;
}

} // namespace

void TestWhereFilter::filterProblem_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<WhereFilter::FilterProblem>("problem");

    using P = WhereFilter::FilterProblem;
    QTest::newRow("delete without where") << QByteArray("DELETE FROM t") << P::Missing;
    QTest::newRow("update without where") << QByteArray("UPDATE t SET a = 1") << P::Missing;
    QTest::newRow("where true") << QByteArray("DELETE FROM t WHERE true") << P::AlwaysTrue;
    QTest::newRow("where 1=1") << QByteArray("DELETE FROM t WHERE 1=1") << P::AlwaysTrue;
    QTest::newRow("where 0 = 0") << QByteArray("DELETE FROM t WHERE 0 = 0") << P::AlwaysTrue;
    QTest::newRow("where strings equal") << QByteArray("DELETE FROM t WHERE 'a' = 'a'") << P::AlwaysTrue;
    QTest::newRow("where string equals number") << QByteArray("DELETE FROM t WHERE '1' = 1") << P::AlwaysTrue;
    QTest::newRow("where not false") << QByteArray("DELETE FROM t WHERE NOT false") << P::AlwaysTrue;
    QTest::newRow("where 1 < 2.5") << QByteArray("DELETE FROM t WHERE 1 < 2.5") << P::AlwaysTrue;
    QTest::newRow("where null is null") << QByteArray("DELETE FROM t WHERE NULL IS NULL") << P::AlwaysTrue;
    QTest::newRow("where true is true") << QByteArray("DELETE FROM t WHERE true IS TRUE") << P::AlwaysTrue;
    QTest::newRow("where 't'") << QByteArray("DELETE FROM t WHERE 't'") << P::AlwaysTrue;
    QTest::newRow("where 'yes'::boolean") << QByteArray("DELETE FROM t WHERE 'yes'::boolean") << P::AlwaysTrue;
    QTest::newRow("where true or column") << QByteArray("UPDATE t SET a = 1 WHERE true OR id = 5") << P::AlwaysTrue;
    QTest::newRow("where column") << QByteArray("UPDATE t SET a = 1 WHERE id = 5") << P::None;
    QTest::newRow("where 1=1 and column") << QByteArray("DELETE FROM t WHERE 1=1 AND id = 5") << P::None;
    QTest::newRow("where -1 = 0 or column") << QByteArray("DELETE FROM t WHERE -1 = 0 OR id = 2") << P::None;
    QTest::newRow("where false") << QByteArray("DELETE FROM t WHERE false") << P::None;
    QTest::newRow("where null") << QByteArray("DELETE FROM t WHERE NULL") << P::None;
    QTest::newRow("where current of") << QByteArray("DELETE FROM t WHERE CURRENT OF c") << P::None;
    QTest::newRow("where in subquery") << QByteArray("DELETE FROM t WHERE id IN (SELECT user_id FROM u)") << P::None;
    QTest::newRow("where function of constants")
        << QByteArray("DELETE FROM t WHERE now() > '2020-01-01'") << P::NoColumn;
    QTest::newRow("where parameter") << QByteArray("DELETE FROM t WHERE $1") << P::NoColumn;
    QTest::newRow("where string order (collation)") << QByteArray("DELETE FROM t WHERE 'a' < 'b'") << P::NoColumn;
    QTest::newRow("where uncorrelated exists")
        << QByteArray("DELETE FROM t WHERE EXISTS (SELECT * FROM u)") << P::NoColumn;
}

void TestWhereFilter::filterProblem()
{
    QFETCH(QByteArray, sql);
    QFETCH(WhereFilter::FilterProblem, problem);

    QCOMPARE(WhereFilter::filterProblem(whereClause(sql), sql), problem);
}

QTEST_APPLESS_MAIN(TestWhereFilter)
#include "tst_wherefilter.moc"
