#include "connection/session.h"
#include "console/explainplan.h"
#include "console/explainplanmodel.h"
#include "testcluster.h"
#include "testwait.h"

#include <QAbstractItemModelTester>
#include <QtTest>
#include <functional>

namespace {

// EXPLAIN (FORMAT JSON, ANALYZE, BUFFERS) of a filtered scan, trimmed to the fields that matter.
const char SeqScanJson[] = R"json([
  {
    "Plan": {
      "Node Type": "Seq Scan", "Parallel Aware": false, "Async Capable": false,
      "Relation Name": "users", "Alias": "users",
      "Startup Cost": 0.00, "Total Cost": 24.50, "Plan Rows": 5, "Plan Width": 86,
      "Actual Startup Time": 0.012, "Actual Total Time": 0.250, "Actual Rows": 4, "Actual Loops": 1,
      "Filter": "((username)::text ~~ 'amira%'::text)", "Rows Removed by Filter": 996,
      "Shared Hit Blocks": 12, "Shared Read Blocks": 0, "Shared Dirtied Blocks": 0, "Shared Written Blocks": 0,
      "Local Hit Blocks": 0, "Local Read Blocks": 0, "Local Dirtied Blocks": 0, "Local Written Blocks": 0,
      "Temp Read Blocks": 0, "Temp Written Blocks": 0
    },
    "Planning": {"Shared Hit Blocks": 3, "Shared Read Blocks": 0},
    "Planning Time": 0.080,
    "Triggers": [],
    "Execution Time": 0.300
  }
])json";

// A nested loop whose inner index scan is cheap per loop but runs ten times: the loops make it the slowest.
const char NestedLoopJson[] = R"json([{
  "Plan": {
    "Node Type": "Nested Loop", "Join Type": "Inner",
    "Startup Cost": 0.29, "Total Cost": 120.50, "Plan Rows": 10, "Plan Width": 40,
    "Actual Startup Time": 0.020, "Actual Total Time": 0.600, "Actual Rows": 10, "Actual Loops": 1,
    "Inner Unique": true,
    "Plans": [
      {"Node Type": "Seq Scan", "Parent Relationship": "Outer", "Relation Name": "messages", "Alias": "m",
       "Startup Cost": 0.00, "Total Cost": 40.00, "Plan Rows": 10, "Plan Width": 36,
       "Actual Startup Time": 0.005, "Actual Total Time": 0.100, "Actual Rows": 10, "Actual Loops": 1,
       "Filter": "(id < 11)", "Rows Removed by Filter": 19990},
      {"Node Type": "Index Scan", "Parent Relationship": "Inner", "Scan Direction": "Forward",
       "Index Name": "users_pkey", "Relation Name": "users", "Alias": "u",
       "Startup Cost": 0.29, "Total Cost": 8.00, "Plan Rows": 1, "Plan Width": 12,
       "Actual Startup Time": 0.030, "Actual Total Time": 0.040, "Actual Rows": 1, "Actual Loops": 10,
       "Index Cond": "(id = m.user_id)", "Rows Removed by Index Recheck": 0}
    ]
  },
  "Planning Time": 0.150,
  "Execution Time": 0.650
}])json";

