#include "browser/foreignkeypicker.h"
#include "catalog/schemacatalog.h"
#include "connection/session.h"
#include "table/foreignkeysearch.h"
#include "testcluster.h"
#include "testwait.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QtTest>

// The foreign-key picker offscreen against a real cluster: typing searches on the server, the keyboard
// moves from the search field into the list, Enter or a double click chooses, Cancel chooses nothing.
class TestForeignKeyPicker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void typeThenChooseWithEnter();
    void downMovesIntoTheList();
    void enterRightAfterTypingTakesTheBestMatch();
    void doubleClickChooses();
    void showsTheCurrentValue();
    void cancelChoosesNothing();
    void onlyForeignKeysGetAPicker();

private:
    std::unique_ptr<ForeignKeyPicker> openPicker(const QVariant &currentKey = {});
    static bool waitIdle(ForeignKeyPicker &picker);
    static QStringList shownRows(ForeignKeyPicker &picker);
    QString scalar(const QString &sql);

    TestCluster m_fixture;
    std::unique_ptr<Session> m_session;
    std::shared_ptr<const CatalogSnapshot> m_catalog;
    int m_userIdColumn = -1;
};

void TestForeignKeyPicker::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_session = std::make_unique<Session>(m_fixture.profile(), QString(), QStringLiteral("fk picker test"));
    QVERIFY(TestWait::open(*m_session));
    m_catalog = TestWait::result(m_session->call([](PgConnection &db) {
        Error error;
        return std::make_shared<const CatalogSnapshot>(SchemaCatalog::read(db, &error));
    }));
    QVERIFY(m_catalog);
    const TableInfo *messages = m_catalog->findTable(QStringLiteral("messages"));
    QVERIFY(messages);
    for (int c = 0; c < messages->columns.size(); ++c) {
        if (messages->columns.at(c).name == QLatin1String("user_id"))
            m_userIdColumn = c;
    }
    QVERIFY(m_userIdColumn >= 0);
}

std::unique_ptr<ForeignKeyPicker> TestForeignKeyPicker::openPicker(const QVariant &currentKey)
{
    std::unique_ptr<ForeignKeyPicker> picker(ForeignKeyPicker::create(
        m_session.get(), m_catalog, QStringLiteral("messages"), m_userIdColumn, currentKey, nullptr));
    if (picker) {
        picker->show();
        picker->activateWindow();
        if (!QTest::qWaitForWindowExposed(picker.get()))
            qWarning("the picker was not exposed");
    }
    return picker;
}

bool TestForeignKeyPicker::waitIdle(ForeignKeyPicker &picker)
{
    return QTest::qWaitFor([&] { return !picker.searchModel()->isSearching(); }, 20000);
}

QStringList TestForeignKeyPicker::shownRows(ForeignKeyPicker &picker)
{
    auto *list = picker.findChild<QListView *>(QStringLiteral("fkList"));
    QStringList rows;
    for (int row = 0; list && row < list->model()->rowCount(); ++row)
        rows << list->model()->index(row, 0).data().toString();
    return rows;
}

QString TestForeignKeyPicker::scalar(const QString &sql)
{
    const PgResult result = TestWait::result(m_session->run(sql));
    return result.rows.value(0).value(0).toString();
}

void TestForeignKeyPicker::typeThenChooseWithEnter()
{
    auto picker = openPicker();
    QVERIFY(picker);
    auto *search = picker->findChild<QLineEdit *>(QStringLiteral("fkSearch"));
    auto *list = picker->findChild<QListView *>(QStringLiteral("fkList"));
    QVERIFY(search && list);
    QVERIFY(waitIdle(*picker));
    const QString email = scalar(QStringLiteral("SELECT email FROM users WHERE id = 42"));
    QTest::keyClicks(search, email);
    QVERIFY(picker->searchModel()->isSearching());
    QVERIFY(waitIdle(*picker));
    const QStringList rows = shownRows(*picker);
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows.first().contains(email), qPrintable(rows.first()));
    QCOMPARE(list->currentIndex().row(), 0); // the best match is ready for Enter
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(picker->result(), int(QDialog::Accepted));
    QCOMPARE(picker->chosenKey().toString(), QStringLiteral("42"));
}

