#include "connection/writelock.h"
#include "tablemodeltesting.h"
#include "testcluster.h"

#include <QtTest>

using namespace TableModelTesting;

// TableDataModel's edit path against a real server: buffered edits saved in one transaction, constraint
// errors in words with nothing half-applied, conflicts with other writers, and production read-only locks.
class TestTableDataEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void updateIsSavedWithReviewableSql();
    void insertLetsTheServerFillDefaults();
    void deleteFollow();
    void revertDropsEverything();
    void uniqueViolationNamesTheOtherRow();
    void saveErrorsInWords_data();
    void saveErrorsInWords();
    void deletingAReferencedUserSaysWhy();
    void concurrentUpdateIsAConflict();
    void concurrentDeleteIsAConflict();
    void productionIsLockedUntilUnlocked();

private:
    std::unique_ptr<TestedModel> loaded(const QString &table, const QList<ColumnFilter> &filters = {});
    SaveFailure saveExpectingFailure(TableDataModel &model);

    TestCluster m_fixture;
    std::unique_ptr<Session> m_session; // the model's
    std::unique_ptr<Session> m_other; // someone else, and the test's view of the database
    std::shared_ptr<const CatalogSnapshot> m_catalog;
};

void TestTableDataEdits::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_session = std::make_unique<Session>(m_fixture.profile(), QString(), QStringLiteral("browser"));
    m_other = std::make_unique<Session>(m_fixture.profile(), QString(), QStringLiteral("other"));
    QVERIFY(TestWait::open(*m_session));
    QVERIFY(TestWait::open(*m_other));
    m_catalog = readCatalog(*m_session);
}

std::unique_ptr<TestedModel> TestTableDataEdits::loaded(const QString &table, const QList<ColumnFilter> &filters)
{
    auto model = std::make_unique<TestedModel>(*m_session, m_catalog, table);
    if (!filters.isEmpty())
        (*model)->setFilters(filters);
    waitIdle(**model);
    return model;
}

SaveFailure TestTableDataEdits::saveExpectingFailure(TableDataModel &model)
{
    QSignalSpy failed(&model, &TableDataModel::saveFailed);
    model.save();
    if (!failed.wait(20000))
        return {};
    return failed.first().first().value<SaveFailure>();
}

static ColumnFilter idIs(const QVariant &id)
{
    return ColumnFilter {0, ColumnFilter::Op::Equals, id, {}};
}

void TestTableDataEdits::updateIsSavedWithReviewableSql()
{
    auto model = loaded(QStringLiteral("users"), {idIs(5)});
    const int username = column(**model, QStringLiteral("username"));
    const QModelIndex cell = (*model)->index(0, username);
    QVERIFY((*model)->setData(cell, QStringLiteral("renamed_five")));
    QCOMPARE(cell.data().toString(), QStringLiteral("renamed_five"));
    QCOMPARE(cell.data(TableDataModel::RowStateRole).toInt(), int(RowState::Modified));
    QVERIFY((*model)->hasPendingChanges());
    const QList<PendingChange> changes = (*model)->pendingChanges();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].columns, QStringList {QStringLiteral("username")});
    QCOMPARE(changes[0].after.value(0).toString(), QStringLiteral("renamed_five"));
    QVERIFY2(changes[0].sql.startsWith(
                 QLatin1String(R"(UPDATE "public"."users" SET "username" = $1 WHERE "id" = $2 AND xmin = $3)")),
        qPrintable(changes[0].sql));
    QCOMPARE(changes[0].binds.value(1).toString(), QStringLiteral("5"));
    QSignalSpy saved(model->model.get(), &TableDataModel::saved);
    (*model)->save();
    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.first().first().toInt(), 1);
    QVERIFY(!(*model)->hasPendingChanges());
    QCOMPARE(cell.data(TableDataModel::RowStateRole).toInt(), int(RowState::Clean));
    QCOMPARE(serverValue(*m_other, QStringLiteral("SELECT username FROM users WHERE id = 5")),
        QStringLiteral("renamed_five"));
    // Saved again from the refreshed row (new xmin): no false conflict.
    QVERIFY((*model)->setData(cell, QStringLiteral("renamed_again")));
    (*model)->save();
    QVERIFY(saved.wait(20000));
}

void TestTableDataEdits::insertLetsTheServerFillDefaults()
{
    auto model = loaded(QStringLiteral("users"), {idIs(-1)});
    QVERIFY((*model)->insertRows((*model)->rowCount(), 1));
    QCOMPARE((*model)->index(0, 0).data(TableDataModel::RowStateRole).toInt(), int(RowState::Inserted));
    QCOMPARE((*model)->index(0, 0).data().toString(), QStringLiteral("DEFAULT"));
    QVERIFY((*model)->setData((*model)->index(0, column(**model, QStringLiteral("email"))), "new@x.test"));
    QVERIFY((*model)->setData((*model)->index(0, column(**model, QStringLiteral("username"))), "newbie"));
    QSignalSpy saved(model->model.get(), &TableDataModel::saved);
    (*model)->save();
    QVERIFY(saved.wait(20000));
    const QString id = (*model)->index(0, 0).data().toString();
    QVERIFY(id.toInt() > 1000);
    QVERIFY(
        !(*model)->index(0, column(**model, QStringLiteral("created_at"))).data(TableDataModel::IsNullRole).toBool());
    QCOMPARE(serverValue(*m_other, QStringLiteral("SELECT username FROM users WHERE id = %1").arg(id)),
        QStringLiteral("newbie"));
}