// A parallel hash join: the nodes below Gather ran in three processes (two workers and the leader).
const char ParallelHashJoinJson[] = R"json([{
  "Plan": {
    "Node Type": "Gather", "Parallel Aware": false,
    "Startup Cost": 1000.00, "Total Cost": 9000.00, "Plan Rows": 20000, "Plan Width": 50,
    "Actual Startup Time": 2.000, "Actual Total Time": 30.000, "Actual Rows": 20000, "Actual Loops": 1,
    "Workers Planned": 2, "Workers Launched": 2, "Single Copy": false,
    "Plans": [
      {"Node Type": "Hash Join", "Parent Relationship": "Outer", "Parallel Aware": true, "Join Type": "Inner",
       "Startup Cost": 30.00, "Total Cost": 7000.00, "Plan Rows": 8333, "Plan Width": 50,
       "Actual Startup Time": 10.000, "Actual Total Time": 25.000, "Actual Rows": 6667, "Actual Loops": 3,
       "Inner Unique": true, "Hash Cond": "(m.user_id = u.id)",
       "Plans": [
         {"Node Type": "Seq Scan", "Parent Relationship": "Outer", "Parallel Aware": true,
          "Relation Name": "messages", "Alias": "m",
          "Startup Cost": 0.00, "Total Cost": 5000.00, "Plan Rows": 8333, "Plan Width": 40,
          "Actual Startup Time": 0.010, "Actual Total Time": 12.000, "Actual Rows": 6667, "Actual Loops": 3},
         {"Node Type": "Hash", "Parent Relationship": "Inner", "Parallel Aware": true,
          "Startup Cost": 20.00, "Total Cost": 20.00, "Plan Rows": 417, "Plan Width": 14,
          "Actual Startup Time": 5.000, "Actual Total Time": 5.000, "Actual Rows": 333, "Actual Loops": 3,
          "Hash Buckets": 1024, "Original Hash Buckets": 1024, "Hash Batches": 1, "Peak Memory Usage": 120,
          "Plans": [
            {"Node Type": "Seq Scan", "Parent Relationship": "Outer", "Parallel Aware": true,
             "Relation Name": "users", "Alias": "u",
             "Startup Cost": 0.00, "Total Cost": 15.00, "Plan Rows": 417, "Plan Width": 14,
             "Actual Startup Time": 0.005, "Actual Total Time": 4.000, "Actual Rows": 333, "Actual Loops": 3}
          ]}
       ]}
    ]
  },
  "Planning Time": 0.400,
  "Execution Time": 31.000
}])json";

// A CTE: its plan hangs below the Aggregate as an InitPlan, but its time is spent inside the CTE Scan.
const char CteScanJson[] = R"json([{
  "Plan": {
    "Node Type": "Aggregate", "Strategy": "Plain", "Partial Mode": "Simple",
    "Startup Cost": 600.00, "Total Cost": 600.01, "Plan Rows": 1, "Plan Width": 8,
    "Actual Startup Time": 20.000, "Actual Total Time": 20.000, "Actual Rows": 1, "Actual Loops": 1,
    "Plans": [
      {"Node Type": "Seq Scan", "Parent Relationship": "InitPlan", "Subplan Name": "CTE recent",
       "Relation Name": "messages", "Alias": "messages",
       "Startup Cost": 0.00, "Total Cost": 450.00, "Plan Rows": 2000, "Plan Width": 40,
       "Actual Startup Time": 0.010, "Actual Total Time": 8.000, "Actual Rows": 2000, "Actual Loops": 1,
       "Filter": "(created_at > '2024-06-01 00:00:00'::timestamp without time zone)"},
      {"Node Type": "CTE Scan", "Parent Relationship": "Outer", "CTE Name": "recent", "Alias": "r",
       "Startup Cost": 0.00, "Total Cost": 40.00, "Plan Rows": 2000, "Plan Width": 0,
       "Actual Startup Time": 0.020, "Actual Total Time": 18.000, "Actual Rows": 2000, "Actual Loops": 1}
    ]
  },
  "Planning Time": 0.100,
  "Execution Time": 20.500
}])json";

// Without ANALYZE, with a correlated SubPlan and the fields a minimal plan may lack (no Plan Width).
const char SubPlanJson[] = R"json([{
  "Plan": {
    "Node Type": "Seq Scan", "Relation Name": "users", "Alias": "u",
    "Startup Cost": 0.00, "Total Cost": 8500.00, "Plan Rows": 500,
    "Filter": "((SubPlan 1) > 5)",
    "Plans": [
      {"Node Type": "Aggregate", "Strategy": "Plain", "Parent Relationship": "SubPlan", "Subplan Name": "SubPlan 1",
       "Startup Cost": 8.40, "Total Cost": 8.41, "Plan Rows": 1, "Plan Width": 8,
       "Plans": [
         {"Node Type": "Index Only Scan", "Parent Relationship": "Outer", "Index Name": "idx_messages_user_id",
          "Relation Name": "messages", "Alias": "messages",
          "Startup Cost": 0.29, "Total Cost": 8.35, "Plan Rows": 20, "Plan Width": 0,
          "Index Cond": "(user_id = u.id)"}
       ]}
    ]
  },
  "Planning Time": 0.090
}])json";

