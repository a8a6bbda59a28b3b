#include "table/foreignkeysearch.h"
#include "tablemodeltesting.h"
#include "testcluster.h"

#include <QtTest>

using namespace TableModelTesting;

// ForeignKeySearch against a real server: which rows a foreign key may point at, searched by name, email or
// key with wildcards taken literally, paged until every match is loaded, stale answers dropped.
class TestForeignKeySearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptySearchListsTheFirstPageSorted();
    void searches_data();
    void searches();
    void idSearchFindsTheUser();
    void fetchMoreReachesEveryMatch();
    void staleResultsAreDropped();
    void foreignKeysResolveToUsers_data();
    void foreignKeysResolveToUsers();
    void otherColumnsAreNotSupported();
    void describesTheCurrentKey();

private:
    // A model with its tester; the tester is destroyed first and pulls every page, as a greedy view would.
    struct Tested
    {
        Tested(Session &session, std::shared_ptr<const CatalogSnapshot> catalog, const QString &table, int column)
            : model(std::make_unique<ForeignKeySearch>(&session, std::move(catalog), table, column))
            , tester(std::make_unique<QAbstractItemModelTester>(
                  model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest))
        { }
        ~Tested() { tester.reset(); }
        ForeignKeySearch *operator->() const { return model.get(); }
        std::unique_ptr<ForeignKeySearch> model;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };

    int columnIndex(const QString &table, const QString &column) const;
    static bool waitIdle(ForeignKeySearch &model);
    static bool loadAll(ForeignKeySearch &model);
    static QStringList keys(const ForeignKeySearch &model);
    // The users holding text in username or email (plain substring, no LIKE), or whose id is text.
    QStringList expectedUsers(const QString &text);

    TestCluster m_fixture;
    std::unique_ptr<Session> m_session;
    std::shared_ptr<const CatalogSnapshot> m_catalog;
};

void TestForeignKeySearch::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_session = std::make_unique<Session>(m_fixture.profile(), QString(), QStringLiteral("fk search test"));
    QVERIFY(TestWait::open(*m_session));
    // Names with LIKE's wildcards, and one that the wildcards would match if they were not escaped.
    const PgResult result = TestWait::result(m_session->run(QStringLiteral(
        "INSERT INTO users (email, username) VALUES ('pct@x.test', 'a%b_c'), ('plain@x.test', 'axxbyc'), "
        "('back@x.test', 'back\\slash')")));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    m_catalog = readCatalog(*m_session);
    QVERIFY(m_catalog->findTable(QStringLiteral("public.users")));
}

int TestForeignKeySearch::columnIndex(const QString &table, const QString &column) const
{
    const TableInfo *info = m_catalog->findTable(table);
    for (int c = 0; info && c < info->columns.size(); ++c) {
        if (info->columns.at(c).name == column)
            return c;
    }
    return -1;
}

bool TestForeignKeySearch::waitIdle(ForeignKeySearch &model)
{
    return QTest::qWaitFor([&] { return !model.isSearching(); }, 20000);
}

bool TestForeignKeySearch::loadAll(ForeignKeySearch &model)
{
    if (!waitIdle(model))
        return false;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!waitIdle(model))
            return false;
    }
    return true;
}

QStringList TestForeignKeySearch::keys(const ForeignKeySearch &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, 0).data(ForeignKeySearch::KeyRole).toString();
    return list;
}

QStringList TestForeignKeySearch::expectedUsers(const QString &text)
{
    return serverColumn(*m_session,
        QStringLiteral("SELECT id::text AS key FROM users WHERE strpos(lower(username), lower($1)) > 0 "
                       "OR strpos(lower(email), lower($1)) > 0 OR id::text = $1 ORDER BY username, id"),
        {text});
}

