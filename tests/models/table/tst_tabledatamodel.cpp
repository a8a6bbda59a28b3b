#include "tablemodeltesting.h"
#include "testcluster.h"

#include <QtTest>

using namespace TableModelTesting;

// TableDataModel's read path against a real server: keyset paging in every sort order (NULLs included),
// the last rows, filters with bound values, counts, foreign-key names, large cells and masking.
class TestTableDataModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstPageThenMore();
    void keysetAcrossPages_data();
    void keysetAcrossPages();
    void lastRowsReadBackwards();
    void filters_data();
    void filters();
    void containsEscapesWildcards();
    void fullTextSearchFindsWords();
    void whereSyntaxErrorInWords();
    void boundValuesResistInjection();
    void estimateThenExactCount();
    void foreignKeyShowsUsername();
    void largeCellsAreCut();
    void passwordsAreMasked();
    void nullsAndTimestamps();
    void tableWithoutKeyIsReadOnly();

private:
    TestCluster m_fixture;
    std::unique_ptr<Session> m_session;
    std::shared_ptr<const CatalogSnapshot> m_catalog;
};

void TestTableDataModel::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_session = std::make_unique<Session>(m_fixture.profile(), QString(), QStringLiteral("table test"));
    QVERIFY(TestWait::open(*m_session));
    // A table with a nullable, duplicated sort column, and one without any key.
    for (const char *sql : {"CREATE TABLE sortnull (id serial PRIMARY KEY, v int)",
             "INSERT INTO sortnull (v) SELECT CASE WHEN n % 3 = 0 THEN NULL ELSE n % 17 END FROM generate_series(1, "
             "1000) n",
             "CREATE TABLE nopk (a int)", "INSERT INTO nopk VALUES (1), (2), (2)",
             "INSERT INTO users (email, username) VALUES ('pct@x.test', 'a%b_c'), ('plain@x.test', 'axxbyc')",
             "ANALYZE"}) {
        const PgResult result = TestWait::result(m_session->run(QString::fromLatin1(sql)));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    }
    m_catalog = readCatalog(*m_session);
    QVERIFY(m_catalog->findTable(QStringLiteral("public.sortnull")));
}

void TestTableDataModel::firstPageThenMore()
{
    // Without the tester, which asks for rows a view would not.
    TableDataModel model(m_session.get(), m_catalog, QStringLiteral("messages"));
    QVERIFY(model.isValid());
    QCOMPARE(model.pageSize(), 500);
    QVERIFY(waitIdle(model));
    // The whole table is under the scrollbar at once (the estimate), and only the first page is read.
    QVERIFY2(model.rowCount() > 15000, qPrintable(QString::number(model.rowCount())));
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.loadedRowCount(), 500);
    QVERIFY(model.isRowLoaded(499));
    QVERIFY(!model.isRowLoaded(500));
    QVERIFY(!model.index(500, 0).data(TableDataModel::IsLoadedRole).toBool());
    QVERIFY(loadRows(model, 2000));
    const QStringList ids = columnValues(model, QStringLiteral("id"), 0, 1999);
    QCOMPARE(ids.size(), 2000);
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(ids[i].toInt(), i + 1);
    QVERIFY(model.isRowPositionExact(1999));
}

void TestTableDataModel::keysetAcrossPages_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("sortColumn");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("expectedSql");
    QTest::newRow("pk") << "messages"
                        << "id" << int(Qt::AscendingOrder) << "SELECT id FROM messages ORDER BY id";
    QTest::newRow("duplicates asc") << "messages"
                                    << "user_id" << int(Qt::AscendingOrder)
                                    << "SELECT id FROM messages ORDER BY user_id, id";
    QTest::newRow("duplicates desc") << "messages"
                                     << "user_id" << int(Qt::DescendingOrder)
                                     << "SELECT id FROM messages ORDER BY user_id DESC, id DESC";
    QTest::newRow("nullable asc") << "sortnull"
                                  << "v" << int(Qt::AscendingOrder) << "SELECT id FROM sortnull ORDER BY v, id";
    QTest::newRow("nullable desc") << "sortnull"
                                   << "v" << int(Qt::DescendingOrder)
                                   << "SELECT id FROM sortnull ORDER BY v DESC, id DESC";
    QTest::newRow("text") << "users"
                          << "username" << int(Qt::AscendingOrder) << "SELECT id FROM users ORDER BY username, id";
}

