#include "fakekubecluster.h"

#include <QJsonArray>

namespace {

const QString created = QStringLiteral("2025-01-01T00:00:00Z");
const QString containerName = QStringLiteral("postgres");

// One term of a label selector.
struct Requirement
{
    enum Op { Equals, NotEquals, Exists, NotExists } op = Equals;
    QString key, value;
};

std::optional<QList<Requirement>> parseSelector(const QString &selector)
{
    QList<Requirement> terms;
    for (QString term : selector.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        term = term.trimmed();
        Requirement r;
        if (const qsizetype at = term.indexOf(QLatin1String("!=")); at > 0) {
            r = {Requirement::NotEquals, term.left(at).trimmed(), term.mid(at + 2).trimmed()};
        } else if (const qsizetype at = term.indexOf(QLatin1Char('=')); at > 0) {
            const qsizetype valueAt = term.mid(at, 2) == QLatin1String("==") ? at + 2 : at + 1;
            r = {Requirement::Equals, term.left(at).trimmed(), term.mid(valueAt).trimmed()};
        } else if (term.startsWith(QLatin1Char('!'))) {
            r = {Requirement::NotExists, term.mid(1).trimmed(), {}};
        } else if (!term.contains(QLatin1Char(' ')) && !term.contains(QLatin1Char('('))) {
            r = {Requirement::Exists, term, {}};
        } else {
            return std::nullopt; // set-based terms (in, notin) are not needed by kubectl's port-forward
        }
        terms.append(r);
    }
    return terms;
}

bool matches(const QList<Requirement> &terms, const QMap<QString, QString> &labels)
{
    for (const Requirement &r : terms) {
        const bool has = labels.contains(r.key);
        const bool ok = r.op == Requirement::Equals ? has && labels.value(r.key) == r.value
            : r.op == Requirement::NotEquals        ? !has || labels.value(r.key) != r.value
            : r.op == Requirement::Exists           ? has
                                                    : !has;
        if (!ok)
            return false;
    }
    return true;
}

bool selects(const QMap<QString, QString> &selector, const QMap<QString, QString> &labels)
{
    if (selector.isEmpty())
        return false; // a Service without a selector has no endpoints of its own
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (labels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

QJsonObject toJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonValue portValue(const QString &port)
{
    bool numeric = false;
    const int number = port.toInt(&numeric);
    return numeric ? QJsonValue(number) : QJsonValue(port);
}

} // namespace

void FakeKubeCluster::addNamespace(const QString &name)
{
    if (!m_namespaces.contains(name))
        m_namespaces.append(name);
}

void FakeKubeCluster::addPod(Pod pod)
{
    removePod(pod.ns, pod.name);
    pod.uid = newUid();
    pod.ip = QStringLiteral("10.244.0.%1").arg(m_serial % 250 + 2);
    m_pods.append(pod);
}

void FakeKubeCluster::addService(Service service)
{
    service.uid = newUid();
    service.clusterIp = QStringLiteral("10.96.0.%1").arg(m_serial % 250 + 2);
    m_services.removeIf([&](const Service &s) { return s.ns == service.ns && s.name == service.name; });
    m_services.append(service);
}

void FakeKubeCluster::addSecret(Secret secret)
{
    secret.uid = newUid();
    m_secrets.removeIf([&](const Secret &s) { return s.ns == secret.ns && s.name == secret.name; });
    m_secrets.append(secret);
}

FakeKubeCluster::Service *FakeKubeCluster::service(const QString &ns, const QString &name)
{
    for (Service &s : m_services) {
        if (s.ns == ns && s.name == name)
            return &s;
    }
    return nullptr;
}

FakeKubeCluster::Pod *FakeKubeCluster::pod(const QString &ns, const QString &name)
{
    for (Pod &p : m_pods) {
        if (p.ns == ns && p.name == name)
            return &p;
    }
    return nullptr;
}

bool FakeKubeCluster::removePod(const QString &ns, const QString &name)
{
    return m_pods.removeIf([&](const Pod &p) { return p.ns == ns && p.name == name; }) > 0;
}

void FakeKubeCluster::deny(const QString &verb, const QString &resource, const QString &ns)
{
    m_denials.append({verb, resource, ns});
}

bool FakeKubeCluster::isDenied(const QString &verb, const QString &resource, const QString &ns) const
{
    auto field = [](const QString &rule, const QString &value) {
        return rule.isEmpty() || rule == QLatin1String("*") || rule == value;
    };
    for (const Denial &d : m_denials) {
        if (field(d.verb, verb) && field(d.resource, resource) && field(d.ns, ns))
            return true;
    }
    return false;
}

bool FakeKubeCluster::isResource(const QString &resource)
{
    static const QStringList known {QStringLiteral("namespaces"), QStringLiteral("pods"), QStringLiteral("services"),
        QStringLiteral("endpoints"), QStringLiteral("secrets"), QStringLiteral("persistentvolumeclaims")};
    return known.contains(resource);
}

QString FakeKubeCluster::kindOf(const QString &resource)
{
    if (resource == QLatin1String("endpoints"))
        return QStringLiteral("Endpoints");
    if (resource == QLatin1String("namespaces"))
        return QStringLiteral("Namespace");
    if (resource == QLatin1String("persistentvolumeclaims"))
        return QStringLiteral("PersistentVolumeClaim");
    // pods -> Pod, services -> Service, secrets -> Secret
    return resource.left(1).toUpper() + resource.mid(1, resource.size() - 2);
}

std::optional<QJsonObject> FakeKubeCluster::object(
    const QString &resource, const QString &ns, const QString &name) const
{
    for (const QJsonObject &o : objects(resource, ns)) {
        if (o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString() == name) {
            QJsonObject full {{QStringLiteral("kind"), kindOf(resource)}, {QStringLiteral("apiVersion"), "v1"}};
            for (auto it = o.begin(); it != o.end(); ++it)
                full.insert(it.key(), it.value());
            return full;
        }
    }
    return std::nullopt;
}

std::optional<QJsonObject> FakeKubeCluster::list(
    const QString &resource, const QString &ns, const QString &labelSelector, const QString &fieldSelector) const
{
    const auto terms = parseSelector(labelSelector);
    const auto fieldTerms = parseSelector(fieldSelector);
    if (!terms || !fieldTerms)
        return std::nullopt;
    QJsonArray items;
    for (const QJsonObject &o : objects(resource, ns)) {
        QMap<QString, QString> labels, fields;
        const QJsonObject jsonLabels = o.value(QLatin1String("metadata")).toObject().value("labels").toObject();
        for (auto it = jsonLabels.begin(); it != jsonLabels.end(); ++it)
            labels.insert(it.key(), it.value().toString());
        // Field selectors name a path into the object: metadata.name, status.phase, spec.nodeName, ...
        for (const Requirement &r : *fieldTerms) {
            QJsonValue v = o;
            for (const QString &key : r.key.split(QLatin1Char('.')))
                v = v.toObject().value(key);
            if (!v.isUndefined())
                fields.insert(r.key, v.toString());
        }
        if (matches(*terms, labels) && matches(*fieldTerms, fields))
            items.append(o);
    }
    return QJsonObject {{QStringLiteral("kind"), kindOf(resource) + QLatin1String("List")},
        {QStringLiteral("apiVersion"), "v1"},
        {QStringLiteral("metadata"), QJsonObject {{QStringLiteral("resourceVersion"), QString::number(m_serial)}}},
        {QStringLiteral("items"), items}};
}

QList<QJsonObject> FakeKubeCluster::objects(const QString &resource, const QString &ns) const
{
    QList<QJsonObject> out;
    auto inNs = [&](const QString &objectNs) {
        return ns.isEmpty() || objectNs == ns;
    };
    if (resource == QLatin1String("namespaces")) {
        for (const QString &n : m_namespaces)
            out.append(namespaceJson(n));
    } else if (resource == QLatin1String("pods")) {
        for (const Pod &p : m_pods) {
            if (inNs(p.ns))
                out.append(podJson(p));
        }
    } else if (resource == QLatin1String("services") || resource == QLatin1String("endpoints")) {
        const bool endpoints = resource == QLatin1String("endpoints");
        for (const Service &s : m_services) {
            if (inNs(s.ns))
                out.append(endpoints ? endpointsJson(s) : serviceJson(s));
        }
    } else if (resource == QLatin1String("secrets")) {
        for (const Secret &s : m_secrets) {
            if (inNs(s.ns))
                out.append(secretJson(s));
        }
    } else if (resource == QLatin1String("persistentvolumeclaims")) {
        for (const Claim &c : m_claims) {
            if (inNs(c.ns))
                out.append(claimJson(c));
        }
    }
    return out;
}

QJsonObject FakeKubeCluster::metadata(const QString &ns, const QString &name, const QString &uid) const
{
    QJsonObject m {{QStringLiteral("name"), name}, {QStringLiteral("uid"), uid},
        {QStringLiteral("resourceVersion"), QString::number(m_serial)}, {QStringLiteral("creationTimestamp"), created}};
    if (!ns.isEmpty())
        m.insert(QStringLiteral("namespace"), ns);
    return m;
}

QJsonObject FakeKubeCluster::namespaceJson(const QString &name) const
{
    const QString uid
        = QStringLiteral("00000000-0000-4000-8000-%1").arg(qHash(name) % 1000000000000ULL, 12, 10, QLatin1Char('0'));
    return {{QStringLiteral("metadata"), metadata({}, name, uid)},
        {QStringLiteral("spec"), QJsonObject {{QStringLiteral("finalizers"), QJsonArray {"kubernetes"}}}},
        {QStringLiteral("status"), QJsonObject {{QStringLiteral("phase"), "Active"}}}};
}

QJsonObject FakeKubeCluster::podJson(const Pod &pod) const
{
    QJsonObject meta = metadata(pod.ns, pod.name, pod.uid);
    meta.insert(QStringLiteral("labels"), toJson(pod.labels));
    QJsonArray ports;
    for (const FakeKubeContainerPort &p : pod.ports) {
        QJsonObject port {{QStringLiteral("containerPort"), p.containerPort}, {QStringLiteral("protocol"), "TCP"}};
        if (!p.name.isEmpty())
            port.insert(QStringLiteral("name"), p.name);
        ports.append(port);
    }
    QJsonObject container {{QStringLiteral("name"), containerName}, {QStringLiteral("image"), "postgres:15"},
        {QStringLiteral("ports"), ports}};
    QJsonArray volumes;
    if (!pod.claim.isEmpty()) {
        container.insert(QStringLiteral("volumeMounts"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), "postgres-storage"},
                {QStringLiteral("mountPath"), "/var/lib/postgresql/data"}}});
        volumes.append(QJsonObject {{QStringLiteral("name"), "postgres-storage"},
            {QStringLiteral("persistentVolumeClaim"), QJsonObject {{QStringLiteral("claimName"), pod.claim}}}});
    }
    const QString ready
        = pod.ready && pod.phase == QLatin1String("Running") ? QStringLiteral("True") : QStringLiteral("False");
    QJsonArray conditions;
    for (const char *type : {"Initialized", "Ready", "ContainersReady", "PodScheduled"}) {
        const bool readiness = qstrcmp(type, "Ready") == 0 || qstrcmp(type, "ContainersReady") == 0;
        conditions.append(QJsonObject {{QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("status"), readiness ? ready : QStringLiteral("True")},
            {QStringLiteral("lastTransitionTime"), created}});
    }
    const bool running = pod.phase == QLatin1String("Running");
    const QJsonObject state = running
        ? QJsonObject {{QStringLiteral("running"), QJsonObject {{QStringLiteral("startedAt"), created}}}}
        : QJsonObject {{QStringLiteral("waiting"), QJsonObject {{QStringLiteral("reason"), "ContainerCreating"}}}};
    QJsonObject containerStatus {{QStringLiteral("name"), containerName},
        {QStringLiteral("ready"), pod.ready && running}, {QStringLiteral("started"), running},
        {QStringLiteral("restartCount"), pod.restarts}, {QStringLiteral("image"), "postgres:15"},
        {QStringLiteral("imageID"), "docker.io/library/postgres@sha256:0"},
        {QStringLiteral("containerID"), QStringLiteral("containerd://%1").arg(pod.uid)},
        {QStringLiteral("state"), state}};
    if (!pod.lastRestartReason.isEmpty()) {
        containerStatus.insert(QStringLiteral("lastState"),
            QJsonObject {
                {QStringLiteral("terminated"), QJsonObject {{QStringLiteral("reason"), pod.lastRestartReason}}}});
    }
    return {{QStringLiteral("metadata"), meta},
        {QStringLiteral("spec"),
            QJsonObject {{QStringLiteral("containers"), QJsonArray {container}}, {QStringLiteral("volumes"), volumes},
                {QStringLiteral("nodeName"), "fake-node"}}},
        {QStringLiteral("status"),
            QJsonObject {{QStringLiteral("phase"), pod.phase}, {QStringLiteral("conditions"), conditions},
                {QStringLiteral("containerStatuses"), QJsonArray {containerStatus}},
                {QStringLiteral("hostIP"), "10.0.0.2"}, {QStringLiteral("podIP"), pod.ip},
                {QStringLiteral("podIPs"), QJsonArray {QJsonObject {{QStringLiteral("ip"), pod.ip}}}},
                {QStringLiteral("startTime"), created}}}};
}

