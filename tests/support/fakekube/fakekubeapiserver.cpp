#include "fakekubeapiserver.h"

#include "fakekubeapi.h"
#include "fakekubehttpconnection.h"
#include "fakekubeportforward.h"
#include "fakekubetlsserver.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

// The server's half on its own thread: accepts connections, keeps the port-forwards so they can be cut.
class FakeKubeListener : public QObject
{
public:
    explicit FakeKubeListener(FakeKubeApi *api)
        : m_api(api)
    { }

    quint16 listen(bool https)
    {
        m_server = https ? new FakeKubeTlsServer(this) : new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                new FakeKubeHttpConnection(
                    socket, m_api, [this](auto *s, auto &rest, auto &r) { forward(s, rest, r); }, this);
        });
        return m_server->serverPort();
    }

    void cut(const QString &ns, const QString &pod)
    {
        for (const QPointer<FakeKubePortForward> &f : std::as_const(m_forwards)) {
            if (f && (ns.isEmpty() || (f->ns() == ns && f->pod() == pod)))
                f->cut();
        }
    }

    void resetPodConnections()
    {
        for (const QPointer<FakeKubePortForward> &f : std::as_const(m_forwards)) {
            if (f)
                f->resetPodConnections();
        }
    }

    int openDataStreams() const
    {
        int open = 0;
        for (const QPointer<FakeKubePortForward> &f : m_forwards)
            open += f ? f->openDataStreams() : 0;
        return open;
    }

    void shutdown()
    {
        const QObjectList all = children(); // a copy: deleting a child changes children()
        qDeleteAll(all); // the server, every HTTP connection and port-forward, with their sockets
        m_server = nullptr;
    }

private:
    void forward(QTcpSocket *socket, const QByteArray &rest, const FakeKubeApi::Response &r)
    {
        m_forwards.removeAll(nullptr);
        m_forwards.append(
            new FakeKubePortForward(socket, rest, r.ns, r.pod, r.podUid, r.forwardTo, r.forwardLatency, this));
    }

    FakeKubeApi *m_api;
    QTcpServer *m_server = nullptr;
    QList<QPointer<FakeKubePortForward>> m_forwards;
};

FakeKubeApiServer::FakeKubeApiServer(QObject *parent)
    : QObject(parent)
    , m_api(std::make_unique<FakeKubeApi>())
{ }

FakeKubeApiServer::~FakeKubeApiServer()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_listener, [this] { m_listener->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_listener;
    delete m_thread;
}

bool FakeKubeApiServer::startHttps()
{
    if (!FakeKubeTlsServer::isSupported()) {
        qWarning("fake kube API server: Qt has no TLS backend here");
        return false;
    }
    m_https = true;
    return start();
}

bool FakeKubeApiServer::start()
{
    if (m_thread)
        return m_port != 0;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("fake kube API server"));
    m_listener = new FakeKubeListener(m_api.get());
    m_listener->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_listener, [this] { return m_listener->listen(m_https); }, Qt::BlockingQueuedConnection, &m_port);
    m_api->setServerAddress(QStringLiteral("127.0.0.1:%1").arg(m_port));
    return m_port != 0;
}

QUrl FakeKubeApiServer::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_https ? "https" : "http").arg(m_port));
}

QString FakeKubeApiServer::writeKubeconfig(const QString &dir, const QList<QPair<QString, QString>> &contexts) const
{
    QString yaml = QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: fake\n  cluster:\n"
                                  "    server: %1\n%2contexts:\n")
                       .arg(url().toString(), m_https ? "    insecure-skip-tls-verify: true\n" : "");
    for (const auto &[context, ns] : contexts) {
        yaml += QStringLiteral("- name: %1\n  context:\n    cluster: fake\n    user: tester\n    namespace: %2\n")
                    .arg(context, ns);
    }
    yaml += QStringLiteral("current-context: %1\npreferences: {}\nusers:\n- name: tester\n  user:\n")
                .arg(contexts.isEmpty() ? QString() : contexts.first().first);
    QMutexLocker locker(&m_kubeconfigMutex);
    if (m_execCommand.isEmpty()) {
        yaml += QStringLiteral("    token: fake-token\n");
    } else {
        yaml += QStringLiteral("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: %1\n")
                    .arg(m_execCommand);
        if (!m_execArgs.isEmpty())
            yaml += QStringLiteral("      args: [\"%1\"]\n").arg(m_execArgs.join(QLatin1String("\", \"")));
    }
    const QString path = QDir(dir).filePath(QStringLiteral("kubeconfig"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(yaml.toUtf8()) < 0)
        qWarning("could not write %s", qPrintable(path));
    return path;
}

void FakeKubeApiServer::addNamespace(const QString &name)
{
    m_api->withCluster([&](FakeKubeCluster &c) { c.addNamespace(name); });
}

void FakeKubeApiServer::addPod(const QString &ns, const QString &name, const QMap<QString, QString> &labels,
    const QList<FakeKubeContainerPort> &ports, const QString &forwardTo, bool ready)
{
    FakeKubeCluster::Pod pod;
    pod.ns = ns;
    pod.name = name;
    pod.labels = labels;
    pod.ports = ports;
    pod.forwardTo = forwardTo;
    pod.ready = ready;
    m_api->withCluster([&](FakeKubeCluster &c) { c.addPod(pod); });
}