void TestTableDataEdits::deleteFollow()
{
    auto model = loaded(QStringLiteral("follows"));
    const QString follower = (*model)->index(0, 0).data().toString();
    const QString following = (*model)->index(0, 1).data().toString();
    QVERIFY((*model)->removeRows(0, 1));
    QCOMPARE((*model)->index(0, 0).data(TableDataModel::RowStateRole).toInt(), int(RowState::Deleted));
    QSignalSpy saved(model->model.get(), &TableDataModel::saved);
    (*model)->save();
    QVERIFY(saved.wait(20000));
    QCOMPARE(serverValue(*m_other,
                 QStringLiteral("SELECT count(*) FROM follows WHERE follower_id = %1 AND following_id = %2")
                     .arg(follower, following)),
        QStringLiteral("0"));
}

void TestTableDataEdits::revertDropsEverything()
{
    auto model = loaded(QStringLiteral("users"), {idIs(7)});
    const QString before = (*model)->index(0, 2).data().toString();
    QVERIFY((*model)->setData((*model)->index(0, 2), QStringLiteral("changed")));
    QVERIFY((*model)->insertRows(1, 1));
    QVERIFY((*model)->removeRows(0, 1));
    QVERIFY((*model)->hasPendingChanges());
    (*model)->revert();
    QVERIFY(!(*model)->hasPendingChanges());
    QCOMPARE((*model)->rowCount(), 1);
    QCOMPARE((*model)->index(0, 2).data().toString(), before);
}

void TestTableDataEdits::uniqueViolationNamesTheOtherRow()
{
    auto model = loaded(QStringLiteral("users"), {ColumnFilter {0, ColumnFilter::Op::Between, 10, 12}});
    const int email = column(**model, QStringLiteral("email"));
    const int username = column(**model, QStringLiteral("username"));
    const QString taken = serverValue(*m_other, QStringLiteral("SELECT email FROM users WHERE id = 42"));
    // A valid change first, then the bad one: neither may reach the database.
    QVERIFY((*model)->setData((*model)->index(0, username), QStringLiteral("should_not_stick")));
    QVERIFY((*model)->setData((*model)->index(1, email), taken));
    const SaveFailure failure = saveExpectingFailure(**model);
    QCOMPARE(failure.error.sqlState, QStringLiteral("23505"));
    QCOMPARE(failure.plainWords, QStringLiteral("This email is already used by user 42."));
    QCOMPARE(failure.row, 1);
    QCOMPARE(failure.column, email);
    QCOMPARE((*model)->index(1, 0).data(TableDataModel::ErrorRole).toString(), failure.plainWords);
    QVERIFY(serverValue(*m_other, QStringLiteral("SELECT username FROM users WHERE id = 10"))
        != QLatin1String("should_not_stick"));
    QVERIFY((*model)->hasPendingChanges());
    QCOMPARE((*model)->pendingChanges().size(), 2);
    QCOMPARE((*model)->index(1, email).data().toString(), taken);
}

void TestTableDataEdits::saveErrorsInWords_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("columnName");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("insert");
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<QString>("words");
    QTest::newRow("foreign key") << "messages"
                                 << "user_id" << QVariant(999999) << true << "23503"
                                 << "There is no user with id 999999.";
    QTest::newRow("check") << "links"
                           << "visibility" << QVariant("secret") << false << "23514"
                           << "visibility must be public or private (rule links_visibility_check).";
    QTest::newRow("not null") << "messages"
                              << "user_id" << QVariant() << false << "23502"
                              << "user_id is required.";
    QTest::newRow("invalid integer") << "messages"
                                     << "user_id" << QVariant("abc") << false << "22P02"
                                     << "'abc' is not a valid integer for user_id.";
    QTest::newRow("invalid timestamp") << "messages"
                                       << "created_at" << QVariant("yesterday-ish") << false << "22007"
                                       << "'yesterday-ish' is not a valid date/time for created_at.";
}

void TestTableDataEdits::saveErrorsInWords()
{
    QFETCH(QString, table);
    QFETCH(QString, columnName);
    QFETCH(QVariant, value);
    QFETCH(bool, insert);
    QFETCH(QString, sqlState);
    QFETCH(QString, words);
    auto model = loaded(table, {idIs(insert ? -1 : 3)});
    if (insert)
        QVERIFY((*model)->insertRows(0, 1));
    QVERIFY((*model)->setData((*model)->index(0, column(**model, columnName)), value));
    const SaveFailure failure = saveExpectingFailure(**model);
    QCOMPARE(failure.error.sqlState, sqlState);
    QCOMPARE(failure.plainWords, words);
    QCOMPARE(failure.column, column(**model, columnName));
    QVERIFY((*model)->hasPendingChanges());
}