QString json(const char *text)
{
    return QString::fromUtf8(text);
}

int countIndexes(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        for (int column = 0; column < model.columnCount(parent); ++column)
            model.data(model.index(row, column, parent), Qt::ToolTipRole);
        count += 1 + countIndexes(model, child);
    }
    return count;
}

} // namespace

// ExplainPlan and ExplainPlanModel: hand-written plans for each shape, then real plans from the server.
class TestExplainPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void details();
    void titles_data();
    void titles();
    void malformed_data();
    void malformed();
    void wrap();
    void modelPassesTheTester();
    void modelShowsFigures();
    void serverPlanForAJoin();
    void serverPlanUsesTheFullTextIndex();
    void serverPlanWithoutAnalyze();
    void serverErrorIsPassedOn();

private:
    ExplainPlan explainOnServer(const QString &statement, bool analyze);
    TestCluster m_fixture;
    std::unique_ptr<Session> m_session;
};

void TestExplainPlan::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_session = std::make_unique<Session>(m_fixture.profile(), QString(), QStringLiteral("explain test"));
    QVERIFY(TestWait::open(*m_session));
}

void TestExplainPlan::parse_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QStringList>("titles"); // pre-order
    QTest::addColumn<bool>("analyzed");
    QTest::addColumn<double>("executionMs");
    QTest::addColumn<QList<double>>("exclusive"); // ms when timed, cost otherwise
    QTest::addColumn<int>("slowest");

    QTest::newRow("seq scan") << json(SeqScanJson) << QStringList {QStringLiteral("Seq Scan on users")} << true << 0.3
                              << QList<double> {0.25} << 0;
    QTest::newRow("nested loop with index scan")
        << json(NestedLoopJson)
        << QStringList {QStringLiteral("Nested Loop"), QStringLiteral("Seq Scan on messages m"),
               QStringLiteral("Index Scan using users_pkey on users u")}
        << true << 0.65 << QList<double> {0.1, 0.1, 0.4} << 2;
    QTest::newRow("hash join with parallel workers")
        << json(ParallelHashJoinJson)
        << QStringList {QStringLiteral("Gather"), QStringLiteral("Parallel Hash Join"),
               QStringLiteral("Parallel Seq Scan on messages m"), QStringLiteral("Parallel Hash"),
               QStringLiteral("Parallel Seq Scan on users u")}
        << true << 31.0 << QList<double> {5, 8, 12, 1, 4} << 2;
    QTest::newRow("cte scan") << json(CteScanJson)
                              << QStringList {QStringLiteral("Aggregate"), QStringLiteral("Seq Scan on messages"),
                                     QStringLiteral("CTE Scan on recent r")}
                              << true << 20.5 << QList<double> {2, 8, 10} << 2;
    QTest::newRow("subplan without analyze")
        << json(SubPlanJson)
        << QStringList {QStringLiteral("Seq Scan on users u"), QStringLiteral("Aggregate"),
               QStringLiteral("Index Only Scan using idx_messages_user_id on messages")}
        << false << -1.0 << QList<double> {8491.59, 0.06, 8.35} << 0;
    QTest::newRow("analyze with timing off")
        << QStringLiteral(R"json([{"Plan": {"Node Type": "Sort", "Total Cost": 90, "Actual Rows": 5, "Actual Loops": 1,
              "Plans": [{"Node Type": "Seq Scan", "Relation Name": "users", "Total Cost": 20,
                         "Actual Rows": 5, "Actual Loops": 1}]},
              "Execution Time": 0.5}])json")
        << QStringList {QStringLiteral("Sort"), QStringLiteral("Seq Scan on users")} << true << 0.5
        << QList<double> {70, 20} << 0;
    QTest::newRow("bare object, fields missing")
        << QStringLiteral(R"({"Plan": {"Node Type": "Result"}})") << QStringList {QStringLiteral("Result")} << false
        << -1.0 << QList<double> {0} << 0;
}