void TestTableDataModel::keysetAcrossPages()
{
    QFETCH(QString, table);
    QFETCH(QString, sortColumn);
    QFETCH(int, order);
    QFETCH(QString, expectedSql);
    TestedModel model(*m_session, m_catalog, table);
    // Odd, so that page ends fall inside runs of equal values and of NULLs; larger on the big table, where the
    // tester walks all 20,000 rows after every page.
    model->setPageSize(table == QLatin1String("messages") ? 997 : 97);
    model->sort(column(*model, sortColumn), Qt::SortOrder(order));
    QVERIFY(loadAll(*model));
    const QStringList expected = serverColumn(*m_session, expectedSql);
    QCOMPARE(columnValues(*model, QStringLiteral("id")), expected);
}

void TestTableDataModel::lastRowsReadBackwards()
{
    TestedModel model(*m_session, m_catalog, QStringLiteral("sortnull"));
    model->setPageSize(100);
    model->sort(column(*model, QStringLiteral("v")), Qt::AscendingOrder);
    QVERIFY(waitIdle(*model));
    // End: the last page is read on its own, backwards, without the pages before it.
    model->fetchRows(model->rowCount() - 1, model->rowCount() - 1);
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->loadedPageCount(), 2);
    const QStringList all = serverColumn(*m_session, QStringLiteral("SELECT id FROM sortnull ORDER BY v, id"));
    QCOMPARE(model->rowCount(), 1000);
    QCOMPARE(columnValues(*model, QStringLiteral("id"), 900), all.mid(900));
    QCOMPARE(columnValues(*model, QStringLiteral("id"), 800), all.mid(800));

    TestedModel messages(*m_session, m_catalog, QStringLiteral("messages"));
    QVERIFY(waitIdle(*messages));
    messages->requestExactCount();
    QVERIFY(QTest::qWaitFor([&] { return messages->isCountExact(); }, 20000));
    QCOMPARE(messages->rowCount(), 20000);
    messages->fetchRows(19999, 19999);
    QVERIFY(waitIdle(*messages));
    QCOMPARE(messages->index(19500, 0).data().toString(), QStringLiteral("19501"));
    QCOMPARE(messages->index(19999, 0).data().toString(), QStringLiteral("20000"));
    QVERIFY(messages->isRowPositionExact(19999)); // counted back from an exact end
    QCOMPARE(messages->headerData(19999, Qt::Vertical).toString(), QLocale().toString(20000));
}

void TestTableDataModel::filters_data()
{
    QTest::addColumn<QString>("columnName");
    QTest::addColumn<int>("op");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("value2");
    QTest::addColumn<QString>("where");
    using Op = ColumnFilter::Op;
    const QVariant none;
    QTest::newRow("equals") << "user_id" << int(Op::Equals) << QVariant(7) << none << "user_id = 7";
    QTest::newRow("not equals") << "user_id" << int(Op::NotEquals) << QVariant(1) << none << "user_id <> 1";
    QTest::newRow("contains") << "content" << int(Op::Contains) << QVariant("PLAYLIST") << none
                              << "content ILIKE '%playlist%'";
    QTest::newRow("starts with") << "content" << int(Op::StartsWith) << QVariant("honestly") << none
                                 << "content ILIKE 'honestly%'";
    QTest::newRow("less") << "id" << int(Op::Less) << QVariant(100) << none << "id < 100";
    QTest::newRow("less or equal") << "id" << int(Op::LessOrEqual) << QVariant(100) << none << "id <= 100";
    QTest::newRow("greater") << "id" << int(Op::Greater) << QVariant(19900) << none << "id > 19900";
    QTest::newRow("greater or equal") << "id" << int(Op::GreaterOrEqual) << QVariant(19900) << none << "id >= 19900";
    QTest::newRow("between") << "created_at" << int(Op::Between) << QVariant("2023-03-01") << QVariant("2023-04-01")
                             << "created_at BETWEEN '2023-03-01' AND '2023-04-01'";
    QTest::newRow("is null") << "content" << int(Op::IsNull) << none << none << "content IS NULL";
    QTest::newRow("is not null") << "content" << int(Op::IsNotNull) << none << none << "content IS NOT NULL";
}

