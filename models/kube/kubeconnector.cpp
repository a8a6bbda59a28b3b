#include "kubeconnector.h"

#include "common/whenfinished.h"
#include "kube/kubectl.h"
#include "kube/kubeforward.h"
#include "kube/kubeforwards.h"
#include "kube/kubesecretread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

namespace {

constexpr int ReconnectingWaitMs = 60000;

} // namespace

KubeConnector::KubeConnector(const ConnectionProfile &profile, const QString &typedPassword, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_password(typedPassword)
{ }

KubeConnector::~KubeConnector() = default;

void KubeConnector::start()
{
    m_done = false;
    // The first kubectl of the process waits for the login shell's PATH, which is read off the GUI thread.
    Kubectl::whenPathKnown(this, [this] {
        if (!m_kubectl)
            m_kubectl = new Kubectl(m_profile.kube, this);
        preflight();
    });
}

void KubeConnector::preflight()
{
    if (m_kubectl->program().isEmpty()) {
        KubectlResult missing;
        Kubectl::explain(&missing, tr("Connecting through Kubernetes"), {});
        return fail(missing);
    }
    readConfig();
}

void KubeConnector::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_forward.reset();
    Q_EMIT failed(error);
}

void KubeConnector::fail(const KubectlResult &result)
{
    fail(result.error);
}