void TestForeignKeyPicker::downMovesIntoTheList()
{
    auto picker = openPicker();
    QVERIFY(picker);
    auto *search = picker->findChild<QLineEdit *>(QStringLiteral("fkSearch"));
    auto *list = picker->findChild<QListView *>(QStringLiteral("fkList"));
    QTest::keyClicks(search, QStringLiteral("kaito"));
    QVERIFY(waitIdle(*picker));
    const QStringList rows = shownRows(*picker);
    QVERIFY(rows.size() > 3);
    for (const QString &row : rows)
        QVERIFY2(row.contains(QLatin1String("kaito"), Qt::CaseInsensitive), qPrintable(row));
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(list->hasFocus());
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 2);
    const QString expected = list->currentIndex().data(ForeignKeySearch::KeyRole).toString();
    QCOMPARE(expected,
        scalar(QStringLiteral("SELECT id FROM users WHERE username ILIKE '%kaito%' OR email ILIKE '%kaito%' "
                              "ORDER BY username, id OFFSET 2 LIMIT 1")));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(picker->result(), int(QDialog::Accepted));
    QCOMPARE(picker->chosenKey().toString(), expected);
}

void TestForeignKeyPicker::enterRightAfterTypingTakesTheBestMatch()
{
    auto picker = openPicker();
    QVERIFY(picker);
    QVERIFY(waitIdle(*picker));
    auto *search = picker->findChild<QLineEdit *>(QStringLiteral("fkSearch"));
    const QString email = scalar(QStringLiteral("SELECT email FROM users WHERE id = 7"));
    QTest::keyClicks(search, email);
    QTest::keyClick(search, Qt::Key_Enter); // before the pause that sends the search
    QVERIFY(QTest::qWaitFor([&] { return picker->result() == QDialog::Accepted; }, 20000));
    QCOMPARE(picker->chosenKey().toString(), QStringLiteral("7"));
}

void TestForeignKeyPicker::doubleClickChooses()
{
    auto picker = openPicker();
    QVERIFY(picker);
    auto *search = picker->findChild<QLineEdit *>(QStringLiteral("fkSearch"));
    auto *list = picker->findChild<QListView *>(QStringLiteral("fkList"));
    QTest::keyClicks(search, QStringLiteral("kaito"));
    QVERIFY(waitIdle(*picker));
    const QModelIndex second = list->model()->index(1, 0);
    const QPoint centre = list->visualRect(second).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(picker->result(), int(QDialog::Accepted));
    QCOMPARE(picker->chosenKey(), second.data(ForeignKeySearch::KeyRole));
}

void TestForeignKeyPicker::showsTheCurrentValue()
{
    auto picker = openPicker(42);
    QVERIFY(picker);
    auto *current = picker->findChild<QLabel *>(QStringLiteral("fkCurrent"));
    QVERIFY(current);
    const QString username = scalar(QStringLiteral("SELECT username FROM users WHERE id = 42"));
    QTRY_VERIFY2_WITH_TIMEOUT(current->text().contains(username), qPrintable(current->text()), 20000);
    // Searching for it shows it selected, so that Enter keeps the value.
    auto *search = picker->findChild<QLineEdit *>(QStringLiteral("fkSearch"));
    auto *list = picker->findChild<QListView *>(QStringLiteral("fkList"));
    QTest::keyClicks(search, username);
    QVERIFY(waitIdle(*picker));
    QCOMPARE(list->currentIndex().data(ForeignKeySearch::KeyRole).toString(), QStringLiteral("42"));
}

void TestForeignKeyPicker::cancelChoosesNothing()
{
    auto picker = openPicker(1);
    QVERIFY(picker);
    QVERIFY(waitIdle(*picker));
    QTest::keyClick(picker->findChild<QLineEdit *>(QStringLiteral("fkSearch")), Qt::Key_Escape);
    QCOMPARE(picker->result(), int(QDialog::Rejected));
    QVERIFY(picker->chosenKey().isNull());
}

void TestForeignKeyPicker::onlyForeignKeysGetAPicker()
{
    QVERIFY(!ForeignKeyPicker::create(m_session.get(), m_catalog, QStringLiteral("messages"), 0, {}, nullptr));
    QVERIFY(ForeignKeyPicker::choose(m_session.get(), m_catalog, QStringLiteral("users"), 1, {}, nullptr).isNull());
}

QTEST_MAIN(TestForeignKeyPicker)
#include "tst_foreignkeypicker.moc"
