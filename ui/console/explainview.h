#pragma once

#include <QWidget>

class ExplainPlan;
class ExplainPlanModel;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;
class QTreeView;
struct Error;

// An EXPLAIN plan as a reader wants it: the tree fully expanded, each node shaded by its share of the time,
// the slowest one marked, the planning and execution times above it, and the server's raw output a toggle
// away. Holds no SQL: the console runs ExplainPlan::wrap() and hands over the plan or the raw output.
class ExplainView : public QWidget
{
    Q_OBJECT
public:
    explicit ExplainView(QWidget *parent = nullptr);
    ~ExplainView() override;

    void setPlan(const ExplainPlan &plan);
    // Parses the server's output (see ExplainPlan::parse); on failure shows the error and the raw text.
    bool setOutput(const QString &output);
    // Shows why there is no plan, with the raw output (if any) in the raw view.
    void showError(const Error &error, const QString &rawOutput = {});
    void clear();

    ExplainPlanModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QString summaryText() const;
    bool isRawShown() const;
    void setRawShown(bool shown);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString summaryFor(const ExplainPlan &plan) const;
    void fitColumns();
    void fitNodeColumn();

    ExplainPlanModel *m_model;
    QLabel *m_summary;
    QToolButton *m_rawToggle;
    QStackedWidget *m_stack;
    QTreeView *m_tree;
    QPlainTextEdit *m_raw;
};
