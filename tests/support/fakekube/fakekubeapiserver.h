#pragma once

#include "fakekubecluster.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

class FakeKubeApi;
class FakeKubeListener;
class QThread;

// A minimal Kubernetes API server for the tests, on 127.0.0.1 over HTTP (or HTTPS), for the real kubectl:
// discovery, namespaces, pods, services, endpoints, secrets, access reviews and pods' port-forward (SPDY/3.1 as
// kubectl speaks it, carried to a real TCP target such as the test cluster), and the failures of a real cluster
// (403, 404, a pod not ready, streams reset, a pod replaced or deleted, a slow or distant API). It runs on its
// own thread, so a test may block its own; the methods may be called from any thread (start() and the
// destructor from the owner's). SAYTRUTH_FAKEKUBE_TRACE=1 prints every request on stderr.
//
// As on a real cluster: kubectl port-forwards to a pod that is not ready (check readiness yourself); a list in a
// namespace that does not exist is empty, not 404; kubectl 1.30+ first tries WebSockets (logged as
// "GET .../portforward", refused) and falls back to SPDY ("POST .../portforward").
class FakeKubeApiServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeKubeApiServer(QObject *parent = nullptr);
    ~FakeKubeApiServer() override; // stops the thread, closes every connection

    bool start(); // listens on 127.0.0.1:0 on its own thread
    // The same over TLS (a self-signed certificate; kubeconfigs skip verification). Needed for credentials:
    // kubectl sends a kubeconfig's token and runs its exec plugin only when the server is https.
    bool startHttps();
    QUrl url() const;
    // Writes dir/kubeconfig with one context per entry (context name -> namespace; one cluster, one user with
    // a fixed bearer token or the exec plugin); current-context is the first. Returns the file's path.
    QString writeKubeconfig(const QString &dir, const QList<QPair<QString, QString>> &contexts) const;

    void addNamespace(const QString &name);
    // forwardTo: "host:port" where every forwarded port of the pod goes (the test cluster's).
    void addPod(const QString &ns, const QString &name, const QMap<QString, QString> &labels,
        const QList<FakeKubeContainerPort> &ports, const QString &forwardTo, bool ready = true);
    void addService(const QString &ns, const QString &name, const QMap<QString, QString> &selector,
        const QList<FakeKubePort> &ports);
    void addSecret(const QString &ns, const QString &name, const QMap<QString, QByteArray> &data); // base64 in .data
    // A Service added with an empty selector lists these addresses in its Endpoints (as Patroni writes a
    // primary's): a pod's IP, or another Service's cluster IP.
    void setEndpoints(const QString &ns, const QString &service, const QStringList &ips);
    QString podIp(const QString &ns, const QString &pod) const;
    QString serviceIp(const QString &ns, const QString &service) const;

    // A PersistentVolumeClaim of that size ("5Gi") mounted by the pod at /var/lib/postgresql/data.
    void addVolumeClaim(const QString &ns, const QString &pod, const QString &claim, const QString &size);
    // The pod's container restarted count times, the last time for reason ("OOMKilled").
    void setRestarts(const QString &ns, const QString &pod, int count, const QString &reason = {});
    // Failures
    void setPodReady(const QString &ns, const QString &pod, bool ready);
    // "Pending", "Failed", ... : kubectl port-forward refuses a pod that is not "Running" (the default).
    void setPodPhase(const QString &ns, const QString &pod, const QString &phase);
    void deletePod(const QString &ns, const QString &pod); // 404 afterwards; its open forwards are cut
    // Same labels, ports and target under a new name (a rollout), or under the same name with a new uid (a
    // StatefulSet's pod recreated); the old pod's forwards are cut.
    void replacePod(const QString &ns, const QString &oldPod, const QString &newPod);
    void resetForwards(); // cuts every open port-forward (RST_STREAM on its streams, then the connection closes)
    // Every forwarded connection ends as when the pod's side resets it (kubernetes#111825, what a TLS client's
    // reset leads to): the kubelet's "connection reset by peer" on its error stream. kubectl 1.2x+ then exits,
    // 1.20 prints "an error occurred forwarding" and goes on.
    void resetPodConnections();
    // A 403 with the API server's wording on matching requests, and allowed=false in access reviews. verb as
    // RBAC has it (get, list, create), resource with its subresource ("pods/portforward"); an empty or "*"
    // field matches everything.
    void deny(const QString &verb, const QString &resource, const QString &ns);
    void setDelay(int milliseconds); // every response is delayed (a slow API server)
    // Port-forwards opened from now on hold every byte this long in each direction (a remote cluster: a round
    // trip through the forward takes twice this).
    void setForwardLatency(int milliseconds);
    // Authentication, for exec credential plugins: requests without "Authorization: Bearer <token>" get 401
    // Unauthorized. Empty (the default): anything goes.
    void requireToken(const QString &token);
    // The kubeconfigs written from now on take the user's token from this exec credential plugin
    // (client.authentication.k8s.io/v1beta1, which kubectl 1.20 to 1.3x all run) instead of a fixed token.
    void setExecPlugin(const QString &command, const QStringList &args = {});

    // Every request as "METHOD path?query", in order: "GET /api/v1/namespaces/x/pods/y",
    // "GET /api/v1/namespaces/x/pods?labelSelector=app%3Dpostgres&limit=500", "POST .../pods/y/portforward".
    QStringList requests() const;
    int openForwardStreams() const; // data streams currently open

private:
    void cutForwards(const QString &ns, const QString &pod);

    std::unique_ptr<FakeKubeApi> m_api;
    QThread *m_thread = nullptr;
    FakeKubeListener *m_listener = nullptr;
    quint16 m_port = 0;
    bool m_https = false;
    mutable QMutex m_kubeconfigMutex;
    QString m_execCommand;
    QStringList m_execArgs;
};
