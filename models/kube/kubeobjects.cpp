#include "kubeobjects.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <tuple>

namespace KubeObjects {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KubeObjects", text);
}

QMap<QString, QString> stringMap(const QJsonObject &object)
{
    QMap<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QString portText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInt()) : value.toString();
}

QList<Port> containerPorts(const QJsonObject &spec)
{
    QList<Port> ports;
    for (const QJsonValue &container : spec.value(QLatin1String("containers")).toArray()) {
        for (const QJsonValue &port : container.toObject().value(QLatin1String("ports")).toArray()) {
            const QJsonObject object = port.toObject();
            ports.append({object.value(QLatin1String("name")).toString(),
                object.value(QLatin1String("containerPort")).toInt(), {}});
        }
    }
    return ports;
}

bool isReady(const QJsonObject &status)
{
    for (const QJsonValue &condition : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject object = condition.toObject();
        if (object.value(QLatin1String("type")).toString() == QLatin1String("Ready"))
            return object.value(QLatin1String("status")).toString() == QLatin1String("True");
    }
    return false;
}

bool usable(const Pod &pod)
{
    return pod.ready && !pod.terminating && pod.phase == QLatin1String("Running");
}

} // namespace

Service service(const QJsonObject &object)
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    Service service;
    service.name = metadata.value(QLatin1String("name")).toString();
    service.labels = stringMap(metadata.value(QLatin1String("labels")).toObject());
    service.selector = stringMap(spec.value(QLatin1String("selector")).toObject());
    service.clusterIp = spec.value(QLatin1String("clusterIP")).toString();
    for (const QJsonValue &port : spec.value(QLatin1String("ports")).toArray()) {
        const QJsonObject portObject = port.toObject();
        const int number = portObject.value(QLatin1String("port")).toInt();
        const QJsonValue target = portObject.value(QLatin1String("targetPort"));
        service.ports.append({portObject.value(QLatin1String("name")).toString(), number,
            target.isUndefined() ? QString::number(number) : portText(target)});
    }
    return service;
}

Pod pod(const QJsonObject &object)
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    Pod pod;
    pod.name = metadata.value(QLatin1String("name")).toString();
    pod.labels = stringMap(metadata.value(QLatin1String("labels")).toObject());
    pod.ports = containerPorts(object.value(QLatin1String("spec")).toObject());
    pod.phase = status.value(QLatin1String("phase")).toString();
    pod.ready = isReady(status);
    pod.terminating = metadata.contains(QLatin1String("deletionTimestamp"));
    return pod;
}

QList<Service> services(const QJsonObject &list)
{
    QList<Service> result;
    for (const QJsonValue &item : list.value(QLatin1String("items")).toArray())
        result.append(service(item.toObject()));
    return result;
}

QList<Pod> pods(const QJsonObject &list)
{
    QList<Pod> result;
    for (const QJsonValue &item : list.value(QLatin1String("items")).toArray())
        result.append(pod(item.toObject()));
    return result;
}

QStringList names(const QJsonObject &list)
{
    QStringList result;
    for (const QJsonValue &item : list.value(QLatin1String("items")).toArray())
        result << item.toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    return result;
}

QString selectorText(const QMap<QString, QString> &selector)
{
    QStringList pairs;
    for (auto it = selector.cbegin(); it != selector.cend(); ++it)
        pairs << it.key() + QLatin1Char('=') + it.value();
    return pairs.join(QLatin1Char(','));
}

const Port *databasePort(const QList<Port> &ports, const QString &wanted)
{
    const auto find = [&ports](auto predicate) -> const Port * {
        const auto it = std::find_if(ports.cbegin(), ports.cend(), predicate);
        return it == ports.cend() ? nullptr : &*it;
    };
    if (!wanted.isEmpty()) {
        bool numeric = false;
        const int number = wanted.toInt(&numeric);
        return numeric ? find([number](const Port &p) { return p.port == number; })
                       : find([&wanted](const Port &p) { return p.name == wanted; });
    }
    for (const char *name : {"postgres", "postgresql", "pg", "db", "tcp-postgresql"}) {
        if (const Port *port = find([name](const Port &p) { return p.name == QLatin1String(name); }))
            return port;
    }
    if (const Port *port = find([](const Port &p) { return p.port == 5432; }))
        return port;
    // A pooler's own Service names its port so; a pod with a PgBouncer sidecar reached 5432 above.
    if (const Port *port = find([](const Port &p) { return p.name == QLatin1String("pgbouncer"); }))
        return port;
    return ports.size() == 1 ? &ports.first() : nullptr;
}

QString unusableReason(const Pod &pod)
{
    if (usable(pod))
        return {};
    return pod.terminating ? tr("The pod %1 is shutting down.").arg(pod.name)
        : pod.phase != QLatin1String("Running")
        ? tr("The pod %1 is not running (%2).").arg(pod.name, pod.phase.isEmpty() ? tr("no status") : pod.phase)
        : tr("The pod %1 is running but not ready: PostgreSQL may still be starting.").arg(pod.name);
}

