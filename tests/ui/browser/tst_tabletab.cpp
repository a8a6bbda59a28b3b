#include "browser/filterbar.h"
#include "browser/foreignkeypicker.h"
#include "browser/rowdetailpanel.h"
#include "browser/tableitemdelegate.h"
#include "browser/tabletab.h"
#include "common/writelockbutton.h"
#include "connection/writelock.h"
#include "console/consoletab.h"
#include "console/queryrunner.h"
#include "database/databaseconnection.h"
#include "dialoganswer.h"
#include "settings/preferences.h"
#include "table/foreignkeysearch.h"
#include "table/tabledatamodel.h"
#include "table/tableexport.h"
#include "testcluster.h"
#include "testwait.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The table browser tab offscreen against a real cluster: browse, filter, edit a cell and save, errors in
// words, production read-only until unlocked with an audit entry.
class TestTableTab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void browsesTheFirstPage();
    void scrollbarDropShowsThatPartOfTheTable();
    void goesToAKey();
    void foreignKeysAndSecretsAreShownRight();
    void checkConstraintOffersChoices();
    void editsACellAndSaves();
    void uniqueViolationIsSaidInWords();
    void filtersOnTheServer();
    void productionIsReadOnlyUntilUnlocked();
    void copiesAndPastes();
    void offersRelatedRows();
    void foreignKeyIsPickedByName();
    void exportsTheFilteredTable();
    void conflictShowsBothVersions();
    void unlockingOneTabLeavesOthersLocked();
    void failedSaveIsNeverAudited();
    void tableAndConsoleShowTheLockAlike();
    void followsThePreferences();
    void keysWorkInTheTab();

private:
    TableTab *open(const QString &table, bool production = false);
    // Answers the next review dialog with Save, typing the reason first where production asks one; *script
    // gets the script the dialog showed.
    static DialogAnswer::Handle approveReview(const QString &reason = {}, QString *script = nullptr);
    QByteArray auditLog() const;
    QString scalar(const QString &sql);

    TestCluster m_fixture;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::unique_ptr<TableTab> m_tab;
};

void TestTableTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
}

void TestTableTab::cleanup()
{
    // What the case armed and did not use goes now, before it can answer the next case's dialog; the case
    // fails for it once the rest is cleaned up.
    const QStringList unused = DialogAnswer::reset();
    Preferences::shared()->setValues(Preferences::Values {});
    m_tab.reset();
    m_connection.reset();
    QVERIFY2(unused.isEmpty(), qPrintable(unused.join(QLatin1Char('\n'))));
}

TableTab *TestTableTab::open(const QString &table, bool production)
{
    ConnectionProfile profile = m_fixture.profile();
    if (production) {
        profile.kind = ConnectionProfile::Kind::Production;
        profile.demo = false;
        profile.name = QStringLiteral("prod test");
    }
    m_connection = std::make_unique<DatabaseConnection>(profile, QString());
    QSignalSpy loaded(m_connection->catalog(), &SchemaCatalog::loaded);
    m_connection->open();
    if (!QTest::qWaitFor([&] { return loaded.count() > 0; }, 20000))
        return nullptr;
    m_tab = std::make_unique<TableTab>(m_connection.get(), table);
    m_tab->resize(1200, 700);
    m_tab->show();
    if (!QTest::qWaitFor([this] { return m_tab->model()->rowCount() > 0; }, 20000))
        return nullptr;
    return m_tab.get();
}

QString TestTableTab::scalar(const QString &sql)
{
    return TestWait::result(m_connection->session()->run(sql)).rows.value(0).value(0).toString();
}

void TestTableTab::browsesTheFirstPage()
{
    TableTab *tab = open(QStringLiteral("public.users"));
    QVERIFY(tab);
    QVERIFY(tab->model()->rowCount() >= 990); // the whole table under the scrollbar...
    QTRY_VERIFY_WITH_TIMEOUT(!tab->model()->isLoading(), 10000);
    QVERIFY(tab->model()->loadedRowCount() < 1000); // ...but only what is shown is read
    QCOMPARE(tab->model()->index(0, 2).data().toString(), QStringLiteral("kaito_tanaka"));
    QVERIFY2(tab->findChild<QLabel *>(QStringLiteral("tableStatus"))->text().contains(QLatin1String("1,000")),
        qPrintable(tab->findChild<QLabel *>(QStringLiteral("tableStatus"))->text()));
}

