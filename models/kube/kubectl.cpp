#include "kubectl.h"

#include "common/whenfinished.h"

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
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

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
    Kubectl::bindToParent(&process);
    // Between markers: a login profile may print a greeting (or a fortune) of its own.
    process.start(
        shell, {QStringLiteral("-lc"), QStringLiteral("printf '\\n<saytruth-path>%s</saytruth-path>\\n' \"$PATH\"")});
    // On a worker thread (Kubectl::whenPathKnown): a slow login shell delays the first kubectl, not the GUI.
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(500);
        return {};
    }
    static const QRegularExpression marked(QStringLiteral("<saytruth-path>([^\n]*)</saytruth-path>"));
    const QRegularExpressionMatch match = marked.match(QString::fromLocal8Bit(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).split(QLatin1Char(':'), Qt::SkipEmptyParts) : QStringList();
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

// Why the API server could not be reached, in words, when kubectl's say so (kubectl 1.20 to 1.32 word it
// differently: "The connection to the server … was refused", "dial tcp …: connect: connection refused",
// "context deadline exceeded", "Client.Timeout exceeded"…); empty otherwise.
// What a run's exit code says when kubectl did not exit by itself (killed, crashed); -1 means it never started.
constexpr int CrashedExitCode = -2;

QString unreachableWhy(const QString &words)
{
    const auto has = [&words](const char *text) {
        return words.contains(QLatin1String(text));
    };
    if (has("was refused") || has("connection refused"))
        return Kubectl::tr("The Kubernetes API server refused the connection: is the cluster running, and is the "
                           "kubeconfig's server address right?");
    if (has("connection reset by peer") || has("unexpected EOF"))
        return Kubectl::tr("The connection to the Kubernetes API server was dropped (a proxy, a VPN or the server "
                           "ended it).");
    if (has("no such host") || has("server misbehaving"))
        return Kubectl::tr("The Kubernetes API server's host name is unknown (DNS): check the kubeconfig's server "
                           "address, or your VPN.");
    if (has("no route to host") || has("network is unreachable"))
        return Kubectl::tr("The Kubernetes API server cannot be reached from this network (VPN?).");
    if (has("deadline exceeded") || has("Client.Timeout exceeded") || has("i/o timeout") || has("TLS handshake timeout")
        || has("(Timeout)"))
        return Kubectl::tr("The Kubernetes API server did not answer in time.");
    return {};
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
        kill(process);
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

namespace {

Kubectl::Timeouts g_timeouts;

} // namespace

Kubectl::Timeouts Kubectl::timeouts()
{
    return g_timeouts;
}

void Kubectl::setTimeouts(const Timeouts &timeouts)
{
    g_timeouts = timeouts;
}

void Kubectl::whenPathKnown(QObject *context, std::function<void()> next)
{
    // GUI thread only, as are the callers; extendedPath() caches the answer for the process.
    static bool known = false;
    static QFuture<QStringList> asking;
    if (known)
        return next();
    if (!asking.isValid())
        asking = QtConcurrent::run(&Kubectl::extendedPath);
    whenFinished(asking, context, [next = std::move(next)](const QStringList &) {
        known = true;
        next();
    });
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
        // A process group of its own, so that what kubectl starts (a credential plugin waiting for a login)
        // ends with it: see kill().
        ::setpgid(0, 0);
    });
}

