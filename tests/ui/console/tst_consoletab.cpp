#include "console/consoletab.h"
#include "console/historystore.h"
#include "console/resultsetmodel.h"
#include "console/resultspane.h"
#include "console/snippetstore.h"
#include "console/sqleditor.h"
#include "database/databaseconnection.h"
#include "dialoganswer.h"
#include "settings/preferences.h"
#include "testcluster.h"
#include "testwait.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// The SQL console tab offscreen, against a real cluster: type, run, read the grid, cancel, transactions,
// safety questions on dangerous statements, EXPLAIN.
class TestConsoleTab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typesAQueryAndReadsTheGrid();
    void runsAScriptIntoSeveralResults();
    void errorGoesToMessagesPane();
    void cancelStopsALongQuery();
    void explicitTransactionShowsItsState();
    void bareDeleteWarnsOnDevelopment();
    void productionAsksForTypedConfirmation();
    void developmentQuestionCanBeTurnedOff();
    void productionAsksWhateverThePreferences();
    void explainShowsAPlan();
    void historyKeepsWhatRan();
    void snippetsSaveAndInsert();
    void closingWithOpenTransactionAsks();
    void committingOnCloseNeverHoldsTheWindow();
    void rowCapIsConfigurable();
    void transactionKeys();

private:
    bool waitIdle(int ms = 20000);
    QString messages() const { return m_tab->results()->messages()->toPlainText(); }

    TestCluster m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<ConsoleTab> m_tab;
};

void TestConsoleTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_history = std::make_unique<HistoryStore>(m_dir.filePath(QStringLiteral("history")));
}

void TestConsoleTab::init()
{
    ConnectionProfile profile = m_fixture.profile();
    const QByteArray test(QTest::currentTestFunction());
    if (test == "productionAsksForTypedConfirmation" || test == "productionAsksWhateverThePreferences") {
        profile.kind = ConnectionProfile::Kind::Production;
        profile.demo = false;
    }
    m_connection = std::make_unique<DatabaseConnection>(profile, QString());
    QSignalSpy opened(m_connection.get(), &DatabaseConnection::opened);
    m_connection->open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    m_tab = std::make_unique<ConsoleTab>(m_connection.get(), m_history.get());
    m_tab->resize(1000, 700);
    m_tab->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->session()->isConnected(), 20000);
}

void TestConsoleTab::cleanup()
{
    // What the case armed and did not use goes now, before it can answer the next case's dialog; the case
    // fails for it once the rest is cleaned up.
    const QStringList unused = DialogAnswer::reset();
    Preferences::shared()->setValues(Preferences::Values {});
    m_tab.reset();
    m_connection.reset();
    QVERIFY2(unused.isEmpty(), qPrintable(unused.join(QLatin1Char('\n'))));
}

bool TestConsoleTab::waitIdle(int ms)
{
    return QTest::qWaitFor([this] { return !m_tab->runner()->isRunning(); }, ms);
}

void TestConsoleTab::typesAQueryAndReadsTheGrid()
{
    m_tab->editor()->setFocus();
    QTest::keyClicks(m_tab->editor(), QStringLiteral("SELECT id, username FROM users ORDER BY id"));
    QTest::keyClick(m_tab->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->results()->resultModel(0) != nullptr, 10000);
    QVERIFY(waitIdle());
    ResultSetModel *model = m_tab->results()->resultModel(0);
    QCOMPARE(model->rowCount(), 1000);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("1"));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("kaito_tanaka"));
    QVERIFY(m_tab->results()
                ->tabs()
                ->tabText(m_tab->results()->tabs()->currentIndex())
                .contains(QLatin1String("1,000 rows")));
}

void TestConsoleTab::runsAScriptIntoSeveralResults()
{
    m_tab->editor()->setText(
        QStringLiteral("SELECT 1 AS a;\n-- a comment; with a semicolon\nSELECT 'x;y' AS b, $$;$$ AS c;\n"));
    QVERIFY(m_tab->run(ConsoleTab::Scope::Script));
    QVERIFY(waitIdle());
    QCOMPARE(m_tab->results()->resultCount(), 2);
    QCOMPARE(m_tab->results()->resultModel(1)->index(0, 0).data().toString(), QStringLiteral("x;y"));
    QCOMPARE(m_tab->results()->resultModel(1)->index(0, 1).data().toString(), QStringLiteral(";"));
    // The statement under the cursor only.
    m_tab->editor()->setCursorOffset(2);
    QVERIFY(m_tab->run(ConsoleTab::Scope::Statement));
    QVERIFY(waitIdle());
    QCOMPARE(m_tab->results()->resultCount(), 1);
    QCOMPARE(m_tab->results()->resultModel(0)->headerData(0, Qt::Horizontal).toString(), QStringLiteral("a"));
}