void TestTableTab::scrollbarDropShowsThatPartOfTheTable()
{
    TableTab *tab = open(QStringLiteral("public.messages"));
    QVERIFY(tab);
    QScrollBar *bar = tab->view()->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 19000, 10000); // the whole table, not the first page
    bar->setValue(bar->maximum() / 2); // what dropping the thumb in the middle does
    const int top = tab->view()->rowAt(0);
    QVERIFY(top > 9000 && top < 11000);
    // The view asks for what it paints; the rows arrive without anything else being done.
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->isRowLoaded(top) && tab->model()->isRowLoaded(top + 10), 10000);
    QStringList shown;
    for (int row = top; row <= top + 10; ++row)
        shown << tab->model()->index(row, 0).data().toString();
    const PgResult order = TestWait::result(
        m_connection->session()->run(QStringLiteral("SELECT id::text AS shown FROM messages ORDER BY id")));
    QStringList server;
    for (const QVariantList &row : order.rows)
        server << row.value(0).toString();
    const qsizetype at = server.indexOf(shown.first());
    QCOMPARE(shown, server.mid(at, shown.size()));
    QVERIFY2(qAbs(at - top) < 400, qPrintable(QStringLiteral("%1 vs %2").arg(at).arg(top)));
    QVERIFY(tab->model()->headerData(top, Qt::Vertical).toString().startsWith(QStringLiteral("≈")));
    QVERIFY(tab->model()->loadedPageCount() <= 4);
    if (const QString dir = qEnvironmentVariable("SAYTRUTH_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(200);
        tab->grab().save(dir + QStringLiteral("/table-middle.png"));
    }
    // Last rows: the end, read backwards.
    tab->findChild<QAction *>(QStringLiteral("jumpToEndAction"))->trigger();
    QCOMPARE(tab->view()->currentIndex().row(), tab->model()->rowCount() - 1);
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->isRowLoaded(tab->model()->rowCount() - 1), 10000);
    QCOMPARE(tab->model()->index(tab->model()->rowCount() - 1, 0).data().toString(), server.last());
}

void TestTableTab::goesToAKey()
{
    TableTab *tab = open(QStringLiteral("public.messages"));
    QVERIFY(tab);
    const auto asked = DialogAnswer::next(QStringLiteral("Go to key"), [](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("12345"));
        input->accept();
    });
    tab->findChild<QAction *>(QStringLiteral("goToKeyAction"))->trigger();
    QVERIFY2(asked->answered(), qPrintable(asked->report()));
    QTRY_VERIFY_WITH_TIMEOUT(tab->view()->currentIndex().isValid()
            && tab->model()->isRowLoaded(tab->view()->currentIndex().row())
            && tab->view()->currentIndex().siblingAtColumn(0).data().toString() == QLatin1String("12345"),
        10000);
    QCOMPARE(tab->detailPanel()->findChild<QWidget *>(QStringLiteral("detail_id"))->property("plainText").toString(),
        QStringLiteral("12345"));
}

void TestTableTab::foreignKeysAndSecretsAreShownRight()
{
    TableTab *tab = open(QStringLiteral("public.users"));
    QVERIFY(tab);
    QVERIFY(tab->model()->index(0, 3).data(TableDataModel::IsMaskedRole).toBool()); // hashed_password
    m_tab.reset();
    tab = open(QStringLiteral("public.messages"));
    QVERIFY(tab);
    QTRY_VERIFY_WITH_TIMEOUT(
        !tab->model()->index(0, 1).data(TableDataModel::ForeignDisplayRole).toString().isEmpty(), 10000);
}

