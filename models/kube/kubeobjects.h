#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// The few Kubernetes objects a database connection needs, read from the API's JSON (kubectl get -o json or
// get --raw): Services and pods with their ports, and which pod a Service leads to now. Pure functions, so
// the choice of pod and port is tested without a cluster.
namespace KubeObjects {

struct Port
{
    QString name;
    int port = 0; // the Service's port, or the container's port
    QString targetPort; // Services only: a number or a container port's name
};

struct Service
{
    QString name;
    QString clusterIp; // "None" for a headless Service
    QMap<QString, QString> selector;
    QMap<QString, QString> labels;
    QList<Port> ports;
};

struct Pod
{
    QString name;
    QMap<QString, QString> labels;
    QList<Port> ports; // the containers' ports
    QString phase; // Running, Pending, ...
    bool ready = false; // condition Ready is True
    bool terminating = false; // has a deletionTimestamp
};

QList<Service> services(const QJsonObject &list); // a ServiceList
QList<Pod> pods(const QJsonObject &list); // a PodList
Service service(const QJsonObject &object);
Pod pod(const QJsonObject &object);
QStringList names(const QJsonObject &list); // metadata.name of each item (namespaces, secrets)

// "app=postgres,tier=db": the selector as kubectl's --selector / the API's labelSelector wants it.
QString selectorText(const QMap<QString, QString> &selector);

// The port a database listens on among ports: the one asked for (number or name), else one named
// postgres/postgresql/pg/db, else 5432, else the only one. nullptr when none fits.
const Port *databasePort(const QList<Port> &ports, const QString &wanted);

// Where a forward to a Service goes: a ready, running, not terminating pod the selector matches (pods is
// the list already filtered by the selector; the first ready in name order, so the choice is stable), and
// the pod port the Service port leads to (targetPort by number, or by the container port's name).
struct Resolution
{
    QString pod; // empty when none is ready
    int podPort = 0;
    QString problem; // in words when pod is empty or the port cannot be found
};
Resolution resolveService(const Service &service, const QString &wantedPort, const QList<Pod> &pods);
Resolution resolvePod(const Pod &pod, const QString &wantedPort);
// Running, ready and not shutting down; otherwise why not, in words.
QString unusableReason(const Pod &pod);

// Where a Service without a selector leads: its Endpoints, which someone else writes (Patroni does, for the
// primary Services of the Zalando and Crunchy operators). A ready address (the first by pod name, then IP,
// so the choice is stable) and the port the Service's port leads to there (by the port's name, else the
// only one, else by number). The address names its pod when it has a targetRef to one; otherwise only its
// IP is known, which is a pod's IP or another Service's cluster IP (Crunchy's -primary leads to -ha).
struct EndpointChoice
{
    QString ip;
    QString pod; // empty when the address has no targetRef to a pod
    int port = 0;
    QString problem; // in words when no address or no port fits
};
EndpointChoice chooseEndpoint(const Service &service, const Port &servicePort, const QJsonObject &endpoints);

} // namespace KubeObjects