void TestConsoleTab::errorGoesToMessagesPane()
{
    m_tab->editor()->setText(QStringLiteral("SELECT nope FROM users"));
    QVERIFY(m_tab->run(ConsoleTab::Scope::Script));
    QVERIFY(waitIdle());
    QVERIFY2(messages().contains(QLatin1String("column \"nope\" does not exist")), qPrintable(messages()));
    QCOMPARE(m_tab->results()->tabs()->currentWidget(), m_tab->results()->messages());
}

void TestConsoleTab::cancelStopsALongQuery()
{
    m_tab->editor()->setText(QStringLiteral("SELECT pg_sleep(30)"));
    QVERIFY(m_tab->run(ConsoleTab::Scope::Script));
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->findChild<QAction *>(QStringLiteral("cancelAction"))->isEnabled(), 5000);
    QTest::qWait(200);
    QElapsedTimer timer;
    timer.start();
    m_tab->findChild<QAction *>(QStringLiteral("cancelAction"))->trigger();
    QVERIFY(waitIdle(5000));
    QVERIFY(timer.elapsed() < 1500);
    QVERIFY(messages().contains(QLatin1String("cancel")));
    QVERIFY(m_tab->findChild<QAction *>(QStringLiteral("runAction"))->isEnabled());
}

void TestConsoleTab::explicitTransactionShowsItsState()
{
    auto *label = m_tab->findChild<QLabel *>(QStringLiteral("transactionState"));
    m_tab->findChild<QAction *>(QStringLiteral("autoCommitAction"))->trigger(); // off
    m_tab->editor()->setText(QStringLiteral("UPDATE users SET username = 'in_tx' WHERE id = 3"));
    QVERIFY(m_tab->run(ConsoleTab::Scope::Script));
    QVERIFY(waitIdle());
    QVERIFY2(label->text().contains(QLatin1String("in transaction")), qPrintable(label->text()));
    QVERIFY(m_tab->findChild<QAction *>(QStringLiteral("rollbackAction"))->isEnabled());
    m_tab->rollback();
    QVERIFY(waitIdle());
    QVERIFY(label->text().contains(QLatin1String("idle")));
    QVERIFY(TestWait::result(m_connection->session()->run(QStringLiteral("SELECT username FROM users WHERE id = 3")))
                .rows[0][0]
        != QStringLiteral("in_tx"));
}

void TestConsoleTab::bareDeleteWarnsOnDevelopment()
{
    m_tab->editor()->setText(QStringLiteral("DELETE FROM follows WHERE 1 = 1"));
    const auto warned = DialogAnswer::next(QStringLiteral("Statement without a filter"), [](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("every row")));
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!m_tab->run(ConsoleTab::Scope::Script)); // nothing was sent
    QVERIFY2(warned->answered(), qPrintable(warned->report()));
    QVERIFY(TestWait::result(m_connection->session()->run(QStringLiteral("SELECT count(*) FROM follows")))
                .rows[0][0]
                .toInt()
        > 0);
}