void TestExplainPlan::parse()
{
    QFETCH(QString, output);
    QFETCH(QStringList, titles);
    QFETCH(bool, analyzed);
    QFETCH(double, executionMs);
    QFETCH(QList<double>, exclusive);
    QFETCH(int, slowest);

    Error error;
    const ExplainPlan plan = ExplainPlan::parse(output, &error);
    QVERIFY2(error.isNull(), qPrintable(error.toString()));
    QCOMPARE(plan.nodes().size(), titles.size());
    QCOMPARE(plan.analyzed(), analyzed);
    QCOMPARE(plan.timed(), analyzed && QTest::currentDataTag() != QLatin1String("analyze with timing off"));
    QCOMPARE(plan.executionMs(), executionMs);
    QCOMPARE(plan.rawText(), output);
    QCOMPARE(plan.slowestNode(), slowest);
    double percent = 0;
    for (int i = 0; i < plan.nodes().size(); ++i) {
        const ExplainNode &node = plan.node(i);
        QCOMPARE(node.title, titles.at(i));
        const double own = plan.timed() ? node.exclusiveMs : node.exclusiveCost;
        QVERIFY2(qAbs(own - exclusive.at(i)) < 1e-6, qPrintable(QStringLiteral("%1: %2").arg(i).arg(own)));
        QCOMPARE(node.slowest, i == slowest);
        QVERIFY(node.percentOfTotal >= 0 && node.percentOfTotal <= 100);
        percent += node.percentOfTotal;
        if (i > 0)
            QVERIFY(plan.node(node.parent).children.contains(i));
    }
    QVERIFY2(percent <= 100.0001, qPrintable(QString::number(percent)));
}

void TestExplainPlan::details()
{
    const ExplainPlan seq = ExplainPlan::parse(json(SeqScanJson));
    const ExplainNode &scan = seq.node(0);
    QCOMPARE(seq.planningMs(), 0.08);
    QCOMPARE(scan.relation, QStringLiteral("users"));
    QCOMPARE(scan.filter, QStringLiteral("((username)::text ~~ 'amira%'::text)"));
    QCOMPARE(scan.rowsRemovedByFilter, 996.0);
    QCOMPARE(scan.buffers.sharedHit, qint64(12));
    QCOMPARE(scan.buffers.toString(), QStringLiteral("shared hit=12"));
    QCOMPARE(scan.planWidth, 86);
    QCOMPARE(scan.actualRows, 4.0);
    QVERIFY(qAbs(scan.percentOfTotal - 0.25 / 0.3 * 100) < 1e-6);

    const ExplainPlan loop = ExplainPlan::parse(json(NestedLoopJson));
    QCOMPARE(loop.node(2).indexCond, QStringLiteral("(id = m.user_id)"));
    QCOMPARE(loop.node(2).parentRelationship, QStringLiteral("Inner"));
    QCOMPARE(loop.node(2).loops, 10.0);
    QCOMPARE(loop.node(2).rowsRemovedByIndexRecheck, 0.0);
    QVERIFY(loop.node(0).details.contains({QStringLiteral("Inner Unique"), QStringLiteral("true")}));

    const ExplainPlan parallel = ExplainPlan::parse(json(ParallelHashJoinJson));
    QCOMPARE(parallel.node(0).workersPlanned, 2);
    QCOMPARE(parallel.node(0).workersLaunched, 2);
    QCOMPARE(parallel.node(1).hashCond, QStringLiteral("(m.user_id = u.id)"));
    QVERIFY(parallel.node(3).details.contains({QStringLiteral("Hash Buckets"), QStringLiteral("1024")}));
    QVERIFY(parallel.node(2).buffers.isEmpty());

    const ExplainPlan cte = ExplainPlan::parse(json(CteScanJson));
    QCOMPARE(cte.node(1).subplanName, QStringLiteral("CTE recent"));
    QCOMPARE(cte.node(1).parentRelationship, QStringLiteral("InitPlan"));
    QCOMPARE(cte.node(2).cteName, QStringLiteral("recent"));

    const ExplainPlan sub = ExplainPlan::parse(json(SubPlanJson));
    QCOMPARE(sub.node(1).subplanName, QStringLiteral("SubPlan 1"));
    QCOMPARE(sub.node(0).planWidth, 0);
    QVERIFY(!sub.node(0).analyzed);
    QCOMPARE(sub.planningMs(), 0.09);
}