void TestForeignKeySearch::emptySearchListsTheFirstPageSorted()
{
    // Without the tester, which would pull every page.
    ForeignKeySearch model(m_session.get(), m_catalog, QStringLiteral("messages"),
        columnIndex(QStringLiteral("messages"), QStringLiteral("user_id")));
    QVERIFY(model.isValid());
    QSignalSpy finished(&model, &ForeignKeySearch::searchFinished);
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    QCOMPARE(finished.first().first().toInt(), model.pageSize());
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(keys(model),
        serverColumn(*m_session, QStringLiteral("SELECT id::text AS key FROM users ORDER BY username, id LIMIT 100")));
    const QString first = serverValue(*m_session,
        QStringLiteral("SELECT username || ' — ' || email || ' (id ' || id || ')' FROM users ORDER BY username, id "
                       "LIMIT 1"));
    QCOMPARE(model.index(0, 0).data().toString(), first);
}

void TestForeignKeySearch::searches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expectedAtLeast");
    QTest::newRow("username") << "kaito" << 10;
    QTest::newRow("username, other case") << "KAITO_ito" << 1;
    QTest::newRow("email domain") << "saytruth.dev" << 100;
    QTest::newRow("whole email") << "pct@x.test" << 1;
    QTest::newRow("percent is literal") << "%" << 1;
    QTest::newRow("underscore is literal") << "b_c" << 1;
    QTest::newRow("backslash is literal") << "k\\s" << 1;
    QTest::newRow("no match") << "zzzqqq" << 0;
}

void TestForeignKeySearch::searches()
{
    QFETCH(QString, text);
    QFETCH(int, expectedAtLeast);
    Tested model(*m_session, m_catalog, QStringLiteral("messages"),
        columnIndex(QStringLiteral("messages"), QStringLiteral("user_id")));
    model->setPageSize(17); // so that the matches span several pages
    model->setSearchText(text);
    QVERIFY(loadAll(*model.model));
    const QStringList expected = expectedUsers(text);
    QVERIFY2(expected.size() >= expectedAtLeast, qPrintable(QString::number(expected.size())));
    QCOMPARE(keys(*model.model), expected);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString shown = model->index(row, 0).data().toString();
        QVERIFY2(shown.contains(text, Qt::CaseInsensitive), qPrintable(shown));
    }
}

void TestForeignKeySearch::idSearchFindsTheUser()
{
    Tested model(*m_session, m_catalog, QStringLiteral("messages"),
        columnIndex(QStringLiteral("messages"), QStringLiteral("user_id")));
    model->setSearchText(QStringLiteral("42"));
    QVERIFY(loadAll(*model.model));
    QCOMPARE(keys(*model.model), expectedUsers(QStringLiteral("42")));
    const int row = model->rowOfKey(42);
    QVERIFY(row >= 0);
    const QModelIndex index = model->index(row, 0);
    const QString username = serverValue(*m_session, QStringLiteral("SELECT username FROM users WHERE id = 42"));
    QCOMPARE(index.data(ForeignKeySearch::LabelRole).toString(), username);
    QVERIFY(index.data().toString().endsWith(QStringLiteral("(id 42)")));
    QVERIFY(index.data(ForeignKeySearch::DetailRole).toString().endsWith(QStringLiteral("id 42")));
}

void TestForeignKeySearch::fetchMoreReachesEveryMatch()
{
    // Without the tester, to see the pages arrive one by one.
    ForeignKeySearch model(m_session.get(), m_catalog, QStringLiteral("messages"),
        columnIndex(QStringLiteral("messages"), QStringLiteral("user_id")));
    model.setSearchText(QStringLiteral("a"));
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), model.pageSize());
    const QStringList expected = expectedUsers(QStringLiteral("a"));
    QVERIFY(expected.size() > 5 * model.pageSize());
    int pages = 1;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(waitIdle(model));
        ++pages;
    }
    QCOMPARE(model.rowCount(), int(expected.size()));
    QCOMPARE(keys(model), expected);
    QCOMPARE(pages, int((expected.size() + model.pageSize() - 1) / model.pageSize()));
}