void TestTableDataModel::filters()
{
    QFETCH(QString, columnName);
    QFETCH(int, op);
    QFETCH(QVariant, value);
    QFETCH(QVariant, value2);
    QFETCH(QString, where);
    TestedModel model(*m_session, m_catalog, QStringLiteral("messages"));
    QSignalSpy counted(model.model.get(), &TableDataModel::exactCountReady);
    model->setFilters({ColumnFilter {column(*model, columnName), ColumnFilter::Op(op), value, value2}});
    model->requestExactCount();
    QVERIFY(counted.wait(20000));
    const qint64 expected
        = serverValue(*m_session, QStringLiteral("SELECT count(*) FROM messages WHERE ") + where).toLongLong();
    QCOMPARE(counted.first().first().toLongLong(), expected);
    QVERIFY(loadAll(*model));
    QCOMPARE(model->rowCount(), int(expected));
    const QStringList all
        = serverColumn(*m_session, QStringLiteral("SELECT id FROM messages WHERE %1 ORDER BY id").arg(where));
    QCOMPARE(columnValues(*model, QStringLiteral("id")), all);
}

void TestTableDataModel::containsEscapesWildcards()
{
    TestedModel model(*m_session, m_catalog, QStringLiteral("users"));
    const int username = column(*model, QStringLiteral("username"));
    model->setFilters({ColumnFilter {username, ColumnFilter::Op::Contains, QStringLiteral("%b_"), {}}});
    QVERIFY(waitIdle(*model));
    QCOMPARE(columnValues(*model, QStringLiteral("username")), QStringList {QStringLiteral("a%b_c")});
}

void TestTableDataModel::fullTextSearchFindsWords()
{
    TestedModel model(*m_session, m_catalog, QStringLiteral("messages"));
    QSignalSpy counted(model.model.get(), &TableDataModel::exactCountReady);
    const int content = column(*model, QStringLiteral("content"));
    model->setFullTextSearch(content, QStringLiteral("presentation"));
    model->requestExactCount();
    QVERIFY(counted.wait(20000));
    QVERIFY(loadAll(*model));
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(qint64(model->rowCount()), counted.first().first().toLongLong());
    for (const QString &text : columnValues(*model, QStringLiteral("content")))
        QVERIFY2(text.contains(QLatin1String("presentation"), Qt::CaseInsensitive), qPrintable(text));
}

void TestTableDataModel::whereSyntaxErrorInWords()
{
    TestedModel model(*m_session, m_catalog, QStringLiteral("users"));
    QVERIFY(waitIdle(*model));
    QSignalSpy failed(model.model.get(), &TableDataModel::loadFailed);
    model->setWhereClause(QStringLiteral("id = = 3"));
    QVERIFY(failed.wait(20000));
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.sqlState, QStringLiteral("42601"));
    QVERIFY2(error.why.startsWith(QLatin1String("The filter has a syntax error")), qPrintable(error.why));
    QCOMPARE(model->rowCount(), 0);
    model->setWhereClause(QStringLiteral("id < 10 -- a comment"));
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->rowCount(), 9);
    model->setWhereClause(QStringLiteral("true; DROP TABLE nopk"));
    QVERIFY(failed.wait(20000)); // one statement only: the second one never runs
    QCOMPARE(serverValue(*m_session, QStringLiteral("SELECT count(*) FROM nopk")), QStringLiteral("3"));
}

void TestTableDataModel::boundValuesResistInjection()
{
    TestedModel model(*m_session, m_catalog, QStringLiteral("users"));
    const int username = column(*model, QStringLiteral("username"));
    model->setFilters({ColumnFilter {username, ColumnFilter::Op::Equals, QStringLiteral("x' OR '1'='1"), {}}});
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->rowCount(), 0);
    QSignalSpy failed(model.model.get(), &TableDataModel::loadFailed);
    model->setFilters({ColumnFilter {0, ColumnFilter::Op::Equals, QStringLiteral("1; DROP TABLE nopk"), {}}});
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<Error>().sqlState, QStringLiteral("22P02"));
    QCOMPARE(serverValue(*m_session, QStringLiteral("SELECT count(*) FROM nopk")), QStringLiteral("3"));
}

void TestTableDataModel::estimateThenExactCount()
{
    TestedModel model(*m_session, m_catalog, QStringLiteral("messages"));
    // The estimate is there before any query returns.
    QVERIFY2(model->estimatedRowCount() > 15000 && model->estimatedRowCount() < 25000,
        qPrintable(QString::number(model->estimatedRowCount())));
    QVERIFY(waitIdle(*model));
    QVERIFY(!model->isCountExact());
    QCOMPARE(qint64(model->rowCount()), model->estimatedRowCount());
    QSignalSpy counted(model.model.get(), &TableDataModel::exactCountReady);
    model->requestExactCount();
    QVERIFY(counted.wait(20000));
    QCOMPARE(counted.first().first().toLongLong(), 20000);
    QVERIFY(model->isCountExact());
    QCOMPARE(model->rowCount(), 20000);
}

