#pragma once

#include "connection/connectionprofile.h"
#include "console/queryrunner.h"
#include "console/statementclassifier.h"

#include <QWidget>
#include <memory>

class DatabaseConnection;
class HistoryStore;
class QAction;
class QLabel;
class QToolBar;
class ResultsPane;
class ResultExporter;
class Session;
class SnippetStore;
class SqlEditor;
class WriteLockButton;

// A SQL console tab: an editor over its own Session (so a long query never blocks browsing), run the
// statement under the cursor, the selection or the whole script; results stream into grids; cancel really
// cancels on the server; explicit transactions show their state; production is read-only until unlocked
// and dangerous statements ask first.
class ConsoleTab : public QWidget
{
    Q_OBJECT
public:
    ConsoleTab(DatabaseConnection *connection, HistoryStore *history, QWidget *parent = nullptr);
    ~ConsoleTab() override;

    SqlEditor *editor() const { return m_editor; }
    ResultsPane *results() const { return m_results; }
    QueryRunner *runner() const { return m_runner.get(); }
    Session *session() const { return m_session.get(); }
    bool isWriteUnlocked() const;
    WriteLockButton *writeLockButton() const { return m_lockButton; }
    void setSnippetStore(SnippetStore *snippets) { m_snippets = snippets; }
    QString filePath() const { return m_filePath; }

    enum class Scope { Statement, Selection, Script };
    // Runs what the user asked for; false when nothing was sent (empty, not connected, not confirmed).
    bool run(Scope scope);
    void explain(bool analyze);
    void cancel();
    // False when nothing was sent (not connected, a statement still running).
    bool commit();
    bool rollback();
    // Asks before closing with an open transaction or unsaved text; true when the tab may close now. When
    // the user chose to commit first, false: the commit is sent and closeReady() follows once it succeeded.
    bool confirmClose();
    bool isClosing() const { return m_closeAfterCommit; }
    // Whether confirmClose() asks to save the file first: the text differs from the file it came from, and
    // the preferences say to ask.
    bool asksToSaveOnClose() const;
    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    // Unlocks writes for this console's production session (asking why, unless reason is given), or locks
    // them again; the runner applies it to each transaction it begins (see QueryRunner::writeLock).
    void setWriteUnlocked(bool unlocked, const QString &reason = {});

Q_SIGNALS:
    void titleChanged(const QString &title);
    void busyChanged(bool busy);
    // The commit asked for when closing went through: the tab may be closed without asking again.
    void closeReady();

private:
    void createActions(QToolBar *toolbar);
    bool send(const QList<RunnableStatement> &statements, const QStringList &texts, QList<StatementClass> classes = {});
    void onStatementDone(const StatementOutcome &outcome);
    void onTransactionState(QueryRunner::TransactionState state);
    void updateActions();
    void exportResult();
    void showHistory();
    void showSnippets();
    void chooseFileToOpen();
    void chooseFileToSave();
    void loadServerKeywords();
    void onWritesUnlocked();

    DatabaseConnection *m_connection;
    HistoryStore *m_history;
    SnippetStore *m_snippets = nullptr;
    ConnectionProfile m_profile;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QueryRunner> m_runner;
    SqlEditor *m_editor = nullptr;
    ResultsPane *m_results = nullptr;
    ResultExporter *m_exporter = nullptr;
    QLabel *m_transactionLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_runScriptAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_explainAction = nullptr;
    QAction *m_explainAnalyzeAction = nullptr;
    QAction *m_autoCommitAction = nullptr;
    QAction *m_commitAction = nullptr;
    QAction *m_rollbackAction = nullptr;
    WriteLockButton *m_lockButton = nullptr;
    QList<RunnableStatement> m_running;
    QStringList m_runningTexts;
    int m_explainIndex = -1; // which statement of the run is an EXPLAIN whose plan to show
    bool m_explainAnalyze = false;
    bool m_closeAfterCommit = false;
    QString m_filePath;
};