Resolution resolvePod(const Pod &pod, const QString &wantedPort)
{
    Resolution resolution;
    if (!usable(pod)) {
        resolution.problem = unusableReason(pod);
        return resolution;
    }
    bool numeric = false;
    const int number = wantedPort.toInt(&numeric);
    if (const Port *port = databasePort(pod.ports, wantedPort)) {
        resolution.podPort = port->port;
    } else if (numeric) {
        resolution.podPort = number; // a pod may listen on a port its spec does not declare
    } else if (wantedPort.isEmpty() && pod.ports.isEmpty()) {
        resolution.podPort = 5432;
    } else {
        resolution.problem = wantedPort.isEmpty()
            ? tr("The pod %1 declares no PostgreSQL port: name one in the profile.").arg(pod.name)
            : tr("The pod %1 has no port named \"%2\".").arg(pod.name, wantedPort);
        return resolution;
    }
    resolution.pod = pod.name;
    return resolution;
}

Resolution resolveService(const Service &service, const QString &wantedPort, const QList<Pod> &pods)
{
    Resolution resolution;
    const Port *servicePort = databasePort(service.ports, wantedPort);
    if (!servicePort) {
        resolution.problem = wantedPort.isEmpty()
            ? tr("The Service %1 has no PostgreSQL port (none named postgres or numbered 5432): name one.")
                  .arg(service.name)
            : tr("The Service %1 has no port \"%2\".").arg(service.name, wantedPort);
        return resolution;
    }
    if (service.selector.isEmpty()) {
        resolution.problem = tr("The Service %1 has no selector: its endpoints say where it leads.").arg(service.name);
        return resolution;
    }
    QList<Pod> sorted = pods;
    std::sort(sorted.begin(), sorted.end(), [](const Pod &a, const Pod &b) { return a.name < b.name; });
    QStringList notReady;
    for (const Pod &pod : std::as_const(sorted)) {
        const bool matches = std::all_of(service.selector.keyValueBegin(), service.selector.keyValueEnd(),
            [&pod](const auto &pair) { return pod.labels.value(pair.first) == pair.second; });
        if (!matches)
            continue;
        if (!usable(pod)) {
            notReady << pod.name;
            continue;
        }
        Resolution found = resolvePod(pod, servicePort->targetPort);
        if (found.pod.isEmpty()) {
            resolution.problem = found.problem;
            continue;
        }
        return found;
    }
    if (resolution.problem.isEmpty()) {
        resolution.problem = notReady.isEmpty()
            ? tr("No pod matches the Service %1's selector (%2).").arg(service.name, selectorText(service.selector))
            : tr("No pod behind the Service %1 is ready (%2).").arg(service.name, notReady.join(QStringLiteral(", ")));
    }
    return resolution;
}

EndpointChoice chooseEndpoint(const Service &service, const Port &servicePort, const QJsonObject &endpoints)
{
    EndpointChoice choice;
    bool anyAddress = false;
    bool targetNumeric = false;
    const int targetNumber = servicePort.targetPort.toInt(&targetNumeric);
    for (const QJsonValue &subsetValue : endpoints.value(QLatin1String("subsets")).toArray()) {
        const QJsonObject subset = subsetValue.toObject();
        const QJsonArray addresses = subset.value(QLatin1String("addresses")).toArray();
        anyAddress = anyAddress || !addresses.isEmpty()
            || !subset.value(QLatin1String("notReadyAddresses")).toArray().isEmpty();
        QList<Port> ports;
        for (const QJsonValue &port : subset.value(QLatin1String("ports")).toArray()) {
            const QJsonObject object = port.toObject();
            ports.append({object.value(QLatin1String("name")).toString(),
                object.value(QLatin1String("port")).toInt(), {}});
        }
        const auto byName = std::find_if(ports.cbegin(), ports.cend(),
            [&servicePort](const Port &p) { return !servicePort.name.isEmpty() && p.name == servicePort.name; });
        const auto byNumber = std::find_if(ports.cbegin(), ports.cend(),
            [&](const Port &p) { return targetNumeric && p.port == targetNumber; });
        const int port = byName != ports.cend() ? byName->port
            : ports.size() == 1                 ? ports.first().port
            : byNumber != ports.cend()          ? byNumber->port
                                                : 0;
        if (port == 0 || addresses.isEmpty())
            continue;
        QList<EndpointChoice> ready;
        for (const QJsonValue &addressValue : addresses) {
            const QJsonObject address = addressValue.toObject();
            const QJsonObject target = address.value(QLatin1String("targetRef")).toObject();
            ready.append({address.value(QLatin1String("ip")).toString(),
                target.value(QLatin1String("kind")).toString() == QLatin1String("Pod")
                    ? target.value(QLatin1String("name")).toString()
                    : QString(),
                port, {}});
        }
        std::sort(ready.begin(), ready.end(),
            [](const EndpointChoice &a, const EndpointChoice &b) { return std::tie(a.pod, a.ip) < std::tie(b.pod, b.ip); });
        return ready.first();
    }
    choice.problem = anyAddress
        ? tr("No pod behind the Service %1 is ready (its endpoints list none as ready for port %2).")
              .arg(service.name)
              .arg(servicePort.port)
        : tr("No pod behind the Service %1 is ready: it has no selector and its endpoints are empty (is the "
             "cluster's primary elected?).")
              .arg(service.name);
    return choice;
}

} // namespace KubeObjects
