#include "jobprogresswidget.h"

#include "common/tonestyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace { } // namespace

JobProgressWidget::JobProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_tables(new QLabel(this))
    , m_current(new QLabel(this))
    , m_bytes(new QLabel(this))
    , m_time(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_bar->setRange(0, 1000);
    m_bar->setObjectName(QStringLiteral("jobProgressBar"));
    m_outcome->setObjectName(QStringLiteral("jobOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Log"));
    m_log->setMaximumBlockCount(5000);
    m_log->setObjectName(QStringLiteral("jobLog"));
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    auto *figures = new QFormLayout;
    figures->addRow(tr("Tables:"), m_tables);
    figures->addRow(tr("Now:"), m_current);
    figures->addRow(tr("Bytes:"), m_bytes);
    figures->addRow(tr("Time:"), m_time);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(figures);
    layout->addWidget(m_outcome);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);
    connect(m_cancel, &QPushButton::clicked, this, &JobProgressWidget::cancelRequested);
}

void JobProgressWidget::showProgress(const DumpProgress &progress)
{
    const QLocale locale;
    m_bar->setValue(int(progress.fraction * 1000));
    m_bar->setFormat(QStringLiteral("%1 — %p%").arg(progress.phase));
    m_tables->setText(
        progress.tablesTotal > 0 ? tr("%1 of %2").arg(progress.tablesDone).arg(progress.tablesTotal) : tr("—"));
    QString current = progress.currentTable;
    if (!current.isEmpty() && progress.currentRows >= 0)
        current += tr(": %1 of about %2 rows")
                       .arg(locale.toString(progress.currentRows), locale.toString(progress.currentRowsEstimate));
    m_current->setText(current.isEmpty() ? tr("—") : current);
    m_bytes->setText(locale.formattedDataSize(progress.bytesWritten));
    m_time->setText(progress.remainingMs >= 0
            ? tr("%1 elapsed, about %2 left")
                  .arg(DumpProgress::clockText(progress.elapsedMs), DumpProgress::clockText(progress.remainingMs))
            : tr("%1 elapsed").arg(DumpProgress::clockText(progress.elapsedMs)));
}

void JobProgressWidget::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

void JobProgressWidget::showOutcome(bool ok, const QString &text)
{
    ToneStyle::apply(m_outcome, ok ? Colours::Tone::Success : Colours::Tone::Danger);
    m_outcome->setText(text);
    m_cancel->setEnabled(false);
}

void JobProgressWidget::setCancelEnabled(bool enabled)
{
    m_cancel->setEnabled(enabled);
}