void TestExplainPlan::titles_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("title");
    const auto row = [](const char *name, const char *node, const char *title) {
        QTest::newRow(name) << QString::fromUtf8(node) << QString::fromUtf8(title);
    };
    row("left join", R"("Node Type": "Hash Join", "Join Type": "Left")", "Hash Left Join");
    row("anti join", R"("Node Type": "Nested Loop", "Join Type": "Anti")", "Nested Loop Anti Join");
    row("hash aggregate", R"("Node Type": "Aggregate", "Strategy": "Hashed")", "HashAggregate");
    row("finalize group aggregate", R"("Node Type": "Aggregate", "Strategy": "Sorted", "Partial Mode": "Finalize")",
        "Finalize GroupAggregate");
    row("backward index scan",
        R"("Node Type": "Index Scan", "Scan Direction": "Backward", "Index Name": "idx_messages_created_at",
           "Relation Name": "messages", "Alias": "messages")",
        "Index Scan Backward using idx_messages_created_at on messages");
    row("bitmap index scan", R"("Node Type": "Bitmap Index Scan", "Index Name": "idx_messages_content")",
        "Bitmap Index Scan on idx_messages_content");
    row("insert", R"("Node Type": "ModifyTable", "Operation": "Insert", "Relation Name": "links", "Alias": "links")",
        "Insert on links");
    row("function scan", R"("Node Type": "Function Scan", "Function Name": "generate_series", "Alias": "g")",
        "Function Scan on generate_series g");
    row("subquery scan", R"("Node Type": "Subquery Scan", "Alias": "top_users")", "Subquery Scan on top_users");
    row("verbose schema", R"("Node Type": "Seq Scan", "Relation Name": "users", "Schema": "public", "Alias": "u")",
        "Seq Scan on public.users u");
    row("hashed setop", R"("Node Type": "SetOp", "Strategy": "Hashed", "Command": "Except")", "HashSetOp Except");
}

void TestExplainPlan::titles()
{
    QFETCH(QString, node);
    QFETCH(QString, title);
    Error error;
    const ExplainPlan plan = ExplainPlan::parse(QStringLiteral("[{\"Plan\": {%1}}]").arg(node), &error);
    QVERIFY2(error.isNull(), qPrintable(error.toString()));
    QCOMPARE(plan.node(0).title, title);
}

void TestExplainPlan::malformed_data()
{
    QTest::addColumn<QString>("output");
    QTest::newRow("empty") << QString();
    QTest::newRow("truncated") << json(SeqScanJson).left(200);
    QTest::newRow("text format") << QStringLiteral("Seq Scan on users  (cost=0.00..24.50 rows=1000 width=86)");
    QTest::newRow("empty array") << QStringLiteral("[]");
    QTest::newRow("no plan") << QStringLiteral(R"([{"Planning Time": 0.1}])");
    QTest::newRow("plan is not an object") << QStringLiteral(R"([{"Plan": 42}])");
}

void TestExplainPlan::malformed()
{
    QFETCH(QString, output);
    Error error;
    const ExplainPlan plan = ExplainPlan::parse(output, &error);
    QVERIFY(plan.isEmpty());
    QVERIFY(!error.isNull());
    QVERIFY(!error.what.isEmpty());
    QVERIFY(!error.why.isEmpty());
    QCOMPARE(plan.slowestNode(), -1);
    QVERIFY(!plan.root());
}

