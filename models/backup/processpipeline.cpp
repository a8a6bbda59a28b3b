#include "processpipeline.h"

#include <QFileInfo>
#include <QProcess>
#include <QTimer>

namespace {

constexpr int ErrorTailLines = 20;

} // namespace

ProcessPipeline::ProcessPipeline(QObject *parent)
    : QObject(parent)
{ }

ProcessPipeline::~ProcessPipeline()
{
    for (QProcess *process : std::as_const(m_processes)) {
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
}

void ProcessPipeline::start(const QList<PipelineStage> &stages)
{
    Q_ASSERT(m_processes.isEmpty());
    m_results.clear();
    m_firstFailure = -1;
    for (int i = 0; i < stages.size(); ++i) {
        auto *process = new QProcess(this);
        process->setProcessEnvironment(m_environment);
        process->setProgram(stages[i].program);
        process->setArguments(stages[i].arguments);
        m_processes << process;
        m_partialLines << QByteArray();
        StageResult result;
        result.program = QFileInfo(stages[i].program).fileName();
        m_results << result;
    }
    for (int i = 0; i < m_processes.size(); ++i) {
        QProcess *process = m_processes[i];
        if (i + 1 < m_processes.size())
            process->setStandardOutputProcess(m_processes[i + 1]);
        if (i == 0 && !m_inputFile.isEmpty())
            process->setStandardInputFile(m_inputFile);
        if (i == m_processes.size() - 1) {
            if (!m_outputFile.isEmpty())
                process->setStandardOutputFile(m_outputFile, QIODevice::Truncate);
            else if (m_keepTail == 0)
                process->setStandardOutputFile(QProcess::nullDevice());
            else
                connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
                    m_tail += process->readAllStandardOutput();
                    if (m_tail.size() > m_keepTail)
                        m_tail.remove(0, m_tail.size() - m_keepTail);
                });
        }
        connect(process, &QProcess::readyReadStandardError, this, [this, i] { readErrors(i, false); });
        connect(process, &QProcess::finished, this, [this, i](int exitCode, QProcess::ExitStatus status) {
            stageFinished(i, exitCode, status == QProcess::CrashExit);
        });
        connect(process, &QProcess::errorOccurred, this, [this, i](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) {
                m_results[i].errorTail = m_processes[i]->errorString();
                stageFinished(i, -1, false);
            }
        });
    }
    m_running = int(m_processes.size());
    // Start from the end of the pipe, so that every reader exists before its writer writes.
    for (qsizetype i = m_processes.size() - 1; i >= 0; --i) {
        m_processes[i]->start();
        m_results[i].started = true;
    }
}

void ProcessPipeline::readErrors(int stage, bool flush)
{
    QByteArray &pending = m_partialLines[stage];
    pending += m_processes[stage]->readAllStandardError();
    qsizetype newline;
    while ((newline = pending.indexOf('\n')) >= 0 || (flush && !pending.isEmpty())) {
        const QByteArray line = newline >= 0 ? pending.left(newline) : pending;
        pending.remove(0, newline >= 0 ? newline + 1 : pending.size());
        const QString text = QString::fromLocal8Bit(line).trimmed();
        if (text.isEmpty())
            continue;
        QStringList tail = m_results[stage].errorTail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        tail << text;
        while (tail.size() > ErrorTailLines)
            tail.removeFirst();
        m_results[stage].errorTail = tail.join(QLatin1Char('\n'));
        Q_EMIT errorLine(stage, text);
    }
}

void ProcessPipeline::stageFinished(int stage, int exitCode, bool crashed)
{
    QProcess *process = m_processes[stage];
    if (process->error() == QProcess::FailedToStart) {
        m_results[stage].started = false;
    } else {
        readErrors(stage, true);
        if (stage == m_processes.size() - 1 && m_keepTail > 0 && m_outputFile.isEmpty()) {
            m_tail += process->readAllStandardOutput();
            if (m_tail.size() > m_keepTail)
                m_tail.remove(0, m_tail.size() - m_keepTail);
        }
    }
    m_results[stage].exitCode = exitCode;
    m_results[stage].crashed = crashed;
    // A stage that failed leaves its neighbours waiting on a pipe nobody serves: end them too.
    if (!m_results[stage].succeeded() && m_firstFailure < 0)
        m_firstFailure = stage;
    if (!m_results[stage].succeeded() && !m_cancelled) {
        for (QProcess *other : std::as_const(m_processes))
            if (other != process && other->state() != QProcess::NotRunning)
                other->terminate();
    }
    if (--m_running == 0)
        Q_EMIT finished();
}

void ProcessPipeline::cancel()
{
    if (m_running == 0)
        return;
    m_cancelled = true;
    for (QProcess *process : std::as_const(m_processes))
        if (process->state() != QProcess::NotRunning)
            process->terminate();
    QTimer::singleShot(3000, this, [this] {
        for (QProcess *process : std::as_const(m_processes))
            if (process->state() != QProcess::NotRunning)
                process->kill();
    });
}

QList<qint64> ProcessPipeline::processIds() const
{
    QList<qint64> ids;
    for (QProcess *process : m_processes)
        ids << process->processId();
    return ids;
}

bool ProcessPipeline::succeeded() const
{
    if (m_cancelled || m_results.isEmpty())
        return false;
    for (const StageResult &result : m_results)
        if (!result.succeeded())
            return false;
    return true;
}

QString ProcessPipeline::failureText() const
{
    // The stage that failed first: the others usually only died of its broken pipe (or were ended for it).
    if (m_firstFailure >= 0) {
        const StageResult &result = m_results[m_firstFailure];
        // PostgreSQL's tools write "prog: error: …" followed by "prog: detail: …" lines: keep from the last error.
        const QStringList lines = result.errorTail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        qsizetype from = lines.size() - 1;
        for (qsizetype i = lines.size() - 1; i >= 0; --i) {
            if (lines[i].contains(QLatin1String("error:")) || lines[i].contains(QLatin1String("FATAL:"))) {
                from = i;
                break;
            }
        }
        const QString last = from < 0 ? QString() : lines.mid(from, 4).join(QLatin1Char('\n'));
        if (!result.started)
            return tr("%1 could not be started: %2").arg(result.program, result.errorTail);
        if (result.crashed)
            return last.isEmpty() ? tr("%1 was stopped.").arg(result.program)
                                  : tr("%1 was stopped: %2").arg(result.program, last);
        return last.isEmpty() ? tr("%1 exited with status %2.").arg(result.program).arg(result.exitCode)
                              : tr("%1 exited with status %2: %3").arg(result.program).arg(result.exitCode).arg(last);
    }
    return {};
}
