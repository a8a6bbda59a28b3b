#include "kubepodwatcher.h"

#include "common/whenfinished.h"
#include "kube/kubectl.h"
#include "kube/kubeforward.h"

KubePodWatcher::KubePodWatcher(KubeForward *forward, QObject *parent)
    : QObject(parent)
    , m_forward(forward)
    , m_kubectl(new Kubectl(forward->target(), this))
{
    connect(&m_timer, &QTimer::timeout, this, &KubePodWatcher::refresh);
    // A new pod behind the Service (a rollout): read it at once.
    connect(forward, &KubeForward::up, this, &KubePodWatcher::refresh);
}

KubePodWatcher::~KubePodWatcher() = default;

void KubePodWatcher::start(int intervalMs)
{
    m_timer.start(intervalMs);
    refresh();
}

void KubePodWatcher::stop()
{
    m_timer.stop();
    ++m_generation;
    m_reading = false;
}

void KubePodWatcher::refresh()
{
    if (m_reading || !m_forward || m_forward->pod().isEmpty())
        return;
    m_reading = true;
    const int generation = ++m_generation;
    const QString ns = m_forward->target().ns;
    const QString pod = m_forward->pod();
    const QString what = tr("Reading the pod %1").arg(pod);
    whenFinished(
        m_kubectl->get(
            QStringLiteral("/api/v1/namespaces/%1/pods/%2").arg(Kubectl::pathSegment(ns), Kubectl::pathSegment(pod)),
            what),
        this, [this, generation, pod](const KubectlResult &result) {
            if (generation != m_generation)
                return;
            KubePodStatus status;
            if (!result.ok) {
                status.pod = pod;
                status.error = result.error;
                m_reading = false;
                m_status = status;
                Q_EMIT updated(m_status);
                return;
            }
            readClaims(KubePodStatus::fromPod(result.json()), 0, generation);
        });
}

void KubePodWatcher::readClaims(KubePodStatus status, int next, int generation)
{
    if (next >= status.volumes.size() || !m_forward) {
        m_reading = false;
        m_status = status;
        Q_EMIT updated(m_status);
        return;
    }
    const QString claim = status.volumes.at(next).claim;
    const QString path = QStringLiteral("/api/v1/namespaces/%1/persistentvolumeclaims/%2")
                             .arg(Kubectl::pathSegment(m_forward->target().ns), Kubectl::pathSegment(claim));
    whenFinished(m_kubectl->get(path, tr("Reading the volume claim %1").arg(claim)), this,
        [this, status, next, generation](const KubectlResult &result) {
            if (generation != m_generation)
                return;
            KubePodStatus read = status;
            if (result.ok)
                read.applyClaim(result.json());
            else if (read.error.isNull())
                read.error = result.error; // e.g. no right to read claims: the pod's figures still show
            readClaims(read, next + 1, generation);
        });
}
