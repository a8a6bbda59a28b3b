#include "consoletab.h"

#include "catalog/schemacatalog.h"
#include "common/colours.h"
#include "common/icons.h"
#include "common/tonestyle.h"
#include "common/whenfinished.h"
#include "common/writelockbutton.h"
#include "connection/session.h"
#include "connection/writelock.h"
#include "console/explainplan.h"
#include "console/explainview.h"
#include "console/findbar.h"
#include "console/historystore.h"
#include "console/resultexporter.h"
#include "console/resultsetmodel.h"
#include "console/resultspane.h"
#include "console/sqleditor.h"
#include "console/sqlkeywords.h"
#include "console/statementclassifier.h"
#include "console/statementguard.h"
#include "console/statementsplitter.h"
#include "database/databaseconnection.h"
#include "settings/preferences.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

ConsoleTab::ConsoleTab(DatabaseConnection *connection, HistoryStore *history, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_history(history)
    , m_profile(connection->profile())
    , m_session(connection->createSession(QStringLiteral("console")))
{
    setObjectName(QStringLiteral("consoleTab"));
    m_runner = std::make_unique<QueryRunner>(m_session.get());
    m_editor = new SqlEditor(this);
    m_editor->setObjectName(QStringLiteral("sqlEditor"));
    m_editor->setAccessibleName(tr("SQL editor"));
    m_editor->applyPreferences(Preferences::shared()->values());
    connect(Preferences::shared(), &Preferences::changed, m_editor, &SqlEditor::applyPreferences);
    m_results = new ResultsPane(this);
    m_exporter = new ResultExporter(this);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("consoleToolbar"));
    createActions(toolbar);
    // Running keeps its words; the rest are icons with tool tips, so the bar fits beside the editor.
    Icons::decorate(toolbar,
        {QStringLiteral("explainAction"), QStringLiteral("explainAnalyzeAction"), QStringLiteral("commitAction"),
            QStringLiteral("rollbackAction"), QStringLiteral("openAction"), QStringLiteral("saveAction"),
            QStringLiteral("exportAction"), QStringLiteral("historyAction"), QStringLiteral("snippetsAction"),
            QStringLiteral("findAction")});

    auto *editorArea = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorArea);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_editor->findBar());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(editorArea);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("consoleStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_statusLabel);

    connect(m_results, &ResultsPane::statementDone, this, &ConsoleTab::onStatementDone);
    connect(m_runner.get(), &QueryRunner::transactionStateChanged, this, &ConsoleTab::onTransactionState);
    connect(m_runner.get(), &QueryRunner::statementStarted, this, [this](int index) {
        m_statusLabel->setText(tr("Running statement %1 of %2…").arg(index + 1).arg(m_running.size()));
    });
    connect(m_runner.get(), &QueryRunner::finished, this, [this](bool ok) {
        m_running.clear();
        m_statusLabel->setText(tr("Ready."));
        updateActions();
        Q_EMIT busyChanged(false);
        if (std::exchange(m_closeAfterCommit, false)) {
            if (ok && m_runner->transactionState() == QueryRunner::TransactionState::Idle)
                Q_EMIT closeReady();
            else
                m_statusLabel->setText(tr("The commit failed; the console stays open. See the messages."));
        }
    });
    connect(m_session.get(), &Session::stateChanged, this, &ConsoleTab::updateActions);
    connect(m_session.get(), &Session::opened, this, &ConsoleTab::loadServerKeywords);
    connect(m_session.get(), &Session::openFailed, this,
        [this](const Error &error) { m_results->appendMessage(error.toString(), true); });
    connect(m_session.get(), &Session::connectionLost, this, [this](const Error &error) {
        m_results->appendMessage(error.toString(), true);
        m_results->appendMessage(
            tr("Your text and results are still here. Use Connection → Reconnect, then run again."));
    });
    // The window's connection is back (Reconnect, or a Kubernetes forward restarted): so is this console.
    connect(m_connection, &DatabaseConnection::opened, this, [this] {
        if (m_session->state() == Session::State::Lost) {
            m_results->appendMessage(tr("Reconnecting…"));
            m_session->open();
        }
    });
    connect(m_connection->catalog(), &SchemaCatalog::loaded, this,
        [this] { m_editor->setCatalog(m_connection->catalog()->snapshot()); });
    connect(m_exporter, &ResultExporter::progress, this, [this](qint64 rows, qint64 total) {
        m_statusLabel->setText(tr("Exporting… %1 of %2 rows").arg(rows).arg(total));
    });
    connect(m_exporter, &ResultExporter::finished, this, [this](const Error &error) {
        m_statusLabel->setText(error.isNull() ? tr("Export finished.") : error.toString());
        if (!error.isNull())
            m_results->appendMessage(error.toString(), true);
    });
    connect(m_editor, &QsciScintilla::modificationChanged, this, [this] {
        Q_EMIT titleChanged(m_filePath.isEmpty()
                ? tr("Console")
                : QFileInfo(m_filePath).fileName() + (m_editor->isModified() ? QStringLiteral("*") : QString()));
    });

    m_editor->setCatalog(m_connection->catalog()->snapshot());
    onTransactionState(QueryRunner::TransactionState::Idle);
    connect(m_runner->writeLock(), &WriteLock::changed, this, [this](bool locked) {
        if (!locked)
            onWritesUnlocked();
    });
    m_session->open();
    updateActions();
}

