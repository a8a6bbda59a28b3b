#include "common/readonlysqlview.h"
#include "console/historydialog.h"
#include "console/historystore.h"

#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

// The history dialog shows the selected statement whole (the table shows its first line), read-only and
// highlighted, and follows the selection and the search.
class TestHistoryDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheSelectedStatement();
};

void TestHistoryDialog::showsTheSelectedStatement()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store(dir.path());
    const QString key = QStringLiteral("local");
    const QString older = QStringLiteral("SELECT 1;");
    const QString newer = QStringLiteral("SELECT id, body\nFROM messages\nWHERE body LIKE 'hello%';");
    QVERIFY(store.append(key, HistoryEntry {.sql = older}));
    QVERIFY(store.append(key, HistoryEntry {.sql = newer}));

    HistoryDialog dialog(&store, key);
    dialog.show();
    QVERIFY(dialog.preview()->isReadOnly());
    QVERIFY(dialog.preview()->toPlainText().isEmpty()); // nothing selected yet
    dialog.view()->setCurrentIndex(dialog.view()->model()->index(0, 0)); // newest first
    QCOMPARE(dialog.preview()->toPlainText(), newer);
    QVERIFY(!dialog.preview()->document()->firstBlock().layout()->formats().isEmpty()); // highlighted
    dialog.view()->setCurrentIndex(dialog.view()->model()->index(1, 0));
    QCOMPARE(dialog.preview()->toPlainText(), older);
    // A search resets the table: no row is current, so nothing is shown.
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("messages"));
    QCOMPARE(dialog.view()->model()->rowCount(), 1);
    QVERIFY(dialog.preview()->toPlainText().isEmpty());
}

QTEST_MAIN(TestHistoryDialog)
#include "tst_historydialog.moc"