void TestConsoleTab::productionAsksForTypedConfirmation()
{
    QVERIFY(m_tab->findChild<QLabel *>(QStringLiteral("lockState"))->text().contains(QLatin1String("read-only")));
    // Read-only on the server until unlocked.
    m_tab->editor()->setText(QStringLiteral("UPDATE users SET username = username WHERE id = 1"));
    const auto readOnly = DialogAnswer::next(QStringLiteral("Production is read-only"),
        [](QWidget *dialog) { qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::No)->click(); });
    QVERIFY(!m_tab->run(ConsoleTab::Scope::Script));
    QVERIFY2(readOnly->answered(), qPrintable(readOnly->report()));
    m_tab->setWriteUnlocked(true, QStringLiteral("ticket 42: clean up follows"));
    QVERIFY(m_tab->findChild<QLabel *>(QStringLiteral("lockState"))->text().contains(QLatin1String("UNLOCKED")));
    // A DELETE without a filter needs the table's name typed; a wrong word keeps the button disabled.
    m_tab->editor()->setText(QStringLiteral("DELETE FROM follows"));
    const auto typed = DialogAnswer::next(QStringLiteral("Confirm on production"), [](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("confirmationEdit"));
        QVERIFY(edit);
        QPushButton *run = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            run = button->text() == QLatin1String("Run it") ? button : run;
        QVERIFY(run);
        QTest::keyClicks(edit, QStringLiteral("users"));
        QVERIFY(!run->isEnabled()); // the wrong table's name does not unlock it
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("follows"));
        QVERIFY(run->isEnabled());
        run->click();
    });
    QVERIFY(m_tab->run(ConsoleTab::Scope::Script));
    QVERIFY2(typed->answered(), qPrintable(typed->report()));
    QVERIFY(waitIdle());
    QVERIFY2(messages().contains(QLatin1String("DELETE")), qPrintable(messages()));
    QCOMPARE(TestWait::result(m_connection->session()->run(QStringLiteral("SELECT count(*) FROM follows")))
                 .rows[0][0]
                 .toInt(),
        0);
}

void TestConsoleTab::developmentQuestionCanBeTurnedOff()
{
    Preferences::Values values;
    values.confirmUnfilteredWrites = false;
    Preferences::shared()->setValues(values);
    // A question shown now would be closed (Cancel), and seen; withdrawn once it was not asked.
    const auto asked
        = DialogAnswer::next(QStringLiteral("Statement without a filter"), [](QWidget *dialog) { dialog->close(); });
    m_tab->editor()->setText(QStringLiteral("UPDATE users SET username = username"));
    QVERIFY(m_tab->run(ConsoleTab::Scope::Script));
    QVERIFY(!asked->answered());
    DialogAnswer::withdraw(asked);
    QVERIFY(waitIdle());
    QVERIFY2(messages().contains(QLatin1String("UPDATE")), qPrintable(messages()));
}

void TestConsoleTab::productionAsksWhateverThePreferences()
{
    Preferences::Values values;
    values.confirmUnfilteredWrites = false;
    Preferences::shared()->setValues(values);
    const auto count = [this] {
        return TestWait::result(m_connection->session()->run(QStringLiteral("SELECT count(*) FROM links")))
            .rows[0][0]
            .toInt();
    };
    const int before = count();
    m_tab->setWriteUnlocked(true, QStringLiteral("ticket 43: checking the confirmation"));
    m_tab->editor()->setText(QStringLiteral("DELETE FROM links"));
    const auto typed = DialogAnswer::next(QStringLiteral("Confirm on production"), [](QWidget *dialog) {
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("confirmationEdit")));
        dialog->close();
    });
    QVERIFY(!m_tab->run(ConsoleTab::Scope::Script));
    QVERIFY2(typed->answered(), qPrintable(typed->report()));
    QCOMPARE(count(), before);
}

void TestConsoleTab::explainShowsAPlan()
{
    m_tab->editor()->setText(QStringLiteral("SELECT * FROM users WHERE email = 'x@example.com'"));
    m_tab->explain(true);
    QVERIFY(waitIdle());
    QTabWidget *tabs = m_tab->results()->tabs();
    QVERIFY2(tabs->tabText(tabs->currentIndex()).startsWith(QLatin1String("Plan")),
        qPrintable(tabs->tabText(tabs->currentIndex())));
}

void TestConsoleTab::historyKeepsWhatRan()
{
    m_tab->editor()->setText(QStringLiteral("SELECT 'remember me'"));
    QVERIFY(m_tab->run(ConsoleTab::Scope::Script));
    QVERIFY(waitIdle());
    const auto found
        = m_history->search(HistoryStore::profileKey(m_connection->profile()), QStringLiteral("remember me"), 5);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().ok);
}