void TestTableDataModel::foreignKeyShowsUsername()
{
    TestedModel model(*m_session, m_catalog, QStringLiteral("messages"));
    QVERIFY(waitIdle(*model));
    const int userId = column(*model, QStringLiteral("user_id"));
    for (int row : {0, 17, 499}) {
        const QModelIndex index = model->index(row, userId);
        const QString expected = serverValue(
            *m_session, QStringLiteral("SELECT username FROM users WHERE id = %1").arg(index.data().toInt()));
        QCOMPARE(index.data(TableDataModel::ForeignDisplayRole).toString(), expected);
    }
    QVERIFY(!model->index(0, 0).data(TableDataModel::ForeignDisplayRole).isValid());
}

void TestTableDataModel::largeCellsAreCut()
{
    const QString big = QString(1000000, QLatin1Char('x'));
    const QString id = serverValue(
        *m_session, QStringLiteral("INSERT INTO messages (user_id, content) VALUES (1, $1) RETURNING id"), {big});
    TestedModel model(*m_session, m_catalog, QStringLiteral("messages"));
    model->setFilters({ColumnFilter {0, ColumnFilter::Op::Equals, id, {}}});
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex cell = model->index(0, column(*model, QStringLiteral("content")));
    QVERIFY(cell.data().toString().size() <= 200);
    QVERIFY(cell.data(TableDataModel::IsTruncatedRole).toBool());
    QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
    QVERIFY(!model->index(0, 1).data(TableDataModel::IsTruncatedRole).toBool());
    QSignalSpy full(model.model.get(), &TableDataModel::fullValueReady);
    model->fetchFullValue(0, cell.column());
    QVERIFY(full.wait(20000));
    QCOMPARE(full.first().at(2).toString().size(), big.size());
    QVERIFY(!cell.data(TableDataModel::IsTruncatedRole).toBool());
    QCOMPARE(cell.data().toString().size(), big.size());
}

void TestTableDataModel::passwordsAreMasked()
{
    TestedModel model(*m_session, m_catalog, QStringLiteral("users"));
    QVERIFY(waitIdle(*model));
    const int password = column(*model, QStringLiteral("hashed_password"));
    const QModelIndex cell = model->index(0, password);
    QVERIFY(cell.data(TableDataModel::IsMaskedRole).toBool());
    QVERIFY(!cell.data().toString().contains(QLatin1String("$2b$")));
    QVERIFY(!model->index(0, 0).data(TableDataModel::IsMaskedRole).toBool());
    model->setMasked(password, false);
    QVERIFY(cell.data().toString().startsWith(QLatin1String("$2b$")));
}

void TestTableDataModel::nullsAndTimestamps()
{
    TestedModel model(*m_session, m_catalog, QStringLiteral("sortnull"));
    QVERIFY(waitIdle(*model));
    const QModelIndex nullCell = model->index(2, 1); // id 3: 3 % 3 == 0
    QCOMPARE(nullCell.data().toString(), QStringLiteral("NULL"));
    QVERIFY(nullCell.data(TableDataModel::IsNullRole).toBool());
    QVERIFY(!model->index(0, 1).data(TableDataModel::IsNullRole).toBool());
    QCOMPARE(model->index(0, 1).data(TableDataModel::ColumnTypeRole).toString(), QStringLiteral("integer"));

    TestedModel users(*m_session, m_catalog, QStringLiteral("users"));
    QVERIFY(waitIdle(*users));
    const QString created = users->index(0, column(*users, QStringLiteral("created_at"))).data().toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")).match(created).hasMatch(),
        qPrintable(created));
}

void TestTableDataModel::tableWithoutKeyIsReadOnly()
{
    TestedModel model(*m_session, m_catalog, QStringLiteral("nopk"));
    QVERIFY(!model->isEditable());
    QVERIFY(model->readOnlyReason().contains(QLatin1String("no primary key")));
    model->setPageSize(2); // read across a page boundary with the ctid keyset
    QVERIFY(loadAll(*model));
    QCOMPARE(columnValues(*model, QStringLiteral("a")), (QStringList {"1", "2", "2"}));
    QVERIFY(!(model->index(0, 0).flags() & Qt::ItemIsEditable));
    QVERIFY(!model->setData(model->index(0, 0), 5));
    QVERIFY(!model->insertRows(model->rowCount(), 1));
}

QTEST_GUILESS_MAIN(TestTableDataModel)
#include "tst_tabledatamodel.moc"