void TestTableTab::checkConstraintOffersChoices()
{
    TableTab *tab = open(QStringLiteral("public.links"));
    QVERIFY(tab);
    auto *delegate = qobject_cast<TableItemDelegate *>(tab->view()->itemDelegate());
    QVERIFY(delegate);
    QCOMPARE(delegate->choicesFor(3), (QStringList {QStringLiteral("public"), QStringLiteral("private")}));
    const QModelIndex visibility = tab->model()->index(0, 3);
    tab->view()->setCurrentIndex(visibility);
    tab->view()->edit(visibility);
    auto *combo = tab->view()->findChild<QComboBox *>(QStringLiteral("choiceEditor"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
}

void TestTableTab::editsACellAndSaves()
{
    TableTab *tab = open(QStringLiteral("public.users"));
    QVERIFY(tab);
    QString script;
    const auto reviewed = approveReview({}, &script);
    const QModelIndex username = tab->model()->index(1, 2);
    tab->view()->setCurrentIndex(username);
    tab->view()->edit(username);
    auto *editor = tab->view()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("edited_by_support"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(tab->model()->index(1, 2).data().toString(), QStringLiteral("edited_by_support"));
    QVERIFY(tab->model()->hasPendingChanges());
    QSignalSpy saved(tab->model(), &TableDataModel::saved);
    QVERIFY(tab->save());
    QVERIFY2(reviewed->answered(), qPrintable(reviewed->report()));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QVERIFY2(script.startsWith(QLatin1String("BEGIN;\nUPDATE ")), qPrintable(script)); // development: plain BEGIN
    QCOMPARE(scalar(QStringLiteral("SELECT username FROM users WHERE id = %1")
                        .arg(tab->model()->index(1, 0).data().toString())),
        QStringLiteral("edited_by_support"));
}

void TestTableTab::uniqueViolationIsSaidInWords()
{
    TableTab *tab = open(QStringLiteral("public.users"));
    QVERIFY(tab);
    const auto reviewed = approveReview();
    const QString taken = tab->model()->index(0, 1).data().toString();
    QVERIFY(tab->model()->setData(tab->model()->index(2, 1), taken));
    QSignalSpy failed(tab->model(), &TableDataModel::saveFailed);
    QVERIFY(tab->save());
    QVERIFY2(reviewed->answered(), qPrintable(reviewed->report()));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const QString message = tab->messageLabel()->text();
    QVERIFY2(message.startsWith(QLatin1String("Nothing was saved")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("email")), qPrintable(message));
    QVERIFY(tab->model()->hasPendingChanges()); // the edit is still there
}

void TestTableTab::filtersOnTheServer()
{
    TableTab *tab = open(QStringLiteral("public.links"));
    QVERIFY(tab);
    ColumnFilter filter;
    filter.column = 3;
    filter.op = ColumnFilter::Op::Equals;
    filter.value = QStringLiteral("private");
    tab->filterBar()->addFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(
        tab->model()->rowCount() > 0 && tab->model()->index(0, 3).data().toString() == QLatin1String("private"), 10000);
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        tab->model()->fetchRows(row, row);
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->isRowLoaded(row) || row >= tab->model()->rowCount(), 10000);
        if (row < tab->model()->rowCount())
            QCOMPARE(tab->model()->index(row, 3).data().toString(), QStringLiteral("private"));
    }
}

void TestTableTab::productionIsReadOnlyUntilUnlocked()
{
    TableTab *tab = open(QStringLiteral("public.follows"), true);
    QVERIFY(tab);
    QVERIFY(!tab->findChild<QAction *>(QStringLiteral("deleteRowsAction"))->isEnabled());
    QVERIFY(!(tab->model()->flags(tab->model()->index(0, 0)) & Qt::ItemIsEditable));
    tab->setWritesUnlocked(true, QStringLiteral("ticket 7: remove spam follows"));
    QTRY_VERIFY(tab->findChild<QAction *>(QStringLiteral("deleteRowsAction"))->isEnabled());
    const QString follower = tab->model()->index(0, 0).data().toString();
    const QString following = tab->model()->index(0, 1).data().toString();
    tab->view()->selectRow(0);
    tab->deleteSelectedRows();
    QSignalSpy saved(tab->model(), &TableDataModel::saved);
    QString script;
    const auto reviewed = approveReview(QStringLiteral("ticket 7: remove spam follows"), &script);
    QVERIFY(tab->save());
    QVERIFY2(reviewed->answered(), qPrintable(reviewed->report()));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    // The review shows what really ran: this tab's unlocked transaction.
    QVERIFY2(script.startsWith(QLatin1String("BEGIN READ WRITE;\nDELETE FROM")), qPrintable(script));
    QVERIFY(script.endsWith(QLatin1String("COMMIT;\n")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM follows WHERE follower_id = %1 AND following_id = %2")
                        .arg(follower, following)),
        QStringLiteral("0"));
    const QByteArray log = auditLog();
    QVERIFY(log.contains("ticket 7: remove spam follows"));
    QVERIFY(log.contains("\"change\":\"delete\""));
    QVERIFY(log.contains("public.follows") || log.contains("follows"));
}

void TestTableTab::copiesAndPastes()
{
    TableTab *tab = open(QStringLiteral("public.users"));
    QVERIFY(tab);
    QItemSelectionModel *selection = tab->view()->selectionModel();
    selection->select(
        QItemSelection(tab->model()->index(0, 0), tab->model()->index(1, 3)), QItemSelectionModel::Select);
    const QStringList lines = tab->selectionAsText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList first = lines.first().split(QLatin1Char('\t'));
    QCOMPARE(first.size(), 4);
    QCOMPARE(first[0], QStringLiteral("1"));
    QCOMPARE(first[2], QStringLiteral("kaito_tanaka"));
    QCOMPARE(first[3], QString()); // the password hash is never copied
    // Two spreadsheet rows pasted at username of row 5.
    tab->view()->setCurrentIndex(tab->model()->index(5, 2));
    QVERIFY(tab->pasteText(QStringLiteral("pasted_one\tone@example.com\r\npasted_two\ttwo@example.com\r\n")));
    QCOMPARE(tab->model()->index(5, 2).data().toString(), QStringLiteral("pasted_one"));
    QCOMPARE(tab->model()->index(6, 3).data(Qt::EditRole).toString(), QStringLiteral("two@example.com"));
    QVERIFY(tab->model()->hasPendingChanges());
    tab->revert();
    QVERIFY(!tab->model()->hasPendingChanges());
}

void TestTableTab::offersRelatedRows()
{
    TableTab *tab = open(QStringLiteral("public.users"));
    QVERIFY(tab);
    QStringList labels;
    for (const auto &related : tab->relatedRowsFor(tab->model()->index(0, 0)))
        labels << related.label;
    QVERIFY2(
        labels.contains(QStringLiteral("Show messages where user_id = 1")), qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY(labels.contains(QStringLiteral("Show links where user_id = 1")));
    QVERIFY(labels.contains(QStringLiteral("Show follows where follower_id = 1")));
    QVERIFY(labels.contains(QStringLiteral("Show follows where following_id = 1")));
    m_tab.reset();
    tab = open(QStringLiteral("public.messages"));
    QVERIFY(tab);
    const QString userId = tab->model()->index(0, 1).data(Qt::EditRole).toString();
    const auto related = tab->relatedRowsFor(tab->model()->index(0, 1));
    QCOMPARE(related.size(), 1);
    QCOMPARE(related.first().table, QStringLiteral("public.users"));
    QCOMPARE(related.first().value.toString(), userId);
    QCOMPARE(related.first().column, 0);
}

void TestTableTab::foreignKeyIsPickedByName()
{
    TableTab *tab = open(QStringLiteral("public.messages"));
    QVERIFY(tab);
    const QModelIndex userId = tab->model()->index(0, 1);
    tab->view()->setCurrentIndex(userId);
    tab->view()->edit(userId);
    ForeignKeyPicker *picker = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((picker = tab->findChild<ForeignKeyPicker *>()) != nullptr, 5000);
    auto *search = picker->findChild<QLineEdit *>(QStringLiteral("fkSearch"));
    QVERIFY(search);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("amira.dubois"));
    QTRY_VERIFY_WITH_TIMEOUT(!picker->searchModel()->isSearching() && !picker->searchModel()->hasPendingSearch()
            && picker->searchModel()->rowCount() > 0,
        10000);
    const QString expected = picker->searchModel()->index(0, 0).data(ForeignKeySearch::KeyRole).toString();
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(tab->model()->index(0, 1).data(Qt::EditRole).toString(), expected);
    QVERIFY(tab->model()->hasPendingChanges());
    tab->revert();
}

void TestTableTab::exportsTheFilteredTable()
{
    TableTab *tab = open(QStringLiteral("public.links"));
    QVERIFY(tab);
    tab->filterBar()->addFilter(ColumnFilter {3, ColumnFilter::Op::Equals, QStringLiteral("private"), {}});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("links.csv"));
    QSignalSpy finished(tab->exporter(), &TableExport::finished);
    tab->startExport(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(finished.first().first().value<Error>().isNull());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    const int expected = scalar(QStringLiteral("SELECT count(*) FROM links WHERE visibility = 'private'")).toInt();
    QCOMPARE(int(lines.size()) - 2, expected); // header, rows, and the empty piece after the last line break
    QVERIFY(lines.first().startsWith("id,user_id,url,visibility"));
    QVERIFY(!lines.value(1).contains("public"));
}

void TestTableTab::conflictShowsBothVersions()
{
    TableTab *tab = open(QStringLiteral("public.users"));
    QVERIFY(tab);
    const auto reviewed = approveReview();
    const QString id = tab->model()->index(3, 0).data().toString();
    QVERIFY(tab->model()->setData(tab->model()->index(3, 2), QStringLiteral("mine_version")));
    // Someone else changes the same row meanwhile.
    Session other(m_fixture.profile(), {}, QStringLiteral("other writer"));
    QVERIFY(TestWait::open(other));
    QVERIFY(TestWait::result(
        other.run(QStringLiteral("UPDATE users SET username = 'their_version' WHERE id = $1"), {id.toInt()}))
                .ok());
    QSignalSpy conflict(tab->model(), &TableDataModel::conflict);
    QVERIFY(tab->save());
    QVERIFY2(reviewed->answered(), qPrintable(reviewed->report()));
    QTRY_COMPARE_WITH_TIMEOUT(conflict.count(), 1, 10000);
    const QString message = tab->messageLabel()->text();
    QVERIFY2(message.contains(QLatin1String("Theirs:")) && message.contains(QLatin1String("their_version")),
        qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Yours:")) && message.contains(QLatin1String("mine_version")),
        qPrintable(message));
    QCOMPARE(
        scalar(QStringLiteral("SELECT username FROM users WHERE id = %1").arg(id)), QStringLiteral("their_version"));
    QVERIFY(tab->model()->hasPendingChanges());
}

DialogAnswer::Handle TestTableTab::approveReview(const QString &reason, QString *script)
{
    return DialogAnswer::next(QStringLiteral("Review changes"), [reason, script](QWidget *dialog) {
        if (script)
            *script = dialog->findChild<QPlainTextEdit *>(QStringLiteral("pendingChangesSql"))->toPlainText();
        if (auto *why = dialog->findChild<QLineEdit *>(QStringLiteral("auditReason")))
            why->setText(reason);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
}

QByteArray TestTableTab::auditLog() const
{
    QFile audit(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl"));
    return audit.open(QIODevice::ReadOnly) ? audit.readAll() : QByteArray();
}

// Two production tabs share the browser session: unlocking one must not lift the server's guard for the
// other (it used to SET default_transaction_read_only on the shared session; now each save transaction carries
// its own tab's lock), and locking one again must not break the other's unlocked save.
void TestTableTab::unlockingOneTabLeavesOthersLocked()
{
    TableTab *links = open(QStringLiteral("public.links"), true);
    QVERIFY(links);
    TableTab users(m_connection.get(), QStringLiteral("public.users"));
    QTRY_VERIFY_WITH_TIMEOUT(users.model()->rowCount() > 0, 10000);
    QVERIFY(users.model()->writesLocked());
    links->setWritesUnlocked(true, QStringLiteral("ticket 9: fix a link"));
    users.setWritesUnlocked(true, QStringLiteral("ticket 9: rename"));
    users.setWritesUnlocked(false); // locked again: only this tab
    // The locked tab's save is refused by the server itself.
    const QString userId = users.model()->index(0, 0).data().toString();
    users.setWritesUnlocked(true, QStringLiteral("ticket 9: rename"));
    QVERIFY(users.model()->setData(users.model()->index(0, 2), QStringLiteral("should_not_land")));
    users.setWritesUnlocked(false);
    QVERIFY(users.model()->writesLocked());
    QSignalSpy refused(users.model(), &TableDataModel::saveFailed);
    const auto lockedReview = approveReview(QStringLiteral("testing the lock"));
    QVERIFY(users.save());
    QVERIFY2(lockedReview->answered(), qPrintable(lockedReview->report()));
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
    QCOMPARE(refused.first().first().value<SaveFailure>().error.sqlState, QStringLiteral("25006"));
    QVERIFY(scalar(QStringLiteral("SELECT username FROM users WHERE id = %1").arg(userId)) != "should_not_land");
    // The unlocked tab still saves, although the other one was locked after it was unlocked.
    const QString linkId = links->model()->index(0, 0).data().toString();
    QVERIFY(links->model()->setData(links->model()->index(0, 2), QStringLiteral("https://example.org/fixed")));
    QSignalSpy saved(links->model(), &TableDataModel::saved);
    const auto unlockedReview = approveReview(QStringLiteral("ticket 9: fix a link"));
    QVERIFY(links->save());
    QVERIFY2(unlockedReview->answered(), qPrintable(unlockedReview->report()));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(scalar(QStringLiteral("SELECT url FROM links WHERE id = %1").arg(linkId)),
        QStringLiteral("https://example.org/fixed"));
    // And the session itself is still read-only: each of its transactions, with nothing set on the session.
    QCOMPARE(scalar(QStringLiteral("SHOW transaction_read_only")), QStringLiteral("on"));
    QCOMPARE(scalar(QStringLiteral("SHOW default_transaction_read_only")), QStringLiteral("off"));
    users.revert();
}

// A production save that fails must not be logged, then or with a later save's entry.
void TestTableTab::failedSaveIsNeverAudited()
{
    TableTab *tab = open(QStringLiteral("public.users"), true);
    QVERIFY(tab);
    tab->setWritesUnlocked(true, QStringLiteral("ticket 11: merge accounts"));
    const QString taken = tab->model()->index(0, 1).data().toString();
    QVERIFY(tab->model()->setData(tab->model()->index(2, 1), taken)); // a duplicate email: refused
    QSignalSpy failed(tab->model(), &TableDataModel::saveFailed);
    const auto failedReview = approveReview(QStringLiteral("reason of the failed save"));
    QVERIFY(tab->save());
    QVERIFY2(failedReview->answered(), qPrintable(failedReview->report()));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(!auditLog().contains("reason of the failed save"));
    tab->revert();
    QVERIFY(tab->model()->setData(tab->model()->index(2, 2), QStringLiteral("merged_account")));
    QSignalSpy saved(tab->model(), &TableDataModel::saved);
    const auto goodReview = approveReview(QStringLiteral("reason of the good save"));
    QVERIFY(tab->save());
    QVERIFY2(goodReview->answered(), qPrintable(goodReview->report()));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    const QByteArray log = auditLog();
    QVERIFY(log.contains("reason of the good save"));
    QVERIFY2(!log.contains("reason of the failed save"), log.constData());
}

// A table tab and a console tab show a production lock with the same widget, words, look and question. Each
// lock is its own writer's: unlocking the console (its own session) leaves the table tab locked.
void TestTableTab::tableAndConsoleShowTheLockAlike()
{
    TableTab *table = open(QStringLiteral("public.users"), true);
    QVERIFY(table);
    ConsoleTab console(m_connection.get(), nullptr);
    WriteLockButton *tableLock = table->writeLockButton();
    WriteLockButton *consoleLock = console.writeLockButton();
    QCOMPARE(tableLock->writeLock(), table->model()->writeLock());
    QCOMPARE(consoleLock->writeLock(), console.runner()->writeLock());
    const auto sameLook = [&] {
        return tableLock->badge()->text() == consoleLock->badge()->text()
            && tableLock->badge()->styleSheet() == consoleLock->badge()->styleSheet()
            && tableLock->toggleAction()->text() == consoleLock->toggleAction()->text();
    };
    console.resize(1800, 700);
    console.show();
    QVERIFY(tableLock->isVisibleTo(table));
    QVERIFY(consoleLock->isVisibleTo(&console));
    QVERIFY(tableLock->badge()->text().contains(QLatin1String("read-only")));
    QVERIFY(sameLook());
    QStringList questions;
    const auto answerWhy = [&questions] {
        return DialogAnswer::next(QStringLiteral("Unlock writes on production"), [&questions](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            questions << input->labelText();
            input->setTextValue(QStringLiteral("ticket 12: merge"));
            input->accept();
        });
    };
    const auto consoleWhy = answerWhy();
    consoleLock->toggleAction()->trigger();
    QVERIFY2(consoleWhy->answered(), qPrintable(consoleWhy->report()));
    QVERIFY(console.isWriteUnlocked());
    QVERIFY(table->model()->writesLocked());
    QVERIFY(!sameLook());
    const auto tableWhy = answerWhy();
    tableLock->toggleAction()->trigger();
    QVERIFY2(tableWhy->answered(), qPrintable(tableWhy->report()));
    QVERIFY(!table->model()->writesLocked());
    QCOMPARE(table->model()->writeLock()->reason(), QStringLiteral("ticket 12: merge"));
    QVERIFY(tableLock->badge()->text().contains(QLatin1String("UNLOCKED for writes: ticket 12: merge")));
    QVERIFY(sameLook());
    QCOMPARE(questions.size(), 2);
    QCOMPARE(questions[0].section(QLatin1Char('\n'), 1), questions[1].section(QLatin1Char('\n'), 1));
    tableLock->toggleAction()->trigger();
    consoleLock->toggleAction()->trigger();
    QVERIFY(table->model()->writesLocked() && !console.isWriteUnlocked());
    QVERIFY(sameLook());
}

void TestTableTab::followsThePreferences()
{
    TableTab *tab = open(QStringLiteral("public.users"));
    QVERIFY(tab);
    QCOMPARE(tab->model()->pageSize(), Preferences::Values {}.pageSize);
    QVERIFY(tab->model()->setData(tab->model()->index(1, 2), QStringLiteral("not_saved_yet")));
    QVERIFY(tab->model()->hasPendingChanges());

    Preferences::Values values;
    values.pageSize = 100;
    values.gridFont = QFont(tab->view()->font().family(), tab->view()->font().pointSize() + 4).toString();
    values.confirmCloseUnsaved = false;
    Preferences::shared()->setValues(values);
    QCOMPARE(tab->model()->pageSize(), 100);
    QCOMPARE(tab->view()->font().pointSize(), QFont(QApplication::font()).pointSize() + 4);
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 0 && !tab->model()->isLoading(), 10000);
    QVERIFY(tab->model()->hasPendingChanges()); // a new page size reads again, the edit stays

    // Asked not to, closing drops the edit without a question (a question would be closed here, and seen).
    const auto asked = DialogAnswer::next(QStringLiteral("Unsaved changes"), [](QWidget *dialog) { dialog->close(); });
    QVERIFY(tab->confirmClose());
    QVERIFY(!asked->answered());
    DialogAnswer::withdraw(asked);
}

// The toolbar's verbs from the keyboard, with the focus in the grid: Revert (Ctrl+Shift+K) drops an edit, Count
// rows (Ctrl+F5) counts exactly, Refresh (Shift+F5) reads the rows again, Last rows (Ctrl+End) goes to the end.
void TestTableTab::keysWorkInTheTab()
{
    TableTab *tab = open(QStringLiteral("public.users"));
    QVERIFY(tab);
    tab->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(tab));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->model()->isLoading(), 10000);
    const QString before = tab->model()->index(1, 2).data().toString();
    QVERIFY(tab->model()->setData(tab->model()->index(1, 2), QStringLiteral("reverted_by_key")));
    QVERIFY(tab->model()->hasPendingChanges());
    tab->view()->setFocus();
    QTest::keyClick(tab->view(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!tab->model()->hasPendingChanges());
    QCOMPARE(tab->model()->index(1, 2).data().toString(), before);

    QSignalSpy counted(tab->model(), &TableDataModel::exactCountReady);
    QTest::keyClick(tab->view(), Qt::Key_F5, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(counted.count(), 1, 10000);
    QCOMPARE(counted.first().first().toLongLong(), 1000);

    QSignalSpy reset(tab->model(), &QAbstractItemModel::modelReset);
    QTest::keyClick(tab->view(), Qt::Key_F5, Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(reset.count() > 0, 10000);

    QTRY_VERIFY_WITH_TIMEOUT(!tab->model()->isLoading(), 10000);
    QTest::keyClick(tab->view(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(tab->view()->currentIndex().row(), tab->model()->rowCount() - 1);
}

QTEST_MAIN(TestTableTab)
#include "tst_tabletab.moc"