QJsonObject FakeKubeCluster::serviceJson(const Service &service) const
{
    QJsonArray ports;
    for (const FakeKubePort &p : service.ports) {
        QJsonObject port {{QStringLiteral("port"), p.port}, {QStringLiteral("protocol"), "TCP"},
            {QStringLiteral("targetPort"), portValue(p.targetPort.isEmpty() ? QString::number(p.port) : p.targetPort)}};
        if (!p.name.isEmpty())
            port.insert(QStringLiteral("name"), p.name);
        ports.append(port);
    }
    return {{QStringLiteral("metadata"), metadata(service.ns, service.name, service.uid)},
        {QStringLiteral("spec"),
            QJsonObject {{QStringLiteral("type"), "ClusterIP"}, {QStringLiteral("clusterIP"), service.clusterIp},
                {QStringLiteral("clusterIPs"), QJsonArray {service.clusterIp}},
                {QStringLiteral("selector"), toJson(service.selector)}, {QStringLiteral("ports"), ports}}},
        {QStringLiteral("status"), QJsonObject {{QStringLiteral("loadBalancer"), QJsonObject {}}}}};
}

// The Endpoints of a Service without a selector, as whoever writes them (Patroni) does: IPs, no targetRef, the
// Service's target ports by number.
QJsonObject FakeKubeCluster::manualEndpointsJson(const Service &service) const
{
    QJsonObject result {{QStringLiteral("metadata"), metadata(service.ns, service.name, service.uid)}};
    if (service.endpointIps.isEmpty())
        return result;
    QJsonArray addresses, ports;
    for (const QString &ip : service.endpointIps)
        addresses.append(QJsonObject {{QStringLiteral("ip"), ip}});
    for (const FakeKubePort &sp : service.ports) {
        bool numeric = false;
        const int target = sp.targetPort.toInt(&numeric);
        QJsonObject port {{QStringLiteral("port"), numeric ? target : sp.port}, {QStringLiteral("protocol"), "TCP"}};
        if (!sp.name.isEmpty())
            port.insert(QStringLiteral("name"), sp.name);
        ports.append(port);
    }
    result.insert(QStringLiteral("subsets"),
        QJsonArray {QJsonObject {{QStringLiteral("addresses"), addresses}, {QStringLiteral("ports"), ports}}});
    return result;
}

