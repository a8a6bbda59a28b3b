#pragma once

#include "backup/dumpprogress.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// The progress of a backup or restore as both wizards show it: a bar weighted by table size, tables done of
// total, the current table's rows, bytes, elapsed time and an estimate, a live log, and Cancel.
class JobProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit JobProgressWidget(QWidget *parent = nullptr);

    void showProgress(const DumpProgress &progress);
    void appendLog(const QString &line);
    // The outcome in one sentence; ok colours it as success, otherwise as failure.
    void showOutcome(bool ok, const QString &text);
    void setCancelEnabled(bool enabled);

Q_SIGNALS:
    void cancelRequested();

private:
    QProgressBar *m_bar = nullptr;
    QLabel *m_tables = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_bytes = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_outcome = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_cancel = nullptr;
};