void FakeKubeApiServer::addService(
    const QString &ns, const QString &name, const QMap<QString, QString> &selector, const QList<FakeKubePort> &ports)
{
    FakeKubeCluster::Service service;
    service.ns = ns;
    service.name = name;
    service.selector = selector;
    service.ports = ports;
    m_api->withCluster([&](FakeKubeCluster &c) { c.addService(service); });
}

void FakeKubeApiServer::addSecret(const QString &ns, const QString &name, const QMap<QString, QByteArray> &data)
{
    FakeKubeCluster::Secret secret;
    secret.ns = ns;
    secret.name = name;
    secret.data = data;
    m_api->withCluster([&](FakeKubeCluster &c) { c.addSecret(secret); });
}

void FakeKubeApiServer::addVolumeClaim(const QString &ns, const QString &pod, const QString &claim, const QString &size)
{
    m_api->withCluster([&](FakeKubeCluster &c) {
        c.addClaim({ns, claim, {}, size});
        if (FakeKubeCluster::Pod *p = c.pod(ns, pod))
            p->claim = claim;
    });
}

void FakeKubeApiServer::setRestarts(const QString &ns, const QString &pod, int count, const QString &reason)
{
    m_api->withCluster([&](FakeKubeCluster &c) {
        if (FakeKubeCluster::Pod *p = c.pod(ns, pod)) {
            p->restarts = count;
            p->lastRestartReason = reason;
        }
    });
}

void FakeKubeApiServer::setEndpoints(const QString &ns, const QString &service, const QStringList &ips)
{
    m_api->withCluster([&](FakeKubeCluster &c) {
        if (FakeKubeCluster::Service *s = c.service(ns, service))
            s->endpointIps = ips;
    });
}

QString FakeKubeApiServer::podIp(const QString &ns, const QString &pod) const
{
    return m_api->withCluster([&](FakeKubeCluster &c) {
        const FakeKubeCluster::Pod *p = c.pod(ns, pod);
        return p ? p->ip : QString();
    });
}

QString FakeKubeApiServer::serviceIp(const QString &ns, const QString &service) const
{
    return m_api->withCluster([&](FakeKubeCluster &c) {
        const FakeKubeCluster::Service *s = c.service(ns, service);
        return s ? s->clusterIp : QString();
    });
}

void FakeKubeApiServer::setPodReady(const QString &ns, const QString &pod, bool ready)
{
    m_api->withCluster([&](FakeKubeCluster &c) {
        if (FakeKubeCluster::Pod *p = c.pod(ns, pod))
            p->ready = ready;
    });
}

void FakeKubeApiServer::setPodPhase(const QString &ns, const QString &pod, const QString &phase)
{
    m_api->withCluster([&](FakeKubeCluster &c) {
        if (FakeKubeCluster::Pod *p = c.pod(ns, pod))
            p->phase = phase;
    });
}

void FakeKubeApiServer::deletePod(const QString &ns, const QString &pod)
{
    m_api->withCluster([&](FakeKubeCluster &c) { c.removePod(ns, pod); });
    cutForwards(ns, pod);
}

void FakeKubeApiServer::replacePod(const QString &ns, const QString &oldPod, const QString &newPod)
{
    m_api->withCluster([&](FakeKubeCluster &c) {
        if (FakeKubeCluster::Pod *p = c.pod(ns, oldPod)) {
            FakeKubeCluster::Pod replacement = *p;
            replacement.name = newPod;
            c.removePod(ns, oldPod);
            c.addPod(replacement);
        }
    });
    cutForwards(ns, oldPod);
}

void FakeKubeApiServer::resetForwards()
{
    cutForwards({}, {});
}

void FakeKubeApiServer::setForwardLatency(int milliseconds)
{
    m_api->setForwardLatency(milliseconds);
}

void FakeKubeApiServer::resetPodConnections()
{
    if (m_thread) {
        QMetaObject::invokeMethod(
            m_listener, [this] { m_listener->resetPodConnections(); }, Qt::BlockingQueuedConnection);
    }
}

void FakeKubeApiServer::deny(const QString &verb, const QString &resource, const QString &ns)
{
    m_api->withCluster([&](FakeKubeCluster &c) { c.deny(verb, resource, ns); });
}

void FakeKubeApiServer::setDelay(int milliseconds)
{
    m_api->setDelay(milliseconds);
}

void FakeKubeApiServer::requireToken(const QString &token)
{
    m_api->requireToken(token);
}

void FakeKubeApiServer::setExecPlugin(const QString &command, const QStringList &args)
{
    QMutexLocker locker(&m_kubeconfigMutex);
    m_execCommand = command;
    m_execArgs = args;
}

QStringList FakeKubeApiServer::requests() const
{
    return m_api->requests();
}

int FakeKubeApiServer::openForwardStreams() const
{
    int open = 0;
    if (m_thread) {
        QMetaObject::invokeMethod(
            m_listener, [this] { return m_listener->openDataStreams(); }, Qt::BlockingQueuedConnection, &open);
    }
    return open;
}

void FakeKubeApiServer::cutForwards(const QString &ns, const QString &pod)
{
    if (m_thread)
        QMetaObject::invokeMethod(
            m_listener, [&] { m_listener->cut(ns, pod); }, Qt::BlockingQueuedConnection);
}
