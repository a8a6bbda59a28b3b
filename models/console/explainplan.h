#pragma once

#include "common/error.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct PgResult;

// The block counts EXPLAIN (BUFFERS) reports for one node; all zero when BUFFERS was not asked for.
struct ExplainBuffers
{
    qint64 sharedHit = 0;
    qint64 sharedRead = 0;
    qint64 sharedDirtied = 0;
    qint64 sharedWritten = 0;
    qint64 localHit = 0;
    qint64 localRead = 0;
    qint64 localDirtied = 0;
    qint64 localWritten = 0;
    qint64 tempRead = 0;
    qint64 tempWritten = 0;

    bool isEmpty() const;
    // "shared hit=12 read=3, temp written=40", in the words of psql's text format.
    QString toString() const;
};

// One node of a query plan as the server described it, with the figures derived from it (exclusive time,
// share of the total, whether it is the slowest node).
struct ExplainNode
{
    QString nodeType; // "Index Scan", as the server names it
    QString title; // "Index Scan using users_pkey on users u", as psql's text format shows it
    QString parentRelationship; // "Outer", "Inner", "InitPlan", "SubPlan", "Member", "Subquery"; empty at the root
    QString subplanName; // "InitPlan 1 (returns $0)", "SubPlan 2", "CTE recent"
    QString relation; // "users" (with its schema under VERBOSE: "public.users")
    QString alias;
    QString indexName;
    QString cteName;

    double startupCost = 0;
    double totalCost = 0;
    double planRows = 0;
    int planWidth = 0;

    bool analyzed = false; // the actual figures below are the server's (EXPLAIN ANALYZE)
    double actualStartupMs = 0; // per loop, as the server reports it
    double actualTotalMs = 0; // per loop
    double actualRows = 0; // per loop
    double loops = 0; // 0 when analyzed: the node never ran
    int workersPlanned = -1; // Gather and Gather Merge only
    int workersLaunched = -1;

    QString filter;
    QString indexCond;
    QString recheckCond;
    QString joinFilter;
    QString hashCond;
    QString mergeCond;
    QStringList sortKey;
    QStringList groupKey;
    double rowsRemovedByFilter = -1; // -1: not reported
    double rowsRemovedByJoinFilter = -1;
    double rowsRemovedByIndexRecheck = -1;
    ExplainBuffers buffers;
    // Everything else the server said about the node (Sort Method, Hash Buckets, Workers...), for tooltips.
    QList<QPair<QString, QString>> details;

    // Derived by ExplainPlan::parse.
    double inclusiveMs = 0; // the node and everything below it, over all its loops
    double exclusiveMs = 0; // the node's own share of inclusiveMs
    double exclusiveCost = 0; // total cost minus the children's total cost
    double percentOfTotal = 0; // exclusive time (ANALYZE) or cost as a share of the whole plan, 0..100
    bool slowest = false;

    int parent = -1; // index into ExplainPlan::nodes(); -1 for the root
    int row = 0; // position among the parent's children
    QList<int> children; // indexes into ExplainPlan::nodes(), in the server's order

    bool neverExecuted() const { return analyzed && loops == 0; }
    // How far the row estimate was off: actual / estimated (or the inverse when smaller); 1 is exact.
    double estimateFactor() const;
};

// A parsed EXPLAIN (FORMAT JSON [, ANALYZE, BUFFERS]) result: a tree of plan nodes stored flat in pre-order
// (node 0 is the root), with the plan-level timings. A value type; cheap to copy for the sizes plans have.
class ExplainPlan
{
public:
    // The statement wrapped in EXPLAIN. With analyze the statement is executed: callers must have asked
    // before doing that to a statement that changes data.
    static QString wrap(const QString &statement, bool analyze);

    // Parses the text the server returned (the single cell of EXPLAIN (FORMAT JSON), or the rows of a
    // result joined by newlines). On failure returns an empty plan and sets *error.
    static ExplainPlan parse(const QString &output, Error *error = nullptr);
    // The same for a result from Session::run(): its error, or its cells joined.
    static ExplainPlan fromResult(const PgResult &result, Error *error = nullptr);

    bool isEmpty() const { return m_nodes.isEmpty(); }
    const QList<ExplainNode> &nodes() const { return m_nodes; }
    const ExplainNode &node(int index) const { return m_nodes.at(index); }
    const ExplainNode *root() const { return m_nodes.isEmpty() ? nullptr : &m_nodes.first(); }

    bool analyzed() const { return m_analyzed; }
    // Analyzed with timing (not TIMING OFF): shares and the slowest node are by time, otherwise by cost.
    bool timed() const { return m_timed; }
    double planningMs() const { return m_planningMs; } // -1 when the server did not say
    double executionMs() const { return m_executionMs; } // -1 without ANALYZE
    int slowestNode() const { return m_slowest; } // index into nodes(), -1 for an empty plan
    // The JSON as the server sent it, for the raw view.
    QString rawText() const { return m_raw; }

private:
    friend class ExplainPlanParser;
    void derive();
    void deriveExclusive();
    void deriveShares();

    QList<ExplainNode> m_nodes;
    bool m_analyzed = false;
    bool m_timed = false;
    double m_planningMs = -1;
    double m_executionMs = -1;
    int m_slowest = -1;
    QString m_raw;
};
