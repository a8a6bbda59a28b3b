#include "console/explainplan.h"
#include "console/explainplanmodel.h"
#include "console/explainview.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

namespace {

// A parallel hash join whose scan of messages is the slowest node (12 of 31 ms).
const char PlanJson[] = R"json([{
  "Plan": {
    "Node Type": "Gather", "Startup Cost": 1000.00, "Total Cost": 9000.00, "Plan Rows": 20000, "Plan Width": 50,
    "Actual Startup Time": 2.000, "Actual Total Time": 30.000, "Actual Rows": 20000, "Actual Loops": 1,
    "Workers Planned": 2, "Workers Launched": 2,
    "Plans": [
      {"Node Type": "Hash Join", "Parent Relationship": "Outer", "Parallel Aware": true, "Join Type": "Inner",
       "Startup Cost": 30.00, "Total Cost": 7000.00, "Plan Rows": 8333, "Plan Width": 50,
       "Actual Startup Time": 10.000, "Actual Total Time": 20.000, "Actual Rows": 6667, "Actual Loops": 3,
       "Hash Cond": "(m.user_id = u.id)",
       "Plans": [
         {"Node Type": "Seq Scan", "Parent Relationship": "Outer", "Parallel Aware": true,
          "Relation Name": "messages", "Alias": "m",
          "Startup Cost": 0.00, "Total Cost": 5000.00, "Plan Rows": 8333, "Plan Width": 40,
          "Actual Startup Time": 0.010, "Actual Total Time": 12.000, "Actual Rows": 6667, "Actual Loops": 3},
         {"Node Type": "Hash", "Parent Relationship": "Inner", "Parallel Aware": true,
          "Startup Cost": 20.00, "Total Cost": 20.00, "Plan Rows": 417, "Plan Width": 14,
          "Actual Startup Time": 0.900, "Actual Total Time": 0.900, "Actual Rows": 333, "Actual Loops": 3,
          "Plans": [
            {"Node Type": "Seq Scan", "Parent Relationship": "Outer", "Parallel Aware": true,
             "Relation Name": "users", "Alias": "u",
             "Startup Cost": 0.00, "Total Cost": 15.00, "Plan Rows": 417, "Plan Width": 14,
             "Actual Startup Time": 0.005, "Actual Total Time": 0.200, "Actual Rows": 333, "Actual Loops": 3}
          ]}
       ]}
    ]
  },
  "Planning Time": 0.400,
  "Execution Time": 31.000
}])json";

void visit(
    const QAbstractItemModel *model, const QModelIndex &parent, const std::function<void(const QModelIndex &)> &f)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        f(index);
        visit(model, index, f);
    }
}

} // namespace

// ExplainView offscreen: the tree as the reader sees it, the slowest node marked, the summary, the raw view.
class TestExplainView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsThePlanExpanded();
    void slowestNodeIsHighlighted();
    void summaryShowsTheTimes();
    void rawToggleShowsTheServersText();
    void badOutputShowsTheError();
    void planWithoutAnalyzeSaysSo();

private:
    template<typename T> T *find(const char *name) const
    {
        T *widget = m_view->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    QModelIndex slowestIndex() const;

    std::unique_ptr<ExplainView> m_view;
};

void TestExplainView::init()
{
    m_view = std::make_unique<ExplainView>();
    m_view->resize(900, 320);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(m_view->setOutput(QString::fromUtf8(PlanJson)));
}

void TestExplainView::cleanup()
{
    if (QTest::currentTestFailed())
        m_view->grab().save(QDir::temp().filePath(QStringLiteral("tst_explainview-failed.png")));
    m_view.reset();
}

QModelIndex TestExplainView::slowestIndex() const
{
    QModelIndex slowest;
    visit(m_view->tree()->model(), {}, [&slowest](const QModelIndex &index) {
        if (index.data(ExplainPlanModel::SlowestRole).toBool())
            slowest = index;
    });
    return slowest;
}

void TestExplainView::showsThePlanExpanded()
{
    QTreeView *tree = find<QTreeView>("explainTree");
    QCOMPARE(tree, m_view->tree());
    QVERIFY(tree->isVisible());
    int nodes = 0;
    visit(tree->model(), {}, [&](const QModelIndex &index) {
        ++nodes;
        if (tree->model()->hasChildren(index))
            QVERIFY2(tree->isExpanded(index), qPrintable(index.data().toString()));
        QVERIFY(tree->visualRect(index).isValid()); // every node is on screen
    });
    QCOMPARE(nodes, 5);
    for (int column = 0; column < ExplainPlanModel::ColumnCount; ++column)
        QVERIFY(!tree->isColumnHidden(column));
    // A narrow pane scrolls sideways instead of cutting the titles short.
    m_view->resize(320, 300);
    QTRY_VERIFY(tree->viewport()->width() < 320);
    const int title = tree->fontMetrics().horizontalAdvance(QStringLiteral("Parallel Seq Scan on messages m"));
    QVERIFY2(tree->columnWidth(ExplainPlanModel::NodeColumn) > title, qPrintable(QString::number(title)));
    QCOMPARE(tree->model()->headerData(ExplainPlanModel::PercentColumn, Qt::Horizontal).toString(),
        QStringLiteral("% of total"));
}

