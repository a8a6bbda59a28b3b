#include "portforward.h"

#include "kube/kubectl.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>

namespace {

QString withoutKlogPrefix(QString line)
{
    static const QRegularExpression klog(QStringLiteral("^[EWI]\\d{4} [0-9:.]+\\s+\\d+ [^\\]]+\\] "));
    return line.remove(klog).trimmed();
}

} // namespace

PortForward::PortForward(
    const QString &program, const QStringList &globalArguments, const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_globalArguments(globalArguments)
    , m_environment(environment)
{
    m_readyTimer.setSingleShot(true);
    connect(&m_readyTimer, &QTimer::timeout, this, [this] {
        if (m_ready || !m_process)
            return;
        const QString words = m_lastWords;
        stop();
        const int seconds = (m_readyTimer.interval() + 999) / 1000;
        fail(words.isEmpty()
                ? tr("kubectl port-forward did not start forwarding within %n second(s).", nullptr, seconds)
                : tr("kubectl port-forward did not start forwarding within %n second(s): %1", nullptr, seconds)
                      .arg(words));
    });
}

PortForward::~PortForward()
{
    stop();
}

void PortForward::start(const QString &ns, const QString &pod, int podPort, int localPort)
{
    stop();
    m_localPort = localPort;
    m_ready = m_failed = false;
    m_lastWords.clear();
    m_outputBuffer.clear();
    m_errorBuffer.clear();
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    QStringList arguments = m_globalArguments;
    arguments << QStringLiteral("port-forward") << QStringLiteral("--address") << QStringLiteral("127.0.0.1")
              << QStringLiteral("--namespace") << ns << QStringLiteral("pod/") + pod
              << (localPort > 0 ? QString::number(localPort) : QString()) + QLatin1Char(':') + QString::number(podPort);
    m_process->setArguments(arguments);
    m_process->setProcessEnvironment(m_environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    Kubectl::bindToParent(m_process);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &PortForward::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &PortForward::readErrors);
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        readOutput();
        readErrors();
        const QString words = m_lastWords.isEmpty()
            ? (status == QProcess::NormalExit ? tr("kubectl port-forward ended (exit status %1).").arg(exitCode)
                                              : tr("kubectl port-forward was killed."))
            : m_lastWords;
        fail(words);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("kubectl (%1) could not be started.").arg(m_program));
    });
    m_process->start();
    // A kubectl that never says where it listens (a credential plugin waiting for a login, a proxy that
    // swallows the upgrade) is a failure too, not a forward forever "starting".
    m_readyTimer.start(Kubectl::timeouts().forwardReadyMs);
}

void PortForward::stop()
{
    m_readyTimer.stop();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        Kubectl::kill(process);
        process->waitForFinished(1000); // SIGKILL: ends at once; never leave a zombie or an orphan
    }
    process->deleteLater();
}

bool PortForward::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 PortForward::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void PortForward::readOutput()
{
    if (!m_process)
        return;
    m_outputBuffer += m_process->readAllStandardOutput();
    static const QRegularExpression forwarding(QStringLiteral("^Forwarding from 127\\.0\\.0\\.1:(\\d+) -> \\d+"));
    qsizetype newline;
    while ((newline = m_outputBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_outputBuffer.left(newline)).trimmed();
        m_outputBuffer.remove(0, newline + 1);
        const QRegularExpressionMatch match = forwarding.match(line);
        if (match.hasMatch() && !m_ready) {
            m_ready = true;
            m_readyTimer.stop();
            m_localPort = match.captured(1).toInt();
            Q_EMIT ready(m_localPort);
        }
    }
}

void PortForward::readErrors()
{
    if (!m_process)
        return;
    m_errorBuffer += m_process->readAllStandardError();
    qsizetype newline;
    while ((newline = m_errorBuffer.indexOf('\n')) >= 0) {
        const QString line = withoutKlogPrefix(QString::fromUtf8(m_errorBuffer.left(newline)));
        m_errorBuffer.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        m_lastWords = line;
        // kubectl ≥ 1.23 exits after these; older ones go on logging for every new connection. Both mean the
        // pod behind the forward is gone or broken: let the supervisor start over.
        if (line.contains(QLatin1String("lost connection to pod"))
            || line.contains(QLatin1String("an error occurred forwarding"))
            || line.contains(QLatin1String("unable to listen on")))
            fail(line);
    }
}

void PortForward::fail(const QString &words)
{
    if (m_failed)
        return;
    m_failed = true;
    m_lastWords = words;
    Q_EMIT failed(words);
}