// Endpoints as the endpoints controller derives them: ready pods under addresses, the others under
// notReadyAddresses, each service port resolved to the pods' container port (by number or name).
QJsonObject FakeKubeCluster::endpointsJson(const Service &service) const
{
    if (service.selector.isEmpty())
        return manualEndpointsJson(service);
    QJsonArray ready, notReady;
    const Pod *first = nullptr;
    for (const Pod &p : m_pods) {
        if (p.ns != service.ns || !selects(service.selector, p.labels))
            continue;
        if (!first)
            first = &p;
        const QJsonObject address {{QStringLiteral("ip"), p.ip}, {QStringLiteral("nodeName"), "fake-node"},
            {QStringLiteral("targetRef"),
                QJsonObject {{QStringLiteral("kind"), "Pod"}, {QStringLiteral("namespace"), p.ns},
                    {QStringLiteral("name"), p.name}, {QStringLiteral("uid"), p.uid}}}};
        (p.ready && p.phase == QLatin1String("Running") ? ready : notReady).append(address);
    }
    QJsonObject result {{QStringLiteral("metadata"), metadata(service.ns, service.name, service.uid)}};
    if (!first)
        return result;
    QJsonArray ports;
    for (const FakeKubePort &sp : service.ports) {
        bool numeric = false;
        int target = sp.targetPort.isEmpty() ? sp.port : sp.targetPort.toInt(&numeric);
        if (!sp.targetPort.isEmpty() && !numeric) {
            target = 0;
            for (const FakeKubeContainerPort &cp : first->ports) {
                if (cp.name == sp.targetPort)
                    target = cp.containerPort;
            }
            if (target == 0)
                continue; // the endpoints controller leaves out a port no pod names
        }
        QJsonObject port {{QStringLiteral("port"), target}, {QStringLiteral("protocol"), "TCP"}};
        if (!sp.name.isEmpty())
            port.insert(QStringLiteral("name"), sp.name);
        ports.append(port);
    }
    QJsonObject subset {{QStringLiteral("ports"), ports}};
    if (!ready.isEmpty())
        subset.insert(QStringLiteral("addresses"), ready);
    if (!notReady.isEmpty())
        subset.insert(QStringLiteral("notReadyAddresses"), notReady);
    result.insert(QStringLiteral("subsets"), QJsonArray {subset});
    return result;
}