void TestExplainPlan::wrap()
{
    QCOMPARE(ExplainPlan::wrap(QStringLiteral("SELECT 1"), true),
        QStringLiteral("EXPLAIN (FORMAT JSON, ANALYZE, BUFFERS) SELECT 1"));
    QCOMPARE(
        ExplainPlan::wrap(QStringLiteral("  SELECT 1 ;\n"), false), QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1"));
    QCOMPARE(
        ExplainPlan::wrap(QStringLiteral("SELECT ';'"), false), QStringLiteral("EXPLAIN (FORMAT JSON) SELECT ';'"));
}

void TestExplainPlan::modelPassesTheTester()
{
    ExplainPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    for (const char *sample : {SeqScanJson, NestedLoopJson, ParallelHashJoinJson, CteScanJson, SubPlanJson}) {
        const ExplainPlan plan = ExplainPlan::parse(json(sample));
        model.setPlan(plan);
        QCOMPARE(countIndexes(model), plan.nodes().size());
        for (int i = 0; i < plan.nodes().size(); ++i)
            QCOMPARE(model.indexOfNode(i).data(ExplainPlanModel::NodeIndexRole).toInt(), i);
    }
    model.setPlan({});
    QCOMPARE(model.rowCount(), 0);
}

void TestExplainPlan::modelShowsFigures()
{
    ExplainPlanModel model;
    model.setPlan(ExplainPlan::parse(json(ParallelHashJoinJson)));
    QCOMPARE(model.columnCount(), int(ExplainPlanModel::ColumnCount));
    QCOMPARE(model.headerData(ExplainPlanModel::TimeColumn, Qt::Horizontal).toString(),
        QStringLiteral("Time (ms, exclusive)"));
    const QModelIndex scan = model.indexOfNode(2);
    QCOMPARE(scan.parent(), model.indexOfNode(1));
    QVERIFY(scan.data(ExplainPlanModel::SlowestRole).toBool());
    QVERIFY(!model.indexOfNode(0).data(ExplainPlanModel::SlowestRole).toBool());
    QCOMPARE(scan.data(ExplainPlanModel::HeatRole).toDouble(), 12.0 / 31.0);
    QCOMPARE(model.indexOfNode(2, ExplainPlanModel::TimeColumn).data(ExplainPlanModel::ValueRole).toDouble(), 12.0);
    QCOMPARE(model.indexOfNode(2, ExplainPlanModel::LoopsColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.indexOfNode(2, ExplainPlanModel::ActualRowsColumn).data().toString(), QLocale().toString(6667));
    const QString tip = model.indexOfNode(0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("2 planned, 2 launched")), qPrintable(tip));
    QVERIFY(model.indexOfNode(3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Hash Buckets: 1024")));
    QVERIFY(scan.data(Qt::ToolTipRole).toString().contains(QStringLiteral("slowest")));

    model.setPlan(ExplainPlan::parse(json(CteScanJson)));
    QCOMPARE(model.indexOfNode(1).data().toString(), QStringLiteral("CTE recent: Seq Scan on messages"));
    model.setPlan(ExplainPlan::parse(json(SubPlanJson)));
    QVERIFY(model.indexOfNode(0, ExplainPlanModel::TimeColumn).data().isNull());
    QVERIFY(model.indexOfNode(0, ExplainPlanModel::ActualRowsColumn).data().isNull());
}

ExplainPlan TestExplainPlan::explainOnServer(const QString &statement, bool analyze)
{
    const PgResult result = TestWait::result(m_session->run(ExplainPlan::wrap(statement, analyze)));
    Error error;
    const ExplainPlan plan = ExplainPlan::fromResult(result, &error);
    if (!error.isNull())
        qWarning("%s", qPrintable(error.toString()));
    return plan;
}

void TestExplainPlan::serverPlanForAJoin()
{
    const ExplainPlan plan
        = explainOnServer(QStringLiteral("SELECT u.username, count(*) FROM users u JOIN messages m ON m.user_id = u.id "
                                         "GROUP BY u.username ORDER BY 2 DESC LIMIT 10"),
            true);
    QVERIFY(!plan.isEmpty());
    QVERIFY(plan.analyzed());
    QVERIFY(plan.planningMs() >= 0);
    QVERIFY(plan.executionMs() > 0);
    QCOMPARE(plan.root()->nodeType, QStringLiteral("Limit"));
    QCOMPARE(plan.root()->actualRows, 10.0);
    QStringList relations;
    int slowest = 0;
    bool buffers = false;
    for (const ExplainNode &node : plan.nodes()) {
        relations.append(node.relation);
        slowest += node.slowest ? 1 : 0;
        buffers = buffers || !node.buffers.isEmpty();
        QVERIFY(node.analyzed);
        QVERIFY(node.totalCost > 0 || node.nodeType == QLatin1String("Limit"));
        QVERIFY(node.loops >= 1 || node.neverExecuted());
        QVERIFY(node.inclusiveMs >= node.exclusiveMs);
    }
    QVERIFY2(relations.contains(QStringLiteral("users")) && relations.contains(QStringLiteral("messages")),
        qPrintable(relations.join(QLatin1Char(','))));
    QCOMPARE(slowest, 1);
    QVERIFY(plan.node(plan.slowestNode()).exclusiveMs > 0);
    QVERIFY(buffers);

    ExplainPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plan);
    QCOMPARE(countIndexes(model), plan.nodes().size());
    QVERIFY(model.indexOfNode(plan.slowestNode()).data(ExplainPlanModel::SlowestRole).toBool());
}

void TestExplainPlan::serverPlanUsesTheFullTextIndex()
{
    const PgResult set = TestWait::result(m_session->run(QStringLiteral("SET enable_seqscan = off")));
    QVERIFY2(set.ok(), qPrintable(set.error.toString()));
    const ExplainPlan plan = explainOnServer(QStringLiteral("SELECT * FROM messages WHERE to_tsvector('english', "
                                                            "content) @@ plainto_tsquery('english','presentation')"),
        true);
    TestWait::result(m_session->run(QStringLiteral("RESET enable_seqscan")));
    QVERIFY(!plan.isEmpty());
    const ExplainNode *index = nullptr;
    for (const ExplainNode &node : plan.nodes()) {
        if (node.indexName == QLatin1String("idx_messages_content"))
            index = &node;
    }
    QVERIFY2(index, qPrintable(plan.rawText()));
    QVERIFY(index->title.contains(QStringLiteral("idx_messages_content")));
    QVERIFY(index->actualRows > 0);
    QVERIFY(!index->indexCond.isEmpty());
    QVERIFY(plan.root()->actualRows > 0);
    QCOMPARE(plan.root()->relation, QStringLiteral("messages"));
    QVERIFY(plan.node(plan.slowestNode()).slowest);

    ExplainPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plan);
    QCOMPARE(countIndexes(model), plan.nodes().size());
}

void TestExplainPlan::serverPlanWithoutAnalyze()
{
    const ExplainPlan plan = explainOnServer(QStringLiteral("SELECT * FROM users WHERE id = 42;"), false);
    QVERIFY(!plan.isEmpty());
    QVERIFY(!plan.analyzed());
    QCOMPARE(plan.executionMs(), -1.0);
    QCOMPARE(plan.root()->indexName, QStringLiteral("users_pkey"));
    QCOMPARE(plan.root()->title, QStringLiteral("Index Scan using users_pkey on users"));
    QVERIFY(plan.root()->totalCost > 0);
    QVERIFY(plan.root()->slowest);
}

void TestExplainPlan::serverErrorIsPassedOn()
{
    const PgResult result
        = TestWait::result(m_session->run(ExplainPlan::wrap(QStringLiteral("SELECT * FROM no_such_table"), false)));
    Error error;
    QVERIFY(ExplainPlan::fromResult(result, &error).isEmpty());
    QCOMPARE(error.sqlState, QStringLiteral("42P01"));
}

QTEST_GUILESS_MAIN(TestExplainPlan)
#include "tst_explainplan.moc"
