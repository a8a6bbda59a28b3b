#pragma once

#include "console/queryrunner.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBlock;
class ResultSetModel;
class ResultView;

// The lower half of a console tab: one grid per result set (titled with its row count and time), the
// messages pane (notices, command tags, errors), and the bar that asks at the row cap.
class ResultsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPane(QWidget *parent = nullptr);

    // Wires itself to a runner's signals for the run that starts now; old result tabs are dropped.
    void beginRun(QueryRunner *runner, const QStringList &statementTexts);
    void addPlanTab(QWidget *plan, const QString &title);
    void appendMessage(const QString &text, bool isError = false);

    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *messages() const { return m_messages; }
    // The grid of the current tab, or nullptr when the messages or plan tab is shown.
    ResultView *currentResultView() const;
    int resultCount() const { return int(m_models.size()); }
    ResultSetModel *resultModel(int statementIndex) const { return m_models.value(statementIndex); }

Q_SIGNALS:
    void statementDone(const StatementOutcome &outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    // A message block's state: errors are coloured in the danger tone, again when the palette changes.
    static constexpr int ErrorMessage = 1;

    void colourError(const QTextBlock &block);
    void onColumns(int index, const QList<ResultColumn> &columns);
    void onFinished(const StatementOutcome &outcome);
    void showCapBar(int index, qint64 rows);

    QTabWidget *m_tabs;
    QPlainTextEdit *m_messages;
    QWidget *m_capBar;
    QLabel *m_capText;
    QPointer<QueryRunner> m_runner;
    QStringList m_statements;
    QHash<int, ResultSetModel *> m_models;
    QHash<int, ResultView *> m_views;
    QList<QMetaObject::Connection> m_connections;
};