void Kubectl::kill(QProcess *process)
{
    // The whole group: kubectl and the credential plugins it runs (the parent-death signal reaches only
    // kubectl itself).
    if (const qint64 pid = process->processId(); pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
    process->kill();
}

void Kubectl::explain(KubectlResult *result, const QString &what, const QString &program)
{
    using Failure = KubectlResult::Failure;
    const QString words = lastWords(result->errorOutput);
    result->error.what = what;
    result->error.detail = words;
    // "getting credentials: exec: executable kubelogin failed with exit code 1" (1.2x+), "getting credentials:
    // exec: exit status 1" (1.20): the plugin ran and failed, whatever it could not reach.
    static const QRegularExpression pluginFailed(
        QStringLiteral("getting credentials:(?: exec: executable (\\S+) failed)?"));
    static const QRegularExpression missingFile(
        QStringLiteral("^error: stat .*no such file"), QRegularExpression::MultilineOption);
    static const QRegularExpression pluginMissing(
        QStringLiteral("exec: (?:executable )?\"?([^\"\\s:]+)\"?[: ]+(?:executable file )?not found"));
    if (program.isEmpty()) {
        result->failure = Failure::NotStarted;
        result->error.why = tr("kubectl was not found on PATH or in the usual folders. Install it (on Debian and "
                               "Ubuntu: sudo apt install kubernetes-client) or your cloud's kubectl.");
    } else if (result->exitCode < 0) {
        result->failure = Failure::NotStarted;
        result->error.why = tr("kubectl (%1) could not be started.").arg(program);
    } else if (result->exitCode == CrashedExitCode) {
        result->failure = Failure::Other;
        result->error.why = tr("kubectl (%1) ended abnormally (it was killed or crashed).").arg(program);
    } else if (const auto match = pluginMissing.match(result->errorOutput); match.hasMatch()) {
        result->failure = Failure::Plugin;
        result->error.why = tr("The kubeconfig's credential plugin \"%1\" was not found, neither on PATH nor on "
                               "your login shell's PATH. Install it or put it on PATH.")
                                .arg(match.captured(1));
    } else if (const auto failed = pluginFailed.match(words); failed.hasMatch()) {
        result->failure = Failure::Unauthorized;
        result->error.why = failed.captured(1).isEmpty()
            ? tr("The kubeconfig's credential plugin failed: log in with it again (your login may have expired), "
                 "and check that it can reach its identity provider.")
            : tr("The kubeconfig's credential plugin \"%1\" failed: log in with it again (your login may have "
                 "expired), and check that it can reach its identity provider.")
                  .arg(failed.captured(1));
    } else if (const QString unreachable = unreachableWhy(words); !unreachable.isEmpty()) {
        result->failure = Failure::Unreachable;
        result->error.why = unreachable;
    } else if (words.contains(QLatin1String("x509:")) || words.contains(QLatin1String("tls: failed to verify"))) {
        result->failure = Failure::Certificate;
        result->error.why = tr("The Kubernetes API server's certificate is not trusted (expired, or not signed by the "
                               "authority the kubeconfig names).");
    } else if (words.contains(QLatin1String("error loading config file")) || missingFile.match(words).hasMatch()) {
        result->failure = Failure::Config;
        result->error.why = tr("The kubeconfig cannot be read.");
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
    } else if (words.contains(QLatin1String("Unauthorized")) || words.contains(QLatin1String("must be logged in"))
        || words.contains(QLatin1String("provide credentials"))) {
        result->failure = Failure::Unauthorized;
        result->error.why = tr("Kubernetes did not accept your credentials: log in again (they may have expired).");
    } else if (words.contains(QLatin1String("Unable to connect"))) {
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
    process->setArguments(
        globalArguments() << QStringLiteral("--request-timeout=%1s").arg(g_timeouts.requestSeconds) << arguments);
    process->setProcessEnvironment(m_environment);
    process->setStandardInputFile(QProcess::nullDevice());
    bindToParent(process);
    const QString program = m_program;
    // A kubectl that hangs (a credential plugin waiting for a login, discovery retrying a silent server) is
    // killed after the watchdog's time and said so.
    auto *watchdog = new QTimer(process);
    watchdog->setSingleShot(true);
    const int runMs = g_timeouts.runMs;
    connect(watchdog, &QTimer::timeout, process, [process] {
        process->setProperty("timedOut", true);
        kill(process);
    });
    connect(process, &QProcess::finished, this,
        [process, promise, what, program, runMs](int exitCode, QProcess::ExitStatus status) {
            KubectlResult result;
            result.exitCode = status == QProcess::NormalExit ? exitCode : CrashedExitCode;
            result.output = process->readAllStandardOutput();
            result.errorOutput = QString::fromUtf8(process->readAllStandardError());
            result.ok = result.exitCode == 0;
            if (process->property("timedOut").toBool()) {
                result.ok = false;
                result.failure = KubectlResult::Failure::Unreachable;
                result.error = Error {what,
                    tr("kubectl did not finish within %n second(s) and was stopped: the API server or the "
                       "credential plugin does not answer.",
                        nullptr, (runMs + 999) / 1000),
                    {}, lastWords(result.errorOutput)};
            } else if (!result.ok) {
                explain(&result, what, program);
            }
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
    watchdog->start(runMs);
    return future;
}

QString Kubectl::pathSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QFuture<KubectlResult> Kubectl::get(const QString &apiPath, const QString &what)
{
    return run({QStringLiteral("get"), QStringLiteral("--raw"), apiPath}, what);
}
