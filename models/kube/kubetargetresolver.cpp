#include "kubetargetresolver.h"

#include "common/whenfinished.h"
#include "kube/kubectl.h"
#include "kube/kubeobjects.h"

KubeTargetResolver::KubeTargetResolver(Kubectl *kubectl, const KubeTarget &target, QObject *parent)
    : QObject(parent)
    , m_kubectl(kubectl)
    , m_target(target)
    , m_base(QStringLiteral("/api/v1/namespaces/") + Kubectl::pathSegment(target.ns))
    , m_what(tr("Finding %1 in %2").arg(target.resourceName(), target.ns))
{ }

void KubeTargetResolver::cancel()
{
    ++m_generation;
}

void KubeTargetResolver::fail(const QString &why)
{
    Q_EMIT failed({m_what, why, {}, {}});
}

void KubeTargetResolver::resolve()
{
    const int generation = ++m_generation;
    if (m_target.kind != KubeTarget::Kind::Pod)
        return resolveService(m_target.name, m_target.port, 0, generation);
    whenFinished(m_kubectl->get(m_base + QStringLiteral("/pods/") + Kubectl::pathSegment(m_target.name), m_what), this,
        [this, generation](const KubectlResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok)
                return Q_EMIT failed(result.error);
            const auto found = KubeObjects::resolvePod(KubeObjects::pod(result.json()), m_target.port);
            if (found.pod.isEmpty())
                return fail(found.problem);
            Q_EMIT resolved(found.pod, found.podPort);
        });
}

void KubeTargetResolver::resolveService(const QString &name, const QString &wantedPort, int hops, int generation)
{
    whenFinished(m_kubectl->get(m_base + QStringLiteral("/services/") + Kubectl::pathSegment(name), m_what), this,
        [this, generation, wantedPort, hops](const KubectlResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok)
                return Q_EMIT failed(result.error);
            const KubeObjects::Service service = KubeObjects::service(result.json());
            if (service.selector.isEmpty())
                return resolveThroughEndpoints(service, wantedPort, hops, generation);
            const QString pods = m_base + QStringLiteral("/pods?labelSelector=")
                + Kubectl::pathSegment(KubeObjects::selectorText(service.selector));
            whenFinished(m_kubectl->get(pods, m_what), this,
                [this, generation, service, wantedPort](const KubectlResult &podList) {
                    if (generation != m_generation)
                        return;
                    if (!podList.ok)
                        return Q_EMIT failed(podList.error);
                    const auto found
                        = KubeObjects::resolveService(service, wantedPort, KubeObjects::pods(podList.json()));
                    if (found.pod.isEmpty())
                        return fail(found.problem);
                    Q_EMIT resolved(found.pod, found.podPort);
                });
        });
}

void KubeTargetResolver::resolveThroughEndpoints(
    const KubeObjects::Service &service, const QString &wantedPort, int hops, int generation)
{
    const KubeObjects::Port *port = KubeObjects::databasePort(service.ports, wantedPort);
    if (!port) {
        // The same words as for a Service with a selector.
        return fail(KubeObjects::resolveService(service, wantedPort, {}).problem);
    }
    const KubeObjects::Port servicePort = *port;
    whenFinished(m_kubectl->get(m_base + QStringLiteral("/endpoints/") + Kubectl::pathSegment(service.name), m_what),
        this, [this, generation, service, servicePort, hops](const KubectlResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok)
                return Q_EMIT failed(result.error);
            const auto choice = KubeObjects::chooseEndpoint(service, servicePort, result.json());
            if (!choice.problem.isEmpty())
                return fail(choice.problem);
            if (!choice.pod.isEmpty())
                return checkPod(choice.pod, choice.port, generation);
            resolveAddress(service.name, choice.ip, choice.port, hops, generation);
        });
}

void KubeTargetResolver::resolveAddress(const QString &service, const QString &ip, int port, int hops, int generation)
{
    // A pod's IP, or (once) another Service's cluster IP.
    const QString byIp
        = m_base + QStringLiteral("/pods?fieldSelector=") + Kubectl::pathSegment(QStringLiteral("status.podIP=") + ip);
    whenFinished(
        m_kubectl->get(byIp, m_what), this, [this, generation, service, ip, port, hops](const KubectlResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok)
                return Q_EMIT failed(result.error);
            const QList<KubeObjects::Pod> pods = KubeObjects::pods(result.json());
            if (!pods.isEmpty()) {
                const QString why = KubeObjects::unusableReason(pods.first());
                return why.isEmpty() ? Q_EMIT resolved(pods.first().name, port) : fail(why);
            }
            if (hops > 0)
                return fail(tr("The Service %1 leads to %2, which is no pod in %3.").arg(service, ip, m_target.ns));
            whenFinished(m_kubectl->get(m_base + QStringLiteral("/services"), m_what), this,
                [this, generation, service, ip, port, hops](const KubectlResult &list) {
                    if (generation != m_generation)
                        return;
                    if (!list.ok)
                        return Q_EMIT failed(list.error);
                    for (const KubeObjects::Service &next : KubeObjects::services(list.json())) {
                        if (next.clusterIp == ip && next.name != service)
                            return resolveService(next.name, QString::number(port), hops + 1, generation);
                    }
                    fail(tr("The Service %1 leads to %2, which is neither a pod nor a Service in %3.")
                             .arg(service, ip, m_target.ns));
                });
        });
}

void KubeTargetResolver::checkPod(const QString &pod, int port, int generation)
{
    whenFinished(m_kubectl->get(m_base + QStringLiteral("/pods/") + Kubectl::pathSegment(pod), m_what), this,
        [this, generation, port](const KubectlResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok)
                return Q_EMIT failed(result.error);
            const KubeObjects::Pod found = KubeObjects::pod(result.json());
            const QString why = KubeObjects::unusableReason(found);
            if (!why.isEmpty())
                return fail(why);
            Q_EMIT resolved(found.name, port);
        });
}
