#include "resultspane.h"

#include "common/colours.h"
#include "common/tonestyle.h"
#include "console/resultsetmodel.h"
#include "console/resultview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTime>
#include <QVBoxLayout>

ResultsPane::ResultsPane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_messages(new QPlainTextEdit(this))
    , m_capBar(new QWidget(this))
    , m_capText(new QLabel(m_capBar))
{
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setDocumentMode(true);
    m_messages->setObjectName(QStringLiteral("messagesPane"));
    m_messages->setAccessibleName(tr("Messages"));
    m_messages->setReadOnly(true);
    m_messages->setMaximumBlockCount(5000);
    m_tabs->addTab(m_messages, tr("Messages"));

    m_capBar->setObjectName(QStringLiteral("capBar"));
    ToneStyle::apply(m_capBar, Colours::Tone::Warning, ToneStyle::Kind::Message, QStringLiteral("#capBar"));
    auto *fetchAll = new QPushButton(tr("Fetch all"), m_capBar);
    fetchAll->setObjectName(QStringLiteral("fetchAllButton"));
    auto *stop = new QPushButton(tr("Stop here"), m_capBar);
    stop->setObjectName(QStringLiteral("stopHereButton"));
    auto *capLayout = new QHBoxLayout(m_capBar);
    capLayout->setContentsMargins(8, 2, 4, 2);
    capLayout->addWidget(m_capText, 1);
    capLayout->addWidget(fetchAll);
    capLayout->addWidget(stop);
    m_capBar->hide();
    connect(fetchAll, &QPushButton::clicked, this, [this] {
        m_capBar->hide();
        if (m_runner)
            m_runner->continueFetching(true);
    });
    connect(stop, &QPushButton::clicked, this, [this] {
        m_capBar->hide();
        if (m_runner)
            m_runner->continueFetching(false);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_capBar);
    layout->addWidget(m_tabs, 1);
}

void ResultsPane::beginRun(QueryRunner *runner, const QStringList &statementTexts)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    while (m_tabs->count() > 1) {
        QWidget *tab = m_tabs->widget(1);
        m_tabs->removeTab(1);
        delete tab;
    }
    qDeleteAll(m_models);
    m_models.clear();
    m_views.clear();
    m_capBar->hide();
    m_runner = runner;
    m_statements = statementTexts;
    m_connections << connect(runner, &QueryRunner::resultColumns, this, &ResultsPane::onColumns)
                  << connect(runner, &QueryRunner::rowsArrived, this,
                         [this](int index, std::shared_ptr<const ResultChunk> chunk) {
                             ResultSetModel *model = m_models.value(index);
                             if (!model)
                                 return;
                             const bool first = model->rowCount() == 0;
                             model->appendChunk(std::move(chunk));
                             // Size the columns to the first rows once; later rows never move them.
                             if (first)
                                 m_views.value(index)->resizeColumnsToContents();
                         })
                  << connect(runner, &QueryRunner::statementFinished, this, &ResultsPane::onFinished)
                  << connect(runner, &QueryRunner::capReached, this, &ResultsPane::showCapBar)
                  << connect(
                         runner, &QueryRunner::notice, this, [this](const QString &severity, const QString &message) {
                             appendMessage(severity + QStringLiteral(": ") + message);
                         });
}

void ResultsPane::onColumns(int index, const QList<ResultColumn> &columns)
{
    auto *model = new ResultSetModel(this);
    model->setColumns(columns);
    m_models.insert(index, model);
    auto *view = new ResultView(model, m_tabs);
    view->setObjectName(QStringLiteral("result%1").arg(index + 1));
    view->setAccessibleName(tr("Result %1").arg(index + 1));
    m_views.insert(index, view);
    const int tab = m_tabs->addTab(view, tr("Result %1").arg(index + 1));
    m_tabs->setTabToolTip(tab, m_statements.value(index).left(500));
    // The first result comes to the front at once: its first rows are what the user waits for.
    if (m_views.size() == 1)
        m_tabs->setCurrentIndex(tab);
}

void ResultsPane::onFinished(const StatementOutcome &outcome)
{
    const QString first = m_statements.value(outcome.index).section(QLatin1Char('\n'), 0, 0).left(80);
    if (!outcome.error.isNull()) {
        appendMessage(tr("✖ %1 — %2").arg(first, outcome.error.toString()), true);
        m_tabs->setCurrentWidget(m_messages);
    } else {
        QString done = outcome.hasResultSet ? tr("%n row(s)", nullptr, int(qMin<qint64>(outcome.rowsFetched, INT_MAX)))
                                            : outcome.commandTag;
        if (outcome.truncated)
            done += tr(" (stopped at the row cap)");
        appendMessage(tr("✔ %1 — %2 in %3 ms").arg(first, done).arg(outcome.elapsedMs));
    }
    if (ResultView *view = m_views.value(outcome.index)) {
        const int tab = m_tabs->indexOf(view);
        m_tabs->setTabText(tab,
            tr("Result %1 · %2 rows · %3 ms")
                .arg(outcome.index + 1)
                .arg(QLocale().toString(outcome.rowsFetched))
                .arg(outcome.elapsedMs));
    }
    Q_EMIT statementDone(outcome);
}

void ResultsPane::showCapBar(int index, qint64 rows)
{
    m_capText->setText(
        tr("Result %1: %2 rows fetched so far. Fetch the rest too?").arg(index + 1).arg(QLocale().toString(rows)));
    m_capBar->show();
}

void ResultsPane::addPlanTab(QWidget *plan, const QString &title)
{
    m_tabs->setCurrentIndex(m_tabs->addTab(plan, title));
}

void ResultsPane::appendMessage(const QString &text, bool isError)
{
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    QScrollBar *bar = m_messages->verticalScrollBar();
    const bool atBottom = bar->value() == bar->maximum();
    QTextCursor cursor(m_messages->document());
    cursor.movePosition(QTextCursor::End);
    // A block of its own with formats of its own: not the colour of the message before it.
    if (!m_messages->document()->isEmpty())
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    // One block per message (its lines as line breaks), so that its state says what the whole message is.
    cursor.insertText(
        QStringLiteral("%1 %2").arg(time, QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator)));
    if (isError) {
        cursor.block().setUserState(ErrorMessage);
        colourError(cursor.block());
    }
    if (atBottom)
        bar->setValue(bar->maximum());
}

void ResultsPane::colourError(const QTextBlock &block)
{
    QTextCharFormat format;
    format.setForeground(Colours::text(Colours::Tone::Danger, palette()));
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(format);
}

void ResultsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Other messages have no colour of their own (they take the palette's text); errors take the new danger tone.
    if (event->type() == QEvent::PaletteChange) {
        for (QTextBlock block = m_messages->document()->begin(); block.isValid(); block = block.next()) {
            if (block.userState() == ErrorMessage)
                colourError(block);
        }
    }
}

ResultView *ResultsPane::currentResultView() const
{
    return qobject_cast<ResultView *>(m_tabs->currentWidget());
}
