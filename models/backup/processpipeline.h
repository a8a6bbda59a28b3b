#pragma once

#include "backup/backupplan.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

class QProcess;

// Runs programs connected by pipes (stage i's standard output into stage i+1's standard input) without ever
// blocking the caller, and reports how EACH stage ended: a pipe in a shell reports only the last stage, so a
// failing pg_dump in front of gzip looks like success there. Standard error of every stage comes back line
// by line; the last stage's standard output goes to a file, or is kept (its last bytes) for the caller.
class ProcessPipeline : public QObject
{
    Q_OBJECT
public:
    struct StageResult
    {
        QString program;
        bool started = false;
        bool crashed = false; // killed by a signal (or by cancel())
        int exitCode = -1;
        QString errorTail; // the last lines of its standard error
        bool succeeded() const { return started && !crashed && exitCode == 0; }
    };

    explicit ProcessPipeline(QObject *parent = nullptr);
    ~ProcessPipeline() override; // kills what still runs, and waits for it

    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    void setInputFile(const QString &path) { m_inputFile = path; }
    void setOutputFile(const QString &path) { m_outputFile = path; }
    void setKeepOutputTail(qsizetype bytes) { m_keepTail = bytes; }

    void start(const QList<PipelineStage> &stages);
    // Ends every stage (SIGTERM, then SIGKILL after a moment); finished() follows.
    void cancel();
    bool isRunning() const { return m_running > 0; }
    bool wasCancelled() const { return m_cancelled; }
    QList<qint64> processIds() const;

    const QList<StageResult> &results() const { return m_results; }
    bool succeeded() const; // every stage started and exited with 0, and it was not cancelled
    // The stage that failed first, in words ("pg_dump exited with status 1: <its last error line>"); empty if none.
    QString failureText() const;
    QByteArray outputTail() const { return m_tail; }
    int failedStage() const { return m_firstFailure; } // the stage that failed first, -1 if none

Q_SIGNALS:
    void errorLine(int stage, const QString &line);
    void finished();

private:
    void stageFinished(int stage, int exitCode, bool crashed);
    void readErrors(int stage, bool flush);

    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_inputFile;
    QString m_outputFile;
    qsizetype m_keepTail = 0;
    QList<QProcess *> m_processes;
    QList<QByteArray> m_partialLines;
    QList<StageResult> m_results;
    QByteArray m_tail;
    int m_running = 0;
    int m_firstFailure = -1;
    bool m_cancelled = false;
};
