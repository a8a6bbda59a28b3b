#pragma once

#include "kube/kubepodstatus.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class KubeForward;
class Kubectl;

// Reads the status of the pod a forward leads to now (and its claims) every interval while started, for
// the dashboard's Kubernetes panel: one `get pod` and one `get persistentvolumeclaim` per claim, through
// kubectl, never on the GUI thread. A read still under way is never overlapped by the next.
class KubePodWatcher : public QObject
{
    Q_OBJECT
public:
    explicit KubePodWatcher(KubeForward *forward, QObject *parent = nullptr);
    ~KubePodWatcher() override;

    void start(int intervalMs = 30000);
    void stop();
    void refresh();
    const KubePodStatus &status() const { return m_status; }

Q_SIGNALS:
    void updated(const KubePodStatus &status);

private:
    void readClaims(KubePodStatus status, int next, int generation);

    QPointer<KubeForward> m_forward;
    Kubectl *m_kubectl = nullptr;
    QTimer m_timer;
    KubePodStatus m_status;
    bool m_reading = false;
    int m_generation = 0;
};