void TestConsoleTab::snippetsSaveAndInsert()
{
    SnippetStore store(m_dir.filePath(QStringLiteral("snippets.json")));
    m_tab->setSnippetStore(&store);
    m_tab->editor()->setText(QStringLiteral("SELECT count(*) FROM messages"));
    m_tab->findChild<QAction *>(QStringLiteral("snippetsAction"))->trigger();
    auto *dialog = m_tab->findChild<QDialog *>(QStringLiteral("snippetDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("snippetName")), QStringLiteral("message count"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveSnippetButton")), Qt::LeftButton);
    QCOMPARE(store.snippets().size(), 1);
    QCOMPARE(store.snippets().first().sql, QStringLiteral("SELECT count(*) FROM messages"));
    m_tab->editor()->setText(QStringLiteral("-- here: "));
    m_tab->editor()->setCursorOffset(9);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("insertSnippetButton")), Qt::LeftButton);
    QCOMPARE(m_tab->editor()->text(), QStringLiteral("-- here: SELECT count(*) FROM messages"));
    // Kept across instances.
    SnippetStore again(m_dir.filePath(QStringLiteral("snippets.json")));
    QVERIFY(again.load());
    QCOMPARE(again.snippets().size(), 1);
}

void TestConsoleTab::closingWithOpenTransactionAsks()
{
    m_tab->findChild<QAction *>(QStringLiteral("autoCommitAction"))->trigger(); // off
    m_tab->editor()->setText(QStringLiteral("UPDATE users SET username = 'never_committed' WHERE id = 4"));
    QVERIFY(m_tab->run(ConsoleTab::Scope::Script));
    QVERIFY(waitIdle());
    const auto answer = [](const QString &button) {
        return DialogAnswer::next(QStringLiteral("Open transaction"),
            [button](QWidget *dialog) { QVERIFY2(DialogAnswer::click(dialog, button), qPrintable(button)); });
    };
    const auto cancelled = answer(QStringLiteral("Cancel"));
    QVERIFY(!m_tab->confirmClose());
    QVERIFY2(cancelled->answered(), qPrintable(cancelled->report()));
    const auto rolledBack = answer(QStringLiteral("Roll back"));
    QVERIFY(m_tab->confirmClose());
    QVERIFY2(rolledBack->answered(), qPrintable(rolledBack->report()));
    const auto openTransactions = [this] {
        return TestWait::result(m_connection->session()->run(QStringLiteral(
                                    "SELECT count(*) FROM pg_stat_activity WHERE state LIKE 'idle in transaction%'")))
            .rows.value(0)
            .value(0)
            .toInt();
    };
    QCOMPARE(openTransactions(), 1);
    m_tab.reset(); // closing the session ends the transaction: rolled back
    QTRY_COMPARE(openTransactions(), 0);
    QCOMPARE(TestWait::result(m_connection->session()->run(
                                  QStringLiteral("SELECT count(*) FROM users WHERE username = 'never_committed'")))
                 .rows.value(0)
                 .value(0)
                 .toInt(),
        0);
}