ConsoleTab::~ConsoleTab()
{
    // The runner goes before the session it runs on.
    m_runner.reset();
}

bool ConsoleTab::run(Scope scope)
{
    const QString script = scope == Scope::Selection ? m_editor->selectedSqlText() : m_editor->text();
    const int base = scope == Scope::Selection ? qMax(0, m_editor->selectionStartOffset()) : 0;
    QList<SqlStatement> statements;
    if (scope != Scope::Statement)
        statements = StatementSplitter::split(script);
    else if (const std::optional<SqlStatement> current = m_editor->statementAtCursor())
        statements = {*current};
    if (statements.isEmpty()) {
        m_statusLabel->setText(tr("Nothing to run."));
        return false;
    }
    QList<RunnableStatement> runnable;
    QStringList texts;
    QList<StatementClass> classes;
    for (const SqlStatement &statement : std::as_const(statements)) {
        classes << StatementClassifier::classify(statement.text);
        runnable << RunnableStatement {
            statement.text, base + statement.start, classes.last().transaction != StatementClass::Transaction::None};
        texts << statement.text;
    }
    m_explainIndex = -1;
    return send(runnable, texts, classes);
}

bool ConsoleTab::send(
    const QList<RunnableStatement> &statements, const QStringList &texts, QList<StatementClass> classes)
{
    if (m_runner->isRunning() || !m_session->isConnected()) {
        m_statusLabel->setText(m_runner->isRunning() ? tr("A statement is still running.") : tr("Not connected."));
        return false;
    }
    // Each statement is classified once per run: by run(), or here for the console's own verbs.
    if (classes.size() != texts.size()) {
        classes.clear();
        for (const QString &text : texts)
            classes << StatementClassifier::classify(text);
    }
    bool writes = false;
    for (const StatementClass &kind : std::as_const(classes)) {
        // Anything not known to be read-only (DO, CALL, SET ... read_write, unparsable text) needs the unlock.
        writes = writes || !kind.readOnly;
    }
    if (writes && m_runner->writeLock()->isLocked()) {
        const auto answer = QMessageBox::question(this, tr("Production is read-only"),
            tr("This console is read-only because the profile is production. "
               "Unlock writes for this console?"));
        if (answer != QMessageBox::Yes || !m_lockButton->requestUnlock())
            return false;
    }
    if (!StatementGuard::confirm(this, classes, m_profile.isProduction()))
        return false;
    m_editor->clearErrors();
    m_running = statements;
    m_runningTexts = texts;
    m_results->beginRun(m_runner.get(), texts);
    m_runner->run(statements);
    updateActions();
    Q_EMIT busyChanged(true);
    return true;
}

void ConsoleTab::explain(bool analyze)
{
    const std::optional<SqlStatement> current = m_editor->statementAtCursor();
    if (!current)
        return;
    const SqlStatement &statement = *current;
    // EXPLAIN ANALYZE runs the statement: a write is rolled back afterwards, in a transaction of its own.
    const bool writes = StatementClassifier::classify(statement.text).writesData;
    if (analyze && writes && m_runner->transactionState() != QueryRunner::TransactionState::Idle) {
        m_results->appendMessage(tr("Finish the open transaction before EXPLAIN ANALYZE of a write."), true);
        return;
    }
    const QList<RunnableStatement> list
        = QueryRunner::explainStatements(statement.text, statement.start, analyze, writes, &m_explainIndex);
    m_explainAnalyze = analyze;
    QStringList texts;
    for (const RunnableStatement &item : list)
        texts << item.sql;
    if (!send(list, texts))
        m_explainIndex = -1;
}

void ConsoleTab::onStatementDone(const StatementOutcome &outcome)
{
    const RunnableStatement statement = m_running.value(outcome.index);
    if (!outcome.error.isNull() && outcome.errorOffset >= 0)
        m_editor->markError(statement.scriptOffset + outcome.errorOffset, 1, outcome.error.why);
    if (outcome.index == m_explainIndex && outcome.error.isNull()) {
        auto *view = new ExplainView(m_results);
        if (ResultSetModel *model = m_results->resultModel(outcome.index); model && model->rowCount() > 0)
            view->setOutput(model->text(0, 0));
        m_results->addPlanTab(view, m_explainAnalyze ? tr("Plan (analyzed)") : tr("Plan"));
    }
    if (m_history) {
        HistoryEntry entry;
        entry.sql = m_runningTexts.value(outcome.index);
        entry.executedAt = QDateTime::currentDateTimeUtc();
        entry.durationMs = outcome.elapsedMs;
        entry.rowCount = outcome.hasResultSet ? outcome.rowsFetched : outcome.rowsAffected;
        entry.ok = outcome.error.isNull();
        entry.error = outcome.error.why;
        entry.database = m_profile.database;
        m_history->append(HistoryStore::profileKey(m_profile), entry);
    }
}

