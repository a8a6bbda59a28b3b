#include "kubeforward.h"

#include "common/whenfinished.h"
#include "kube/kubectl.h"
#include "kube/kubeobjects.h"
#include "kube/portforward.h"
#include "kube/postgresprobe.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

constexpr int ProbeTimeoutMs = 8000;

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

KubeForward::KubeForward(const KubeTarget &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_kubectl(new Kubectl(target, this))
    , m_probe(new PostgresProbe(this))
{
    m_probeTimer.setInterval(10000);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &KubeForward::resolve);
    connect(&m_probeTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Up && !m_probe->isRunning())
            m_probe->start(m_localPort, ProbeTimeoutMs);
    });
    connect(m_probe, &PostgresProbe::answered, this, [this] {
        if (m_state == State::Up)
            return;
        m_attempt = 0;
        m_everUp = true;
        m_lastWords.clear();
        setState(State::Up);
        m_probeTimer.start();
        Q_EMIT up(m_localPort);
    });
    connect(m_probe, &PostgresProbe::failed, this, &KubeForward::onForwardFailed);
}

KubeForward::~KubeForward()
{
    stop();
}

void KubeForward::start()
{
    if (m_state == State::Starting || m_state == State::Up || m_state == State::Reconnecting)
        return;
    m_error = {};
    m_attempt = 0;
    setState(State::Starting);
    resolve();
}

void KubeForward::stop()
{
    ++m_generation;
    m_probeTimer.stop();
    m_retryTimer.stop();
    if (m_forward) {
        m_forward->stop();
        m_forward->deleteLater();
        m_forward = nullptr;
    }
    if (m_state != State::Stopped)
        setState(State::Stopped);
}

qint64 KubeForward::kubectlProcessId() const
{
    return m_forward ? m_forward->processId() : 0;
}

int KubeForward::backoffMilliseconds(int attempt)
{
    const int doublings = qBound(0, attempt - 1, 5);
    return qMin(500 << doublings, 15000);
}

QString KubeForward::statusText() const
{
    const QString where = m_pod.isEmpty() ? m_target.resourceName() : QStringLiteral("pod/") + m_pod;
    switch (m_state) {
    case State::Stopped:
        return tr("Kubernetes: not connected");
    case State::Starting:
        return tr("Kubernetes: starting the forward to %1…").arg(where);
    case State::Up:
        return tr("Kubernetes: up — %1 → 127.0.0.1:%2").arg(where).arg(m_localPort);
    case State::Reconnecting:
        return tr("Kubernetes: reconnecting (attempt %1) — %2").arg(m_attempt).arg(m_lastWords);
    case State::Failed:
        return tr("Kubernetes: failed — %1").arg(m_lastWords.isEmpty() ? m_error.why : m_lastWords);
    }
    return {};
}

void KubeForward::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void KubeForward::resolve()
{
    const int generation = ++m_generation;
    const QString base = QStringLiteral("/api/v1/namespaces/") + encoded(m_target.ns);
    const QString what = tr("Finding %1 in %2").arg(m_target.resourceName(), m_target.ns);
    if (m_target.kind == KubeTarget::Kind::Pod) {
        whenFinished(m_kubectl->get(base + QStringLiteral("/pods/") + encoded(m_target.name), what), this,
            [this, generation, what](const KubectlResult &result) {
                if (generation != m_generation)
                    return;
                if (!result.ok)
                    return giveUpOrRetry(result.error);
                const auto found = KubeObjects::resolvePod(KubeObjects::pod(result.json()), m_target.port);
                if (found.pod.isEmpty())
                    return giveUpOrRetry({what, found.problem, {}, {}});
                launch(found.pod, found.podPort);
            });
        return;
    }
    whenFinished(m_kubectl->get(base + QStringLiteral("/services/") + encoded(m_target.name), what), this,
        [this, generation, base, what](const KubectlResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok)
                return giveUpOrRetry(result.error);
            const KubeObjects::Service service = KubeObjects::service(result.json());
            const QString pods
                = base + QStringLiteral("/pods?labelSelector=") + encoded(KubeObjects::selectorText(service.selector));
            whenFinished(
                m_kubectl->get(pods, what), this, [this, generation, service, what](const KubectlResult &podList) {
                    if (generation != m_generation)
                        return;
                    if (!podList.ok)
                        return giveUpOrRetry(podList.error);
                    const auto found
                        = KubeObjects::resolveService(service, m_target.port, KubeObjects::pods(podList.json()));
                    if (found.pod.isEmpty())
                        return giveUpOrRetry({what, found.problem, {}, {}});
                    launch(found.pod, found.podPort);
                });
        });
}

void KubeForward::launch(const QString &pod, int podPort)
{
    m_pod = pod;
    if (!m_forward) {
        m_forward = new PortForward(m_kubectl->program(), m_kubectl->globalArguments(), m_kubectl->environment(), this);
        connect(m_forward, &PortForward::ready, this, [this](int port) {
            m_localPort = port; // the same on every restart: the sessions' profile names it
            m_probe->start(port, ProbeTimeoutMs);
        });
        connect(m_forward, &PortForward::failed, this, &KubeForward::onForwardFailed);
    }
    m_forward->start(m_target.ns, pod, podPort, m_localPort);
}

void KubeForward::onForwardFailed(const QString &words)
{
    if (m_state == State::Stopped || m_state == State::Failed)
        return;
    if (m_forward)
        m_forward->stop();
    m_probeTimer.stop();
    giveUpOrRetry({tr("Forwarding to %1").arg(m_target.resourceName()), words, {}, {}});
}

void KubeForward::giveUpOrRetry(const Error &error)
{
    m_lastWords = error.why;
    if (!m_everUp) {
        // The first start reports at once: the pre-flight said what it could, the rest is kubectl's words.
        m_error = error;
        if (m_forward)
            m_forward->stop();
        setState(State::Failed);
        Q_EMIT failed(error);
        return;
    }
    ++m_attempt;
    if (m_state == State::Reconnecting)
        Q_EMIT stateChanged(m_state); // the attempt count changed
    else
        setState(State::Reconnecting);
    m_retryTimer.start(backoffMilliseconds(m_attempt));
}
