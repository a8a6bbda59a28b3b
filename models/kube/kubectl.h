#pragma once

#include "common/error.h"
#include "connection/kubetarget.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

class QProcess;

// What one kubectl run said: its exit status, its output, and in words what went wrong.
struct KubectlResult
{
    bool ok = false; // started and exited 0
    int exitCode = -1;
    QByteArray output; // stdout
    QString errorOutput; // stderr (kubectl never prints a Secret's data there)
    Error error; // when !ok: kubectl missing, context unknown, Forbidden, NotFound, unreachable, plugin missing...
    enum class Failure {
        None,
        NotStarted,
        Forbidden,
        NotFound,
        Unauthorized,
        Unreachable, // refused, unknown host, no route, or no answer in time
        Certificate, // the server's TLS certificate is not trusted (x509)
        Config, // the kubeconfig cannot be read
        Context,
        Plugin,
        Other
    };
    Failure failure = Failure::None;

    QJsonObject json() const; // the output as a JSON object (empty when it is not one)
};

// Runs the kubectl on PATH for one target's kubeconfig and context, asynchronously (the GUI thread never
// waits on it). A desktop-launched app lacks the login shell's PATH, where exec credential plugins
// (gke-gcloud-auth-plugin, aws, kubelogin) often live, so the child's PATH is the app's own plus the login
// shell's plus the usual per-user folders. Every kubectl it starts ends with this object, and with the app
// even when the app is killed (parent-death signal).
class Kubectl : public QObject
{
    Q_OBJECT
public:
    explicit Kubectl(const KubeTarget &target, QObject *parent = nullptr);
    ~Kubectl() override;

    // The kubectl program found on the extended PATH (or the one SAYTRUTH_KUBECTL names); empty when none.
    QString program() const { return m_program; }
    // The child processes' environment (PATH extended).
    QProcessEnvironment environment() const { return m_environment; }
    // --kubeconfig and --context as the target says (none when it uses kubectl's defaults).
    QStringList globalArguments() const;

    // kubectl <globalArguments> <arguments>; what names the step for the error ("Reading the Secret x").
    QFuture<KubectlResult> run(const QStringList &arguments, const QString &what);
    // GET of an API path (kubectl get --raw): no discovery round trips.
    QFuture<KubectlResult> get(const QString &apiPath, const QString &what);
    // A name (namespace, Service, Secret, selector) percent-encoded as one segment or value of an API path.
    static QString pathSegment(const QString &segment);

    // How long one kubectl may take: kubectl's own --request-timeout for each call to the API server, and a
    // watchdog for the whole run (discovery retries, a hung credential plugin), after which it is killed.
    struct Timeouts
    {
        int requestSeconds = 20;
        int runMs = 60000;
        int forwardReadyMs = 30000; // kubectl port-forward: until it says "Forwarding from"
    };
    static Timeouts timeouts();
    static void setTimeouts(const Timeouts &timeouts); // GUI thread; tests shorten them

    // Where the PATH of a login shell ($SHELL -lc) adds folders to the app's: read once per process, with a
    // short timeout, and cached. Folders the user usually has (~/.local/bin, ~/bin, /usr/local/bin,
    // /snap/bin, ~/.krew/bin, ~/google-cloud-sdk/bin) are added even when the shell cannot be asked.
    // Blocks while the shell answers (up to five seconds): call it on the GUI thread only after
    // whenPathKnown().
    static QStringList extendedPath();
    // Calls next (on context's thread, unless context is gone) once extendedPath() is known; the login shell
    // is asked on a worker thread, once per process.
    static void whenPathKnown(QObject *context, std::function<void()> next);
    // The program name on the extended PATH, or empty.
    static QString findExecutable(const QString &name);
    // Sets up a child so that it dies with the app (prctl PR_SET_PDEATHSIG), also after SIGKILL.
    static void bindToParent(QProcess *process);
    // Ends a child bound so, and whatever it started (its process group).
    static void kill(QProcess *process);
    // Reads the words of a failed run: missing kubectl, Forbidden, NotFound, Unauthorized, unreachable...
    static void explain(KubectlResult *result, const QString &what, const QString &program);

private:
    KubeTarget m_target;
    QString m_program;
    QProcessEnvironment m_environment;
};