void TestTableDataEdits::deletingAReferencedUserSaysWhy()
{
    // User 3 keeps only their messages, so the messages foreign key is the one that stops the delete.
    for (const char *sql : {"DELETE FROM follows WHERE follower_id = 3 OR following_id = 3",
             "DELETE FROM links WHERE user_id = 3", "INSERT INTO messages (user_id, content) VALUES (3, 'hi')"})
        QVERIFY(TestWait::result(m_other->run(QString::fromLatin1(sql))).ok());
    auto model = loaded(QStringLiteral("users"), {idIs(3)});
    QVERIFY((*model)->removeRows(0, 1));
    const SaveFailure failure = saveExpectingFailure(**model);
    QCOMPARE(failure.error.sqlState, QStringLiteral("23503"));
    QCOMPARE(failure.plainWords,
        QStringLiteral("This user still has messages (messages.user_id); delete or move those first."));
    QCOMPARE(serverValue(*m_other, QStringLiteral("SELECT count(*) FROM users WHERE id = 3")), QStringLiteral("1"));
}

void TestTableDataEdits::concurrentUpdateIsAConflict()
{
    auto model = loaded(QStringLiteral("users"), {idIs(20)});
    const int username = column(**model, QStringLiteral("username"));
    QVERIFY(TestWait::result(m_other->run(QStringLiteral("UPDATE users SET username = 'theirs' WHERE id = 20"))).ok());
    QVERIFY((*model)->setData((*model)->index(0, username), QStringLiteral("mine")));
    QSignalSpy conflict(model->model.get(), &TableDataModel::conflict);
    (*model)->save();
    QVERIFY(conflict.wait(20000));
    QCOMPARE(conflict.first().at(0).toInt(), 0);
    QCOMPARE(conflict.first().at(1).toMap().value(QStringLiteral("username")).toString(), QStringLiteral("theirs"));
    QVERIFY(!(*model)->index(0, 0).data(TableDataModel::ErrorRole).toString().isEmpty());
    QCOMPARE(
        serverValue(*m_other, QStringLiteral("SELECT username FROM users WHERE id = 20")), QStringLiteral("theirs"));
    QVERIFY((*model)->hasPendingChanges());
}

void TestTableDataEdits::concurrentDeleteIsAConflict()
{
    auto model = loaded(QStringLiteral("links"), {idIs(30)});
    QCOMPARE((*model)->rowCount(), 1);
    QVERIFY(TestWait::result(m_other->run(QStringLiteral("DELETE FROM links WHERE id = 30"))).ok());
    QVERIFY((*model)->setData((*model)->index(0, column(**model, QStringLiteral("url"))), "https://x.test"));
    QSignalSpy conflict(model->model.get(), &TableDataModel::conflict);
    (*model)->save();
    QVERIFY(conflict.wait(20000));
    QVERIFY(conflict.first().at(1).toMap().isEmpty());
    QVERIFY(conflict.first().at(2).toString().contains(QLatin1String("deleted")));
}

void TestTableDataEdits::productionIsLockedUntilUnlocked()
{
    ConnectionProfile profile = m_fixture.profile();
    profile.kind = ConnectionProfile::Kind::Production;
    Session production(profile, QString(), QStringLiteral("prod browser"));
    QVERIFY(TestWait::open(production));
    TestedModel model(production, m_catalog, QStringLiteral("users"));
    model->setFilters({idIs(50)});
    QVERIFY(waitIdle(*model));
    const QModelIndex cell = model->index(0, column(*model, QStringLiteral("username")));
    QVERIFY(model->writesLocked());
    QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
    QVERIFY(!model->setData(cell, QStringLiteral("nope")));
    // Edit while unlocked, lock again, save: the server refuses (the model does not need to).
    QVERIFY(model->writeLock()->unlock(QStringLiteral("testing")));
    QVERIFY(model->setData(cell, QStringLiteral("prod_edit")));
    model->writeLock()->lock();
    const SaveFailure failure = saveExpectingFailure(*model);
    QCOMPARE(failure.error.sqlState, QStringLiteral("25006"));
    QVERIFY2(failure.plainWords.contains(QLatin1String("read-only")), qPrintable(failure.plainWords));
    QVERIFY(model->hasPendingChanges());
    QVERIFY(model->writeLock()->unlock(QStringLiteral("testing")));
    QSignalSpy saved(model.model.get(), &TableDataModel::saved);
    model->save();
    QVERIFY(saved.wait(20000));
    QCOMPARE(
        serverValue(*m_other, QStringLiteral("SELECT username FROM users WHERE id = 50")), QStringLiteral("prod_edit"));
}

QTEST_GUILESS_MAIN(TestTableDataEdits)
#include "tst_tabledataedits.moc"