void TestForeignKeySearch::staleResultsAreDropped()
{
    Tested model(*m_session, m_catalog, QStringLiteral("messages"),
        columnIndex(QStringLiteral("messages"), QStringLiteral("user_id")));
    model->setPageSize(500); // one page for every match: searchFinished once per search
    QVERIFY(waitIdle(*model.model));
    QSignalSpy finished(model.model.get(), &ForeignKeySearch::searchFinished);
    model->setSearchText(QStringLiteral("a"));
    model->searchNow(); // sent: its answer comes back after the next search was sent
    model->setSearchText(QStringLiteral("kaito"));
    model->searchNow();
    QVERIFY(waitIdle(*model.model));
    QTest::qWait(100); // room for a late answer to show up, if it were not dropped
    const QStringList expected = expectedUsers(QStringLiteral("kaito"));
    QVERIFY(expected.size() < model->pageSize());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), int(expected.size()));
    QCOMPARE(keys(*model.model), expected);
}

void TestForeignKeySearch::foreignKeysResolveToUsers_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::newRow("messages.user_id") << "messages"
                                      << "user_id";
    QTest::newRow("links.user_id") << "links"
                                   << "user_id";
    QTest::newRow("follows.follower_id") << "follows"
                                         << "follower_id";
    QTest::newRow("follows.following_id") << "public.follows"
                                          << "following_id";
}

void TestForeignKeySearch::foreignKeysResolveToUsers()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    const int index = columnIndex(table, column);
    QVERIFY(index >= 0);
    QVERIFY(ForeignKeySearch::isSupported(*m_catalog, table, index));
    Tested model(*m_session, m_catalog, table, index);
    QVERIFY(model->isValid());
    QCOMPARE(model->referencedTable(), QStringLiteral("public.users"));
    QCOMPARE(model->keyColumn(), QStringLiteral("id"));
    QCOMPARE(model->displayColumns(), (QStringList {QStringLiteral("username"), QStringLiteral("email")}));
    model->setSearchText(QStringLiteral("kaito"));
    QVERIFY(loadAll(*model.model));
    QCOMPARE(keys(*model.model), expectedUsers(QStringLiteral("kaito")));
}

void TestForeignKeySearch::otherColumnsAreNotSupported()
{
    const QString messages = QStringLiteral("messages");
    QVERIFY(!ForeignKeySearch::isSupported(*m_catalog, messages, columnIndex(messages, QStringLiteral("id"))));
    QVERIFY(!ForeignKeySearch::isSupported(*m_catalog, messages, columnIndex(messages, QStringLiteral("content"))));
    QVERIFY(!ForeignKeySearch::isSupported(*m_catalog, messages, 99));
    QVERIFY(!ForeignKeySearch::isSupported(*m_catalog, QStringLiteral("nosuchtable"), 0));
    ForeignKeySearch model(m_session.get(), m_catalog, messages, columnIndex(messages, QStringLiteral("content")));
    QVERIFY(!model.isValid());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isSearching()); // nothing to search, so nothing is sent
}

void TestForeignKeySearch::describesTheCurrentKey()
{
    ForeignKeySearch model(m_session.get(), m_catalog, QStringLiteral("links"),
        columnIndex(QStringLiteral("links"), QStringLiteral("user_id")));
    QSignalSpy described(&model, &ForeignKeySearch::described);
    model.describe(42);
    model.describe(999999);
    QVERIFY(QTest::qWaitFor([&] { return described.count() == 2; }, 20000));
    const QString expected = serverValue(
        *m_session, QStringLiteral("SELECT username || ' — ' || email || ' (id 42)' FROM users WHERE id = 42"));
    QCOMPARE(described.at(0).at(1).toString(), expected);
    QCOMPARE(described.at(1).at(1).toString(), QString());
}

QTEST_GUILESS_MAIN(TestForeignKeySearch)
#include "tst_foreignkeysearch.moc"
