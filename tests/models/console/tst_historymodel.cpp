#include "console/historymodel.h"
#include "historytesting.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

// HistoryModel over a HistoryStore in a temporary directory: newest first, search, following the store.
class TestHistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void modelPassesTheTester();
    void modelFiltersAndFollowsTheStore();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryModel::modelPassesTheTester()
{
    HistoryStore store(m_dir->path());
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.append(Profile, makeEntry(QStringLiteral("SELECT %1\nFROM users").arg(i), 1500 * i, i % 2)));
    HistoryModel model(&store, Profile);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(store.append(Profile, makeEntry(QStringLiteral("SELECT 5"))));
    model.setFilterText(QStringLiteral("select 3"));
    QCOMPARE(model.rowCount(), 1);
    model.setFilterText(QString());
    model.setProfileKey(QStringLiteral("elsewhere"));
    QCOMPARE(model.rowCount(), 0);
    model.setProfileKey(Profile);
    QVERIFY(store.clear(Profile));
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryModel::modelFiltersAndFollowsTheStore()
{
    HistoryStore store(m_dir->path());
    store.setCapacity(3);
    QVERIFY(store.append(Profile, makeEntry(QStringLiteral("SELECT *\nFROM users"), 12)));
    QVERIFY(store.append(Profile, makeEntry(QStringLiteral("SELECT * FROM nope"), 2500, false)));
    HistoryModel model(&store, Profile);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    QCOMPARE(model.headerData(HistoryModel::StatementColumn, Qt::Horizontal).toString(), QStringLiteral("Statement"));
    // Newest first.
    QCOMPARE(model.index(0, HistoryModel::StatementColumn).data().toString(), QStringLiteral("SELECT * FROM nope"));
    QCOMPARE(model.index(0, HistoryModel::StatusColumn).data().toString(), QStringLiteral("Error"));
    QVERIFY(
        model.index(0, HistoryModel::StatusColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("nope")));
    QCOMPARE(model.index(0, HistoryModel::DurationColumn).data().toString(),
        QStringLiteral("%1 s").arg(QLocale().toString(2.5, 'f', 2)));
    QVERIFY(model.index(0, HistoryModel::RowsColumn).data().isNull());
    QCOMPARE(model.index(1, HistoryModel::StatementColumn).data().toString(), QStringLiteral("SELECT * …"));
    QCOMPARE(model.index(1, HistoryModel::StatementColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("SELECT *\nFROM users"));
    QCOMPARE(model.index(1, 0).data(HistoryModel::SqlRole).toString(), QStringLiteral("SELECT *\nFROM users"));
    QCOMPARE(model.index(1, HistoryModel::DurationColumn).data().toString(), QStringLiteral("12 ms"));
    QCOMPARE(model.index(1, HistoryModel::StatusColumn).data().toString(), QStringLiteral("OK"));
    QVERIFY(!model.index(1, HistoryModel::WhenColumn).data().toString().isEmpty());

    model.setFilterText(QStringLiteral("users"));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(store.append(Profile, makeEntry(QStringLiteral("SELECT 42"))));
    QCOMPARE(model.rowCount(), 1); // filtered out
    QVERIFY(store.append(Profile, makeEntry(QStringLiteral("DELETE FROM Users WHERE false"))));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(HistoryModel::SqlRole).toString(), QStringLiteral("DELETE FROM Users WHERE false"));
    QVERIFY(store.append(QStringLiteral("another profile"), makeEntry(QStringLiteral("SELECT 1 FROM users"))));
    QCOMPARE(model.rowCount(), 2);

    model.setFilterText(QString());
    QCOMPARE(model.rowCount(), 3); // the cap
    QVERIFY(store.append(Profile, makeEntry(QStringLiteral("SELECT 'newest'"))));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(HistoryModel::SqlRole).toString(), QStringLiteral("SELECT 'newest'"));
}

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