void KubeConnector::readConfig()
{
    Q_EMIT progress(tr("Reading the kubeconfig…"));
    const QString what = m_profile.kube.context.isEmpty()
        ? tr("Reading the kubeconfig")
        : tr("Reading the kubeconfig's context %1").arg(m_profile.kube.context);
    whenFinished(m_kubectl->run({QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--minify"),
                                    QStringLiteral("-o"), QStringLiteral("json")},
                     what),
        this, [this, what](const KubectlResult &result) {
            if (!result.ok) {
                KubectlResult explained = result;
                if (explained.failure == KubectlResult::Failure::Other
                    && result.errorOutput.contains(QLatin1String("current-context")))
                    explained.error.why = tr("The kubeconfig has no current context: choose one.");
                return fail(explained);
            }
            const QJsonObject config = result.json();
            const QJsonObject context = config.value(QLatin1String("contexts"))
                                            .toArray()
                                            .first()
                                            .toObject()
                                            .value(QLatin1String("context"))
                                            .toObject();
            if (m_profile.kube.ns.isEmpty())
                m_profile.kube.ns = context.value(QLatin1String("namespace")).toString(QStringLiteral("default"));
            const QJsonObject user = config.value(QLatin1String("users"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QLatin1String("user"))
                                         .toObject();
            const QString plugin
                = user.value(QLatin1String("exec")).toObject().value(QLatin1String("command")).toString();
            if (!plugin.isEmpty() && Kubectl::findExecutable(plugin).isEmpty()) {
                return fail(Error {what,
                    tr("The kubeconfig's credential plugin \"%1\" was not found, neither on PATH nor on your login "
                       "shell's PATH. Install it or put it on PATH.")
                        .arg(plugin),
                    {}, {}});
            }
            checkNamespace();
        });
}

void KubeConnector::checkNamespace()
{
    Q_EMIT progress(tr("Checking the namespace %1…").arg(m_profile.kube.ns));
    const QString what = tr("Finding the namespace %1").arg(m_profile.kube.ns);
    whenFinished(m_kubectl->get(QStringLiteral("/api/v1/namespaces/") + Kubectl::pathSegment(m_profile.kube.ns), what),
        this, [this, what](const KubectlResult &result) {
            // Many accounts may not read namespaces but may work inside one: only "not found" stops here.
            if (!result.ok && result.failure != KubectlResult::Failure::Forbidden) {
                KubectlResult explained = result;
                if (result.failure == KubectlResult::Failure::NotFound)
                    explained.error.why = tr("There is no namespace %1 in this cluster.").arg(m_profile.kube.ns);
                return fail(explained);
            }
            checkAccess(QStringLiteral("pods/portforward"), QStringLiteral("create"), [this] {
                if (m_profile.kube.credentials == KubeTarget::Credentials::Secret)
                    checkAccess(QStringLiteral("secrets/") + m_profile.kube.secret, QStringLiteral("get"),
                        [this] { readSecret(); });
                else
                    startForward();
            });
        });
}

void KubeConnector::checkAccess(const QString &resource, const QString &verb, std::function<void()> next)
{
    Q_EMIT progress(tr("Checking that you may %1 %2…").arg(verb, resource));
    const QString what = tr("Checking your access (%1 %2 in %3)").arg(verb, resource, m_profile.kube.ns);
    // "pods/portforward" would read as the pod named portforward: a subresource is asked for as such.
    QStringList arguments {QStringLiteral("auth"), QStringLiteral("can-i"), verb};
    if (const qsizetype slash = resource.indexOf(QLatin1Char('/')); resource.startsWith(QLatin1String("pods/")))
        arguments << resource.left(slash) << QStringLiteral("--subresource=") + resource.mid(slash + 1);
    else
        arguments << resource;
    arguments << QStringLiteral("--namespace") << m_profile.kube.ns;
    whenFinished(m_kubectl->run(arguments, what), this,
        [this, what, verb, resource, next = std::move(next)](const KubectlResult &result) {
            const QString answer = QString::fromUtf8(result.output).trimmed();
            if (answer.startsWith(QLatin1String("yes")))
                return next();
            if (answer.startsWith(QLatin1String("no"))) {
                // A bare "no" says nothing the sentence does not; "no - RBAC: …" carries the server's reason.
                QString reason = answer.mid(2).trimmed();
                if (reason.startsWith(QLatin1Char('-')))
                    reason = reason.mid(1).trimmed();
                return fail(Error {what,
                    tr("Your Kubernetes account may not %1 %2 in the namespace %3. Ask an administrator for a Role "
                       "that allows it.")
                        .arg(verb, resource, m_profile.kube.ns),
                    {}, reason});
            }
            fail(result);
        });
}

void KubeConnector::readSecret()
{
    Q_EMIT progress(tr("Reading the credentials from the Secret %1…").arg(m_profile.kube.secret));
    KubeSecretRead::credentials(
        m_kubectl, m_profile, this, [this](const KubeCredentials &credentials, const Error &error) {
            if (error)
                return fail(error);
            m_profile.user = credentials.user;
            m_password = credentials.password;
            if (m_profile.database.isEmpty())
                m_profile.database = credentials.database;
            startForward();
        });
}

void KubeConnector::startForward()
{
    if (m_profile.database.isEmpty())
        m_profile.database = m_profile.user; // libpq's own default
    Q_EMIT progress(tr("Starting the port-forward to %1…").arg(m_profile.kube.resourceName()));
    m_forward = KubeForwards::acquire(m_profile);
    const auto finish = [this] {
        if (m_done)
            return;
        m_done = true;
        m_profile.host = QStringLiteral("127.0.0.1");
        m_profile.port = m_forward->localPort();
        Q_EMIT ready(m_profile, m_password);
    };
    if (m_forward->state() == KubeForward::State::Up)
        return finish();
    connect(m_forward.get(), &KubeForward::up, this, finish, Qt::SingleShotConnection);
    connect(m_forward.get(), &KubeForward::failed, this, [this](const Error &error) { fail(error); });
    if (m_forward->state() == KubeForward::State::Reconnecting) {
        // The profile's forward (another window's) is restarting: say how it goes, and give up after a while
        // rather than wait for ever; the other window keeps waiting for it.
        Q_EMIT progress(m_forward->statusText());
        connect(m_forward.get(), &KubeForward::stateChanged, this, [this] {
            if (!m_done && m_forward->state() == KubeForward::State::Reconnecting)
                Q_EMIT progress(m_forward->statusText());
        });
        QTimer::singleShot(ReconnectingWaitMs, this, [this] {
            if (!m_done)
                fail(Error {tr("Starting the port-forward to %1").arg(m_profile.kube.resourceName()),
                    tr("The profile's forward has been restarting for a minute without success: %1")
                        .arg(m_forward->lastWords()),
                    {}, {}});
        });
    }
    if (m_forward->state() == KubeForward::State::Stopped || m_forward->state() == KubeForward::State::Failed)
        m_forward->start();
}
