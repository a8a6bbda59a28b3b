#pragma once

#include "common/error.h"
#include "connection/kubetarget.h"

#include <QObject>
#include <QTimer>

class Kubectl;
class PortForward;
class PostgresProbe;
class KubeTargetResolver;

// The supervised port-forward of one profile: resolves the target (a Service to a ready pod behind it, or
// the pod itself), runs kubectl port-forward on 127.0.0.1, checks that PostgreSQL answers through it, and
// keeps it up: kubectl exiting, its "lost connection" lines, or a health probe without an answer count as
// failures, after which the target is resolved again (a rollout or a restarted StatefulSet pod has a new pod
// behind the Service) and the forward restarts on the same local port, with capped exponential backoff,
// until it is stopped. Shared by all of the profile's sessions (KubeForwards hands it out).
class KubeForward : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Up, Reconnecting, Failed };
    Q_ENUM(State)

    explicit KubeForward(const KubeTarget &target, QObject *parent = nullptr);
    ~KubeForward() override;

    void start();
    void stop(); // ends kubectl at once

    State state() const { return m_state; }
    const KubeTarget &target() const { return m_target; }
    int localPort() const { return m_localPort; }
    QString pod() const { return m_pod; }
    int attempt() const { return m_attempt; } // restarts since it was last up
    QString lastWords() const { return m_lastWords; } // kubectl's (or the probe's) last words on failure
    Error error() const { return m_error; } // why the first start failed (state Failed)
    qint64 kubectlProcessId() const;
    // "Kubernetes: up — pod/postgres-0 → 127.0.0.1:41234", "reconnecting (3): lost connection to pod", ...
    QString statusText() const;

    // The wait before restart n (1, 2, ...): 0.5 s doubling, at most 15 s.
    static int backoffMilliseconds(int attempt);
    // A free port on 127.0.0.1 below the kernel's ephemeral range (0 when none is found).
    static int chooseLocalPort();
    void setProbeInterval(int milliseconds) { m_probeTimer.setInterval(milliseconds); }

Q_SIGNALS:
    void stateChanged(KubeForward::State state);
    void up(int localPort); // every time it is (again) up
    void failed(const Error &error); // the first start failed; no retries follow

private:
    void resolve();
    void launch(const QString &pod, int podPort);
    void onForwardFailed(const QString &words);
    void setState(State state);
    void giveUpOrRetry(const Error &error);

    KubeTarget m_target;
    Kubectl *m_kubectl = nullptr;
    PortForward *m_forward = nullptr;
    PostgresProbe *m_probe = nullptr;
    KubeTargetResolver *m_resolver = nullptr;
    QTimer m_probeTimer;
    QTimer m_retryTimer;
    State m_state = State::Stopped;
    bool m_everUp = false;
    int m_localPort = 0;
    int m_podPort = 0;
    int m_portChoices = 0; // local ports found taken before the first start
    int m_attempt = 0;
    int m_generation = 0; // answers for an older resolve/launch are dropped
    QString m_pod;
    QString m_lastWords;
    Error m_error;
};