// The commit chosen when closing runs like any statement: a commit the server holds up (a deferred trigger
// waiting for a lock the test keeps) must not freeze the window; the tab asks to close once it went through.
void TestConsoleTab::committingOnCloseNeverHoldsTheWindow()
{
    Session *holder = m_connection->session();
    const auto sql = [holder](const QString &text) {
        return TestWait::result(holder->run(text));
    };
    QVERIFY(sql(QStringLiteral("CREATE FUNCTION wait_at_commit() RETURNS trigger LANGUAGE plpgsql AS "
                               "$$ BEGIN PERFORM pg_advisory_xact_lock(4242); RETURN NULL; END $$"))
                .ok());
    QVERIFY(sql(QStringLiteral("CREATE CONSTRAINT TRIGGER commit_waits AFTER UPDATE ON users DEFERRABLE "
                               "INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION wait_at_commit()"))
                .ok());
    QVERIFY(sql(QStringLiteral("SELECT pg_advisory_lock(4242)")).ok());
    m_tab->findChild<QAction *>(QStringLiteral("autoCommitAction"))->trigger(); // off
    m_tab->editor()->setText(QStringLiteral("UPDATE users SET username = 'committed_on_close' WHERE id = 5"));
    QVERIFY(m_tab->run(ConsoleTab::Scope::Script));
    QVERIFY(waitIdle());
    QSignalSpy closeReady(m_tab.get(), &ConsoleTab::closeReady);
    const auto committed = DialogAnswer::next(QStringLiteral("Open transaction"),
        [](QWidget *dialog) { QVERIFY(DialogAnswer::click(dialog, QStringLiteral("Commit"))); });
    QElapsedTimer held;
    held.start();
    QVERIFY(!m_tab->confirmClose()); // not yet: the commit is on its way
    QVERIFY2(committed->answered(), qPrintable(committed->report()));
    QVERIFY2(held.elapsed() < 5000, "confirmClose waited for the server");
    QVERIFY(m_tab->isClosing());
    // The server holds the commit; the event loop keeps running and the tab stays.
    const qint64 turns = [] {
        qint64 n = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, [&n] { ++n; });
        ticker.start(10);
        QTest::qWait(500);
        return n;
    }();
    QVERIFY(turns > 5);
    QCOMPARE(closeReady.count(), 0);
    QVERIFY(sql(QStringLiteral("SELECT pg_advisory_unlock(4242)")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(closeReady.count(), 1, 20000);
    QCOMPARE(sql(QStringLiteral("SELECT username FROM users WHERE id = 5")).rows.value(0).value(0).toString(),
        QStringLiteral("committed_on_close"));
    QVERIFY(sql(QStringLiteral("DROP TRIGGER commit_waits ON users")).ok());
    QVERIFY(sql(QStringLiteral("DROP FUNCTION wait_at_commit()")).ok());
}

void TestConsoleTab::rowCapIsConfigurable()
{
    auto *cap = m_tab->findChild<QSpinBox *>(QStringLiteral("rowCapSpin"));
    QVERIFY(cap);
    cap->setValue(300);
    QCOMPARE(m_tab->runner()->rowCap(), 300);
    m_tab->editor()->setText(QStringLiteral("SELECT * FROM messages"));
    QVERIFY(m_tab->run(ConsoleTab::Scope::Script));
    auto *bar = m_tab->results()->findChild<QWidget *>(QStringLiteral("capBar"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
    QTest::mouseClick(m_tab->results()->findChild<QPushButton *>(QStringLiteral("stopHereButton")), Qt::LeftButton);
    QVERIFY(waitIdle());
    QCOMPARE(m_tab->results()->resultModel(0)->rowCount(), 300);
    QVERIFY(messages().contains(QLatin1String("row cap")));
    cap->setValue(100000);
}

// Rollback (Ctrl+Shift+K) and Commit (Ctrl+Shift+M) from the editor, where the user types.
void TestConsoleTab::transactionKeys()
{
    auto *label = m_tab->findChild<QLabel *>(QStringLiteral("transactionState"));
    m_tab->findChild<QAction *>(QStringLiteral("autoCommitAction"))->trigger(); // off
    m_tab->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
    m_tab->editor()->setFocus();
    m_tab->editor()->setText(QStringLiteral("UPDATE users SET username = 'rolled_back_by_key' WHERE id = 4"));
    QVERIFY(m_tab->run(ConsoleTab::Scope::Script));
    QVERIFY(waitIdle());
    QVERIFY2(label->text().contains(QLatin1String("in transaction")), qPrintable(label->text()));
    QTest::keyClick(m_tab->editor(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(waitIdle());
    QTRY_VERIFY2(label->text().contains(QLatin1String("idle")), qPrintable(label->text()));
    const auto username = [this] {
        return TestWait::result(m_connection->session()->run(QStringLiteral("SELECT username FROM users WHERE id = 4")))
            .rows[0][0]
            .toString();
    };
    QVERIFY(username() != QStringLiteral("rolled_back_by_key"));
    QVERIFY(m_tab->editor()->text().startsWith(QLatin1String("UPDATE"))); // the key typed nothing

    const QString kept = username();
    m_tab->editor()->setText(QStringLiteral("UPDATE users SET username = username || '_k' WHERE id = 4"));
    QVERIFY(m_tab->run(ConsoleTab::Scope::Script));
    QVERIFY(waitIdle());
    QVERIFY2(label->text().contains(QLatin1String("in transaction")), qPrintable(label->text()));
    QTest::keyClick(m_tab->editor(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(waitIdle());
    QTRY_VERIFY2(label->text().contains(QLatin1String("idle")), qPrintable(label->text()));
    QCOMPARE(username(), kept + QStringLiteral("_k"));
    // Put back for the tests that come after.
    QVERIFY(TestWait::result(
        m_connection->session()->run(QStringLiteral("UPDATE users SET username = $1 WHERE id = 4"), {kept}))
                .ok());
}

QTEST_MAIN(TestConsoleTab)
#include "tst_consoletab.moc"
