#pragma once

#include "common/error.h"
#include "connection/kubetarget.h"

#include <QObject>

class Kubectl;
namespace KubeObjects {
struct Service;
}

// Which pod, and which of its ports, a profile's target leads to now: a pod itself; a Service's ready pod
// through its selector; or, for a Service without a selector, through the Endpoints someone else writes
// (Patroni, for the primaries of the Zalando and Crunchy operators), an address being a pod (by targetRef or
// by its IP) or another Service's cluster IP (Crunchy's -primary leads to -ha), followed once. Asked again
// after every failure, so a failover or a rollout is followed. A newer resolve() supersedes an older one.
class KubeTargetResolver : public QObject
{
    Q_OBJECT
public:
    KubeTargetResolver(Kubectl *kubectl, const KubeTarget &target, QObject *parent = nullptr);

    void resolve();
    void cancel(); // no answer comes for what was asked before

Q_SIGNALS:
    void resolved(const QString &pod, int podPort);
    void failed(const Error &error);

private:
    void resolveService(const QString &name, const QString &wantedPort, int hops, int generation);
    void resolveThroughEndpoints(const KubeObjects::Service &service, const QString &wantedPort, int hops,
        int generation);
    void resolveAddress(const QString &service, const QString &ip, int port, int hops, int generation);
    void checkPod(const QString &pod, int port, int generation);
    void fail(const QString &why);

    Kubectl *m_kubectl;
    KubeTarget m_target;
    QString m_base; // /api/v1/namespaces/<ns>
    QString m_what; // "Finding svc/x in ns"
    int m_generation = 0;
};
