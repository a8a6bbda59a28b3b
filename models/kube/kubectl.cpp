#include "kubectl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QPointer>
#include <QProcess>
#include <QPromise>
#include <QRegularExpression>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

QStringList loginShellPath()
{
    const QString shell = qEnvironmentVariable("SHELL");
    if (shell.isEmpty() || !QFileInfo(shell).isExecutable() || qEnvironmentVariableIsSet("SAYTRUTH_NO_LOGIN_SHELL"))
        return {};
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(shell, {QStringLiteral("-lc"), QStringLiteral("printf '%s' \"$PATH\"")});
    if (!process.waitForFinished(2000)) {
        process.kill();
        process.waitForFinished(500);
        return {};
    }
    return QString::fromLocal8Bit(process.readAllStandardOutput()).split(QLatin1Char(':'), Qt::SkipEmptyParts);
}

// The last lines kubectl wrote, without its klog prefixes ("E1201 05:12:01.123456  1234 file.go:12] ").
QString lastWords(const QString &errorOutput)
{
    static const QRegularExpression klog(QStringLiteral("^[EWI]\\d{4} [0-9:.]+\\s+\\d+ [^\\]]+\\] "));
    QStringList lines;
    for (QString line : errorOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line.remove(klog);
        lines << line.trimmed();
    }
    while (lines.size() > 3)
        lines.removeFirst();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QJsonObject KubectlResult::json() const
{
    return QJsonDocument::fromJson(output).object();
}

Kubectl::Kubectl(const KubeTarget &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.insert(QStringLiteral("PATH"), extendedPath().join(QLatin1Char(':')));
    // SAYTRUTH_KUBECTL names the kubectl to use instead of the search (packagers; tests run every version).
    m_program = qEnvironmentVariableIsSet("SAYTRUTH_KUBECTL") ? findExecutable(qEnvironmentVariable("SAYTRUTH_KUBECTL"))
                                                              : findExecutable(QStringLiteral("kubectl"));
}

Kubectl::~Kubectl()
{
    // A kubectl still running ends with us; its future ends without a result.
    for (QProcess *process : findChildren<QProcess *>(Qt::FindDirectChildrenOnly)) {
        process->disconnect(this);
        process->kill();
        process->waitForFinished(1000);
    }
}

QStringList Kubectl::globalArguments() const
{
    QStringList arguments;
    if (!m_target.kubeconfig.isEmpty())
        arguments << QStringLiteral("--kubeconfig") << m_target.kubeconfig;
    if (!m_target.context.isEmpty())
        arguments << QStringLiteral("--context") << m_target.context;
    return arguments;
}

QStringList Kubectl::extendedPath()
{
    static QMutex mutex;
    static QStringList cached;
    static bool done = false;
    QMutexLocker lock(&mutex);
    if (done)
        return cached;
    QStringList folders = qEnvironmentVariable("PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString home = QDir::homePath();
    folders += loginShellPath();
    folders += {home + QStringLiteral("/.local/bin"), home + QStringLiteral("/bin"), QStringLiteral("/usr/local/bin"),
        QStringLiteral("/snap/bin"), home + QStringLiteral("/.krew/bin"),
        home + QStringLiteral("/google-cloud-sdk/bin")};
    folders.removeDuplicates();
    cached = folders;
    done = true;
    return cached;
}

QString Kubectl::findExecutable(const QString &name)
{
    if (name.contains(QLatin1Char('/')))
        return QFileInfo(name).isExecutable() ? name : QString();
    return QStandardPaths::findExecutable(name, extendedPath());
}

void Kubectl::bindToParent(QProcess *process)
{
    const pid_t parent = getpid();
    process->setChildProcessModifier([parent] {
        // Dies with the app, also when the app is killed; if the app died between fork and here, go now.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
    });
}

void Kubectl::explain(KubectlResult *result, const QString &what, const QString &program)
{
    using Failure = KubectlResult::Failure;
    const QString words = lastWords(result->errorOutput);
    result->error.what = what;
    result->error.detail = words;
    static const QRegularExpression pluginMissing(
        QStringLiteral("exec: (?:executable )?\"?([^\"\\s:]+)\"?[: ]+(?:executable file )?not found"));
    if (program.isEmpty()) {
        result->failure = Failure::NotStarted;
        result->error.why = tr("kubectl was not found on PATH or in the usual folders. Install it (on Debian and "
                               "Ubuntu: sudo apt install kubernetes-client) or your cloud's kubectl.");
    } else if (result->exitCode < 0) {
        result->failure = Failure::NotStarted;
        result->error.why = tr("kubectl (%1) could not be started.").arg(program);
    } else if (const auto match = pluginMissing.match(result->errorOutput); match.hasMatch()) {
        result->failure = Failure::Plugin;
        result->error.why = tr("The kubeconfig's credential plugin \"%1\" was not found, neither on PATH nor on "
                               "your login shell's PATH. Install it or put it on PATH.")
                                .arg(match.captured(1));
    } else if (words.contains(QLatin1String("context was not found"))
        || words.contains(QLatin1String("cannot locate context"))
        || words.contains(QRegularExpression(QStringLiteral("context \"[^\"]*\" does not exist")))) {
        result->failure = Failure::Context;
        result->error.why = tr("The kubeconfig has no such context.");
    } else if (words.contains(QLatin1String("(Forbidden)")) || words.contains(QLatin1String("forbidden"))) {
        result->failure = Failure::Forbidden;
        result->error.why = tr("Kubernetes refused: your account may not do this here (RBAC).");
    } else if (words.contains(QLatin1String("(NotFound)")) || words.contains(QLatin1String("not found"))) {
        result->failure = Failure::NotFound;
        result->error.why = tr("Kubernetes has no such object.");
    } else if (words.contains(QLatin1String("Unauthorized")) || words.contains(QLatin1String("must be logged in"))) {
        result->failure = Failure::Unauthorized;
        result->error.why = tr("Kubernetes did not accept your credentials: log in again (they may have expired).");
    } else if (words.contains(QLatin1String("Unable to connect")) || words.contains(QLatin1String("connection refused"))
        || words.contains(QLatin1String("no such host")) || words.contains(QLatin1String("i/o timeout"))) {
        result->failure = Failure::Unreachable;
        result->error.why = tr("The Kubernetes API server cannot be reached.");
    } else {
        result->failure = Failure::Other;
        result->error.why = words.isEmpty() ? tr("kubectl failed with exit status %1.").arg(result->exitCode) : words;
        result->error.detail.clear();
    }
}

QFuture<KubectlResult> Kubectl::run(const QStringList &arguments, const QString &what)
{
    auto promise = std::make_shared<QPromise<KubectlResult>>();
    promise->start();
    QFuture<KubectlResult> future = promise->future();
    if (m_program.isEmpty()) {
        KubectlResult result;
        explain(&result, what, m_program);
        promise->addResult(result);
        promise->finish();
        return future;
    }
    auto *process = new QProcess(this);
    process->setProgram(m_program);
    process->setArguments(globalArguments() + arguments);
    process->setProcessEnvironment(m_environment);
    process->setStandardInputFile(QProcess::nullDevice());
    bindToParent(process);
    const QString program = m_program;
    connect(process, &QProcess::finished, this,
        [process, promise, what, program](int exitCode, QProcess::ExitStatus status) {
            KubectlResult result;
            result.exitCode = status == QProcess::NormalExit ? exitCode : -1;
            result.output = process->readAllStandardOutput();
            result.errorOutput = QString::fromUtf8(process->readAllStandardError());
            result.ok = result.exitCode == 0;
            if (!result.ok)
                explain(&result, what, program);
            promise->addResult(result);
            promise->finish();
            process->deleteLater();
        });
    connect(process, &QProcess::errorOccurred, this, [process, promise, what, program](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        KubectlResult result;
        explain(&result, what, program);
        promise->addResult(result);
        promise->finish();
        process->deleteLater();
    });
    // A kubectl still running when this object goes is killed; its promise then ends without a result.
    connect(process, &QObject::destroyed, [promise] { promise->finish(); });
    process->start();
    return future;
}

QFuture<KubectlResult> Kubectl::get(const QString &apiPath, const QString &what)
{
    return run({QStringLiteral("get"), QStringLiteral("--raw"), apiPath}, what);
}