void ConsoleTab::onTransactionState(QueryRunner::TransactionState state)
{
    QString text;
    Colours::Tone tone = Colours::Tone::Neutral;
    switch (state) {
    case QueryRunner::TransactionState::Idle:
        text = tr("idle"), tone = Colours::Tone::Success;
        break;
    case QueryRunner::TransactionState::InTransaction:
        text = tr("in transaction"), tone = Colours::Tone::Warning;
        break;
    case QueryRunner::TransactionState::Failed:
        text = tr("transaction failed: roll back"), tone = Colours::Tone::Danger;
        break;
    case QueryRunner::TransactionState::Unknown:
        text = tr("unknown"), tone = Colours::Tone::Neutral;
        break;
    }
    m_transactionLabel->setText(QStringLiteral(" ● %1 ").arg(text));
    ToneStyle::apply(m_transactionLabel, tone);
    updateActions();
}

void ConsoleTab::updateActions()
{
    const bool connected = m_session->isConnected();
    const bool running = m_runner->isRunning();
    const bool inTransaction = m_runner->transactionState() == QueryRunner::TransactionState::InTransaction
        || m_runner->transactionState() == QueryRunner::TransactionState::Failed;
    for (QAction *action : {m_runAction, m_runScriptAction, m_explainAction, m_explainAnalyzeAction})
        action->setEnabled(connected && !running);
    m_cancelAction->setEnabled(running);
    m_commitAction->setEnabled(connected && !running && inTransaction);
    m_rollbackAction->setEnabled(connected && !running && inTransaction);
}

void ConsoleTab::cancel()
{
    m_runner->cancel();
    m_statusLabel->setText(tr("Cancelling…"));
}

bool ConsoleTab::commit()
{
    const RunnableStatement statement = QueryRunner::commitStatement();
    return send({statement}, {statement.sql});
}

bool ConsoleTab::rollback()
{
    const RunnableStatement statement = QueryRunner::rollbackStatement();
    return send({statement}, {statement.sql});
}

bool ConsoleTab::isWriteUnlocked() const
{
    return !m_runner->writeLock()->isLocked();
}

void ConsoleTab::setWriteUnlocked(bool unlocked, const QString &reason)
{
    m_lockButton->setUnlocked(unlocked, reason);
}

void ConsoleTab::onWritesUnlocked()
{
    const QString reason = m_runner->writeLock()->reason();
    m_results->appendMessage(tr("Writes unlocked: %1").arg(reason));
    if (!m_history)
        return;
    HistoryEntry entry;
    entry.sql = QStringLiteral("-- writes unlocked: %1").arg(reason);
    entry.executedAt = QDateTime::currentDateTimeUtc();
    entry.ok = true;
    entry.database = m_profile.database;
    m_history->append(HistoryStore::profileKey(m_profile), entry);
}

bool ConsoleTab::asksToSaveOnClose() const
{
    return !m_filePath.isEmpty() && m_editor->isModified() && Preferences::shared()->values().confirmCloseUnsaved;
}

bool ConsoleTab::confirmClose()
{
    if (m_closeAfterCommit)
        return false; // the commit asked for is still on its way; closeReady() follows
    if (asksToSaveOnClose()) {
        const auto answer
            = QMessageBox::question(this, tr("Unsaved changes"), tr("Save %1 before closing?").arg(m_filePath),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveFile(m_filePath)))
            return false;
    }
    const auto state = m_runner->transactionState();
    if (state != QueryRunner::TransactionState::InTransaction && state != QueryRunner::TransactionState::Failed)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Open transaction"),
        tr("This console has an open transaction. Its changes are lost unless you commit them."), QMessageBox::NoButton,
        this);
    QPushButton *commitButton = box.addButton(tr("Commit"), QMessageBox::AcceptRole);
    QPushButton *rollbackButton = box.addButton(tr("Roll back"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    commitButton->setEnabled(state == QueryRunner::TransactionState::InTransaction && !m_runner->isRunning());
    box.exec();
    // Closing the session ends the transaction on the server: a rollback.
    if (box.clickedButton() == rollbackButton)
        return true;
    if (box.clickedButton() != commitButton)
        return false;
    // The commit runs like any statement, without holding the window (a slow link, a hung server): the tab
    // asks to be closed once the server has answered, and stays (showing why) if the commit failed.
    m_closeAfterCommit = commit();
    if (m_closeAfterCommit)
        m_statusLabel->setText(tr("Committing before closing…"));
    return false;
}

void ConsoleTab::loadServerKeywords()
{
    whenFinished(m_runner->serverKeywords(), this, [this](const QList<QPair<QString, QChar>> &keywords) {
        if (!keywords.isEmpty())
            m_editor->setServerKeywords(keywords);
    });
}
