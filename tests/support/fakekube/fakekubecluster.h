#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// A Service's port: targetPort is a number or the name of a container port.
struct FakeKubePort
{
    QString name;
    int port = 0;
    QString targetPort;
};

// A pod's container port.
struct FakeKubeContainerPort
{
    QString name;
    int containerPort = 0;
};

// The objects of the fake cluster (namespaces, pods, services, secrets, RBAC denials) and their JSON as the
// real API serves it. Not thread-safe: FakeKubeApi guards it.
class FakeKubeCluster
{
public:
    struct Pod
    {
        QString ns, name, uid, ip;
        QMap<QString, QString> labels;
        QList<FakeKubeContainerPort> ports;
        QString forwardTo; // host:port that every forwarded port of the pod reaches
        bool ready = true;
        QString phase = QStringLiteral("Running"); // Pending, Running, Succeeded, Failed
        QString claim; // a PersistentVolumeClaim mounted at /var/lib/postgresql/data; empty: none
        int restarts = 0;
        QString lastRestartReason; // "OOMKilled"
    };
    struct Claim
    {
        QString ns, name, uid, size; // size as the API writes it: "5Gi"
    };
    struct Service
    {
        QString ns, name, uid, clusterIp;
        QMap<QString, QString> selector;
        QList<FakeKubePort> ports;
        // Without a selector: the addresses its Endpoints list, IPs only, as Patroni writes them.
        QStringList endpointIps;
    };
    struct Secret
    {
        QString ns, name, uid;
        QMap<QString, QByteArray> data;
    };

    void addNamespace(const QString &name);
    bool hasNamespace(const QString &name) const { return m_namespaces.contains(name); }
    void addPod(Pod pod);
    void addService(Service service);
    void addSecret(Secret secret);
    void addClaim(Claim claim);
    Pod *pod(const QString &ns, const QString &name);
    Service *service(const QString &ns, const QString &name);
    bool removePod(const QString &ns, const QString &name);

    void deny(const QString &verb, const QString &resource, const QString &ns);
    // verb and resource ("pods/portforward") as RBAC sees them; a denial's empty or "*" fields match all.
    bool isDenied(const QString &verb, const QString &resource, const QString &ns) const;

    // The object's JSON; nothing when it does not exist. resource: namespaces, pods, services, endpoints,
    // secrets, persistentvolumeclaims.
    std::optional<QJsonObject> object(const QString &resource, const QString &ns, const QString &name) const;
    // The list's JSON (PodList, ...): every namespace when ns is empty; labelSelector as in the API
    // ("a=b,c!=d,e,!f"), fieldSelector a path and a value ("status.phase=Running,metadata.name!=x"); nothing
    // when a selector cannot be parsed.
    std::optional<QJsonObject> list(const QString &resource, const QString &ns, const QString &labelSelector,
        const QString &fieldSelector = {}) const;
    static bool isResource(const QString &resource);
    static QString kindOf(const QString &resource);

private:
    QJsonObject metadata(const QString &ns, const QString &name, const QString &uid) const;
    QJsonObject namespaceJson(const QString &name) const;
    QJsonObject podJson(const Pod &pod) const;
    QJsonObject serviceJson(const Service &service) const;
    QJsonObject endpointsJson(const Service &service) const;
    QJsonObject manualEndpointsJson(const Service &service) const;
    QJsonObject secretJson(const Secret &secret) const;
    QJsonObject claimJson(const Claim &claim) const;
    QList<QJsonObject> objects(const QString &resource, const QString &ns) const;
    QString newUid();

    QStringList m_namespaces;
    QList<Pod> m_pods;
    QList<Service> m_services;
    QList<Secret> m_secrets;
    QList<Claim> m_claims;
    struct Denial
    {
        QString verb, resource, ns;
    };
    QList<Denial> m_denials;
    int m_serial = 0;
};