void TestExplainView::slowestNodeIsHighlighted()
{
    QTreeView *tree = m_view->tree();
    const QModelIndex slowest = slowestIndex();
    QVERIFY(slowest.isValid());
    QCOMPARE(slowest.data().toString(), QStringLiteral("Parallel Seq Scan on messages m"));
    const QColor base = tree->palette().color(QPalette::Base);
    const QVariant background = slowest.data(Qt::BackgroundRole);
    QVERIFY(background.isValid());
    QVERIFY(background.value<QColor>() != base);
    QVERIFY(slowest.data(Qt::FontRole).value<QFont>().bold());
    // The users scan takes 0.2 of 31 ms: it stays unshaded.
    const QModelIndex cold = tree->model()->index(0, 0, tree->model()->index(1, 0, slowest.parent()));
    QCOMPARE(cold.data().toString(), QStringLiteral("Parallel Seq Scan on users u"));
    QVERIFY(!cold.data(Qt::BackgroundRole).isValid());

    // And it is what the screen shows: the empty right end of the node cell has the highlight colour.
    const QImage image = tree->viewport()->grab().toImage();
    const QRect hot = tree->visualRect(slowest);
    const QRect plain = tree->visualRect(cold);
    const QColor hotPixel = image.pixelColor(hot.right() - 3, hot.center().y());
    const QColor plainPixel = image.pixelColor(plain.right() - 3, plain.center().y());
    QCOMPARE(hotPixel, background.value<QColor>());
    QVERIFY(hotPixel != plainPixel);
}

void TestExplainView::summaryShowsTheTimes()
{
    QLabel *summary = find<QLabel>("explainSummary");
    QVERIFY(summary->isVisible());
    const QString text = summary->text();
    QCOMPARE(m_view->summaryText(), text);
    QVERIFY2(text.contains(QLocale().toString(31.0, 'f', 3)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Execution")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(0.4, 'f', 3)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Parallel Seq Scan on messages m")), qPrintable(text));
}

void TestExplainView::rawToggleShowsTheServersText()
{
    QToolButton *toggle = find<QToolButton>("explainRawToggle");
    QStackedWidget *stack = find<QStackedWidget>("explainStack");
    QPlainTextEdit *raw = find<QPlainTextEdit>("explainRaw");
    QVERIFY(!m_view->isRawShown());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(m_view->isRawShown());
    QCOMPARE(stack->currentWidget(), raw);
    QVERIFY(raw->isVisible());
    QCOMPARE(raw->toPlainText(), QString::fromUtf8(PlanJson));
    QVERIFY(raw->isReadOnly());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!m_view->isRawShown());
    QVERIFY(m_view->tree()->isVisible());
}

void TestExplainView::badOutputShowsTheError()
{
    const QString text = QStringLiteral("Seq Scan on users  (cost=0.00..24.50 rows=1000 width=86)");
    QVERIFY(!m_view->setOutput(text));
    QCOMPARE(m_view->tree()->model()->rowCount(), 0);
    QVERIFY(m_view->summaryText().contains(QStringLiteral("JSON")));
    QVERIFY(m_view->isRawShown());
    QVERIFY(find<QToolButton>("explainRawToggle")->isChecked());
    QCOMPARE(find<QPlainTextEdit>("explainRaw")->toPlainText(), text);
    m_view->clear();
    QVERIFY(!m_view->summaryText().isEmpty());
}

void TestExplainView::planWithoutAnalyzeSaysSo()
{
    m_view->setPlan(ExplainPlan::parse(
        QStringLiteral(R"([{"Plan": {"Node Type": "Seq Scan", "Relation Name": "users", "Alias": "users",
            "Startup Cost": 0.00, "Total Cost": 24.50, "Plan Rows": 1000, "Plan Width": 86}}])")));
    QVERIFY(m_view->summaryText().contains(QStringLiteral("ANALYZE")));
    QVERIFY(m_view->summaryText().contains(QLocale().toString(24.5, 'f', 2)));
    QVERIFY(m_view->tree()->isColumnHidden(ExplainPlanModel::TimeColumn));
    QVERIFY(m_view->tree()->isColumnHidden(ExplainPlanModel::ActualRowsColumn));
    QVERIFY(!m_view->tree()->isColumnHidden(ExplainPlanModel::CostColumn));
    const QModelIndex root = m_view->tree()->model()->index(0, 0);
    QVERIFY(root.data(ExplainPlanModel::SlowestRole).toBool());
    QVERIFY(root.data(Qt::BackgroundRole).isValid());
}

QTEST_MAIN(TestExplainView)
#include "tst_explainview.moc"
