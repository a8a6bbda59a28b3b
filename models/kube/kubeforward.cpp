#include "kubeforward.h"

#include "common/whenfinished.h"
#include "kube/kubectl.h"
#include "kube/kubetargetresolver.h"
#include "kube/portforward.h"
#include "kube/postgresprobe.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>

namespace {

constexpr int ProbeTimeoutMs = 8000;

} // namespace

KubeForward::KubeForward(const KubeTarget &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_kubectl(new Kubectl(target, this))
    , m_probe(new PostgresProbe(this))
    , m_resolver(new KubeTargetResolver(m_kubectl, target, this))
{
    connect(m_resolver, &KubeTargetResolver::resolved, this, &KubeForward::launch);
    connect(m_resolver, &KubeTargetResolver::failed, this, &KubeForward::giveUpOrRetry);
    m_probeTimer.setInterval(10000);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &KubeForward::resolve);
    connect(&m_probeTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Up && !m_probe->isRunning())
            m_probe->start(m_localPort, ProbeTimeoutMs);
    });
    connect(m_probe, &PostgresProbe::answered, this, [this] {
        // Only an answer through the kubectl running now counts (the probe is aborted with its forward).
        if ((m_state != State::Starting && m_state != State::Reconnecting) || !m_forward || !m_forward->isRunning())
            return;
        m_retryTimer.stop();
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
    m_resolver->cancel();
    m_probe->abort();
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
    ++m_generation;
    m_resolver->resolve();
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
    if (m_localPort == 0)
        m_localPort = chooseLocalPort();
    m_podPort = podPort;
    m_forward->start(m_target.ns, pod, podPort, m_localPort);
}

int KubeForward::chooseLocalPort()
{
    // kubectl's own choice (port 0) comes from the kernel's ephemeral range, where an outgoing connection can
    // take the number while the forward restarts: then "the same local port" would be gone. Below it, no.
    int ephemeralLow = 32768;
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (range.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> bounds = range.readAll().simplified().split(' ');
        ephemeralLow = bounds.value(0).toInt();
    }
    const int top = ephemeralLow - 1;
    const int bottom = qMax(10000, top - 16384);
    if (top - bottom < 1000)
        return 0; // an unusual range: let kubectl choose
    for (int attempt = 0; attempt < 64; ++attempt) {
        const int port = bottom + int(QRandomGenerator::global()->bounded(top - bottom));
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, quint16(port)))
            return port;
    }
    return 0;
}

void KubeForward::onForwardFailed(const QString &words)
{
    if (m_state == State::Stopped || m_state == State::Failed)
        return;
    // Taken between our check and kubectl's listen, before anyone used it: another port will do.
    if (!m_everUp && words.contains(QLatin1String("unable to listen")) && m_portChoices < 3 && m_forward) {
        ++m_portChoices;
        m_forward->stop();
        m_localPort = 0;
        launch(m_pod, m_podPort);
        return;
    }
    if (m_forward)
        m_forward->stop();
    m_probe->abort();
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