QJsonObject FakeKubeCluster::secretJson(const Secret &secret) const
{
    QJsonObject data;
    for (auto it = secret.data.cbegin(); it != secret.data.cend(); ++it)
        data.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    return {{QStringLiteral("metadata"), metadata(secret.ns, secret.name, secret.uid)},
        {QStringLiteral("type"), "Opaque"}, {QStringLiteral("data"), data}};
}

QString FakeKubeCluster::newUid()
{
    ++m_serial;
    return QStringLiteral("5a7e0000-0000-4000-8000-%1").arg(m_serial, 12, 10, QLatin1Char('0'));
}

void FakeKubeCluster::addClaim(Claim claim)
{
    claim.uid = newUid();
    ++m_serial;
    m_claims.append(claim);
}

QJsonObject FakeKubeCluster::claimJson(const Claim &claim) const
{
    const QJsonObject storage {{QStringLiteral("storage"), claim.size}};
    return {{QStringLiteral("metadata"), metadata(claim.ns, claim.name, claim.uid)},
        {QStringLiteral("spec"),
            QJsonObject {{QStringLiteral("accessModes"), QJsonArray {"ReadWriteOnce"}},
                {QStringLiteral("resources"), QJsonObject {{QStringLiteral("requests"), storage}}}}},
        {QStringLiteral("status"),
            QJsonObject {{QStringLiteral("phase"), "Bound"}, {QStringLiteral("capacity"), storage}}}};
}
