#include "consoletab.h"

#include "common/desktopkeys.h"
#include "common/writelockbutton.h"
#include "console/historydialog.h"
#include "console/historystore.h"
#include "console/resultexporter.h"
#include "console/resultsetmodel.h"
#include "console/resultspane.h"
#include "console/resultview.h"
#include "console/snippetdialog.h"
#include "console/sqleditor.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QToolBar>

// A console's toolbar with its keys, and the tools on it that run no SQL: SQL files, exporting a result, the
// history and the snippets.

void ConsoleTab::createActions(QToolBar *toolbar)
{
    const auto add
        = [this, toolbar](const QString &text, const QString &name, const QKeySequence &shortcut, auto slot) {
              QAction *action = toolbar->addAction(text, this, slot);
              action->setObjectName(name);
              if (!shortcut.isEmpty()) {
                  action->setShortcut(shortcut);
                  action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
                  action->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
              }
              addAction(action);
              return action;
          };
    m_runAction = add(tr("Run"), QStringLiteral("runAction"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        [this] { run(m_editor->selectedSqlText().isEmpty() ? Scope::Statement : Scope::Selection); });
    m_runScriptAction = add(tr("Run script"), QStringLiteral("runScriptAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [this] { run(Scope::Script); });
    // Ctrl+. as on macOS, but on KDE, where Ctrl+. goes to the previous tab, Ctrl+Shift+.
    m_cancelAction = add(tr("Cancel"), QStringLiteral("cancelAction"),
        DesktopKeys::firstFree(
            {QKeySequence(Qt::CTRL | Qt::Key_Period), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period)}),
        [this] { cancel(); });
    toolbar->addSeparator();
    m_explainAction = add(
        tr("Explain"), QStringLiteral("explainAction"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { explain(false); });
    m_explainAnalyzeAction = add(tr("Explain analyze"), QStringLiteral("explainAnalyzeAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { explain(true); });
    toolbar->addSeparator();
    m_autoCommitAction = add(tr("Auto-commit"), QStringLiteral("autoCommitAction"), {},
        [this] { m_runner->setAutoCommit(m_autoCommitAction->isChecked()); });
    m_autoCommitAction->setCheckable(true);
    m_autoCommitAction->setChecked(true);
    // Not Ctrl+Shift+Backspace or Ctrl+Shift+L: the editor's own keys (delete to line start, delete line).
    m_commitAction = add(tr("Commit"), QStringLiteral("commitAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        [this] { commit(); });
    m_rollbackAction = add(tr("Rollback"), QStringLiteral("rollbackAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), [this] { rollback(); });
    m_transactionLabel = new QLabel(toolbar);
    m_transactionLabel->setObjectName(QStringLiteral("transactionState"));
    toolbar->addWidget(m_transactionLabel);
    toolbar->addSeparator();
    // How many rows to fetch before asking; kept across runs.
    auto *cap = new QSpinBox(toolbar);
    cap->setObjectName(QStringLiteral("rowCapSpin"));
    cap->setAccessibleName(tr("Row limit"));
    cap->setRange(0, 100000000);
    cap->setSingleStep(10000);
    cap->setSpecialValueText(tr("no limit"));
    cap->setPrefix(tr("ask after "));
    cap->setSuffix(tr(" rows"));
    cap->setToolTip(tr("Results stop and ask before fetching more rows than this (0: never ask)."));
    cap->setValue(QSettings().value(QStringLiteral("console/rowCap"), 100000).toInt());
    m_runner->setRowCap(cap->value());
    connect(cap, &QSpinBox::valueChanged, this, [this](int rows) {
        m_runner->setRowCap(rows);
        QSettings().setValue(QStringLiteral("console/rowCap"), rows);
    });
    toolbar->addWidget(cap);
    toolbar->addSeparator();
    m_lockButton = new WriteLockButton(m_runner->writeLock(), tr("this console"), toolbar);
    m_lockButton->addTo(toolbar);
    toolbar->addSeparator();
    add(tr("Open…"), QStringLiteral("openAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
        [this] { chooseFileToOpen(); });
    add(tr("Save…"), QStringLiteral("saveAction"), DesktopKeys::primary(QKeySequence::Save),
        [this] { chooseFileToSave(); });
    add(tr("Export result…"), QStringLiteral("exportAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
        [this] { exportResult(); });
    add(tr("History…"), QStringLiteral("historyAction"), QKeySequence(Qt::CTRL | Qt::Key_H), [this] { showHistory(); });
    add(tr("Snippets…"), QStringLiteral("snippetsAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        [this] { showSnippets(); });
    add(tr("Find"), QStringLiteral("findAction"), DesktopKeys::primary(QKeySequence::Find),
        [this] { m_editor->showFindBar(); });
}

bool ConsoleTab::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_results->appendMessage(tr("Could not open %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    m_editor->setText(QString::fromUtf8(file.readAll()));
    m_editor->setModified(false);
    m_filePath = path;
    Q_EMIT titleChanged(QFileInfo(path).fileName());
    return true;
}

bool ConsoleTab::saveFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_editor->text().toUtf8()) < 0 || !file.commit()) {
        m_results->appendMessage(tr("Could not save %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    m_filePath = path;
    m_editor->setModified(false);
    Q_EMIT titleChanged(QFileInfo(path).fileName());
    return true;
}

void ConsoleTab::chooseFileToOpen()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open SQL file"), {}, tr("SQL files (*.sql);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ConsoleTab::chooseFileToSave()
{
    QString path = m_filePath;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(
            this, tr("Save SQL file"), QStringLiteral("query.sql"), tr("SQL files (*.sql)"));
    if (!path.isEmpty())
        saveFile(path);
}

void ConsoleTab::exportResult()
{
    ResultView *view = m_results->currentResultView();
    if (!view) {
        m_statusLabel->setText(tr("Show a result to export it."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export result"), QStringLiteral("result.csv"), tr("CSV (*.csv);;JSON (*.json)"));
    if (!path.isEmpty())
        m_exporter->start(*view->resultModel(), path, ResultExporter::formatForFile(path));
}

void ConsoleTab::showHistory()
{
    if (!m_history)
        return;
    auto *dialog = new HistoryDialog(m_history, HistoryStore::profileKey(m_profile), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryDialog::statementChosen, this, [this](const QString &sql) {
        m_editor->setText(sql);
        m_editor->setCursorOffset(int(sql.size()));
    });
    dialog->open();
}

void ConsoleTab::showSnippets()
{
    if (!m_snippets)
        return;
    QString current = m_editor->selectedSqlText();
    if (current.isEmpty()) {
        if (const std::optional<SqlStatement> statement = m_editor->statementAtCursor())
            current = statement->text;
    }
    auto *dialog = new SnippetDialog(m_snippets, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SnippetDialog::snippetChosen, this, [this](const QString &sql) {
        m_editor->insert(sql);
        m_editor->setFocus();
    });
    dialog->open();
}
