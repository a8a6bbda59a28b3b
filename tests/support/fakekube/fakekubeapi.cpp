#include "fakekubeapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

const QString user = QStringLiteral("saytruth-test");
const QString authorizationGroup = QStringLiteral("authorization.k8s.io");

QJsonObject apiResource(const QString &name, const QString &kind, bool namespaced, const QStringList &verbs,
    const QStringList &shortNames = {})
{
    QJsonObject r {{QStringLiteral("name"), name}, {QStringLiteral("namespaced"), namespaced},
        {QStringLiteral("kind"), kind}, {QStringLiteral("verbs"), QJsonArray::fromStringList(verbs)},
        {QStringLiteral("singularName"), name.contains(QLatin1Char('/')) ? QString() : kind.toLower()}};
    if (!shortNames.isEmpty())
        r.insert(QStringLiteral("shortNames"), QJsonArray::fromStringList(shortNames));
    return r;
}

const QStringList readVerbs {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("get"),
    QStringLiteral("list"), QStringLiteral("patch"), QStringLiteral("update"), QStringLiteral("watch")};

// The length-delimited fields of one protobuf message, by field number (other wire types skipped).
QMap<int, QByteArray> protobufFields(const QByteArray &message)
{
    QMap<int, QByteArray> fields;
    qsizetype at = 0;
    auto varint = [&](quint64 *value) {
        *value = 0;
        for (int shift = 0; at < message.size() && shift < 64; shift += 7) {
            const quint8 byte = quint8(message[at++]);
            *value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return false;
    };
    quint64 key = 0, value = 0;
    while (at < message.size() && varint(&key)) {
        const int wireType = int(key & 7);
        if (wireType == 0 && varint(&value))
            continue;
        if (wireType == 2 && varint(&value) && value <= quint64(message.size() - at)) {
            fields.insert(int(key >> 3), message.mid(at, qsizetype(value)));
            at += qsizetype(value);
        } else if (wireType == 1 || wireType == 5) {
            at += wireType == 1 ? 8 : 4;
        } else {
            break;
        }
    }
    return fields;
}

// kubectl 1.2x+ posts the review as protobuf ("k8s\0" + runtime.Unknown{raw: SelfSubjectAccessReview}); its
// spec.resourceAttributes as JSON.
QJsonObject resourceAttributesFromProtobuf(const QByteArray &body)
{
    const QByteArray review = protobufFields(body.mid(4)).value(2);
    const QByteArray spec = protobufFields(review).value(2);
    const QMap<int, QByteArray> attributes = protobufFields(protobufFields(spec).value(1));
    static const char *names[] = {nullptr, "namespace", "verb", "group", "version", "resource", "subresource", "name"};
    QJsonObject json;
    for (int field = 1; field <= 7; ++field) {
        if (attributes.contains(field))
            json.insert(QLatin1String(names[field]), QString::fromUtf8(attributes.value(field)));
    }
    return json;
}

} // namespace

FakeKubeApi::Response FakeKubeApi::answer(const Request &request)
{
    QMutexLocker locker(&m_mutex);
    m_requests.append(QString::fromLatin1(request.method + ' ' + request.target));
    const qsizetype queryAt = request.target.indexOf('?');
    const QString path = QString::fromUtf8(queryAt < 0 ? request.target : request.target.left(queryAt));
    QMap<QString, QString> query;
    if (queryAt >= 0) {
        const QUrlQuery q(QString::fromUtf8(request.target.mid(queryAt + 1)));
        for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded))
            query.insert(key, value);
    }
    const bool authorized
        = m_requiredToken.isEmpty() || request.headers.value("authorization") == "Bearer " + m_requiredToken.toUtf8();
    const Response response
        = authorized ? route(request, path, query) : status(401, QStringLiteral("Unauthorized"), "Unauthorized");
    // SAYTRUTH_FAKEKUBE_TRACE=1: every request and its status on stderr, to see what a kubectl asks for.
    static const bool trace = qEnvironmentVariableIsSet("SAYTRUTH_FAKEKUBE_TRACE");
    if (trace)
        qDebug("fake kube API: %s %s (Accept: %s) %s-> %d", request.method.constData(), request.target.constData(),
            request.headers.value("accept").constData(), request.body.left(300).constData(), response.status);
    return response;
}

void FakeKubeApi::setServerAddress(const QString &hostPort)
{
    QMutexLocker locker(&m_mutex);
    m_serverAddress = hostPort;
}

void FakeKubeApi::setDelay(int milliseconds)
{
    QMutexLocker locker(&m_mutex);
    m_delay = milliseconds;
}

void FakeKubeApi::requireToken(const QString &token)
{
    QMutexLocker locker(&m_mutex);
    m_requiredToken = token;
}

void FakeKubeApi::setForwardLatency(int milliseconds)
{
    QMutexLocker locker(&m_mutex);
    m_forwardLatency = milliseconds;
}

int FakeKubeApi::delay() const
{
    QMutexLocker locker(&m_mutex);
    return m_delay;
}

QStringList FakeKubeApi::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

FakeKubeApi::Response FakeKubeApi::route(
    const Request &request, const QString &path, const QMap<QString, QString> &query)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool get = request.method == "GET";
    if (get && parts == QStringList {QStringLiteral("version")})
        return json(version());
    if (get && parts == QStringList {QStringLiteral("api")})
        return json(apiVersions());
    if (get && parts == QStringList {QStringLiteral("apis")})
        return json(apiGroupList());
    if (get && parts == QStringList {QStringLiteral("api"), QStringLiteral("v1")})
        return json(coreResources());
    if (get && parts == QStringList {QStringLiteral("apis"), authorizationGroup, QStringLiteral("v1")})
        return json(authorizationResources());
    if (get && parts == QStringList {QStringLiteral("apis"), authorizationGroup})
        return json(apiGroupList().value(QLatin1String("groups")).toArray().first().toObject());
    if (parts.size() == 4 && parts.mid(0, 3) == QStringList {QStringLiteral("apis"), authorizationGroup, "v1"}
        && parts[3] == QLatin1String("selfsubjectaccessreviews")) {
        if (request.method != "POST")
            return status(405, QStringLiteral("MethodNotAllowed"),
                QStringLiteral("the server does not allow this method on the requested resource"));
        return accessReview(request);
    }
    if (parts.size() > 2 && parts[0] == QLatin1String("api") && parts[1] == QLatin1String("v1"))
        return resource(request, parts.mid(2), query);
    Response r;
    r.status = 404;
    r.contentType = "text/plain; charset=utf-8";
    r.body = "404 page not found\n";
    return r;
}

// /api/v1/<resource>, /api/v1/namespaces/<ns>[/<resource>[/<name>[/portforward]]]
FakeKubeApi::Response FakeKubeApi::resource(
    const Request &request, const QStringList &parts, const QMap<QString, QString> &query)
{
    QString ns, res, name;
    if (parts[0] == QLatin1String("namespaces") && parts.size() >= 3) {
        ns = parts[1];
        res = parts[2];
        name = parts.value(3);
    } else {
        res = parts[0];
        name = parts.value(1);
    }
    if (!FakeKubeCluster::isResource(res) || parts.size() > (ns.isEmpty() ? 2 : 5)
        || (parts.size() == 5 && (res != QLatin1String("pods") || parts[4] != QLatin1String("portforward"))))
        return status(
            404, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource"));
    if (parts.size() == 5)
        return portForward(request, ns, name);
    if (request.method != "GET")
        return status(405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("the fake API server serves %1 with GET only").arg(res));
    const bool watch = query.value(QStringLiteral("watch")) == QLatin1String("true") || query.value("watch") == "1";
    const QString verb = watch ? QStringLiteral("watch")
        : name.isEmpty()       ? QStringLiteral("list")
                               : QStringLiteral("get");
    if (m_cluster.isDenied(verb, res, ns))
        return forbidden(verb, res, ns, name);
    if (watch) {
        Response r;
        r.watch = true;
        return r;
    }
    if (name.isEmpty()) {
        const auto list
            = m_cluster.list(res, ns, query.value(QStringLiteral("labelSelector")), query.value("fieldSelector"));
        if (!list)
            return status(400, QStringLiteral("BadRequest"),
                QStringLiteral("unable to parse requirement: %1 %2")
                    .arg(query.value("labelSelector"), query.value("fieldSelector")));
        return json(*list);
    }
    const auto object = m_cluster.object(res, ns, name);
    if (!object)
        return notFound(res, name);
    return json(*object);
}

FakeKubeApi::Response FakeKubeApi::portForward(const Request &request, const QString &ns, const QString &name)
{
    const QString resource = QStringLiteral("pods/portforward");
    if (m_cluster.isDenied(QStringLiteral("create"), resource, ns))
        return forbidden(QStringLiteral("create"), resource, ns, name);
    const FakeKubeCluster::Pod *pod = m_cluster.pod(ns, name);
    if (!pod)
        return notFound(QStringLiteral("pods"), name);
    if (pod->phase != QLatin1String("Running")) {
        // kubectl checks the phase itself first; the kubelet would refuse too.
        return status(400, QStringLiteral("BadRequest"),
            QStringLiteral("unable to upgrade connection: pod %1 is not running (phase %2)").arg(name, pod->phase));
    }
    const QByteArray upgrade = request.headers.value("upgrade").toLower();
    if (upgrade.contains("websocket")) {
        // As an API server without WebSocket port-forward answers: kubectl 1.30+ then falls back to SPDY.
        return status(400, QStringLiteral("BadRequest"),
            QStringLiteral("websocket upgrade to %1 is not supported")
                .arg(QString::fromLatin1(request.headers.value("sec-websocket-protocol"))));
    }
    if (!upgrade.contains("spdy/3.1"))
        return status(400, QStringLiteral("BadRequest"), QStringLiteral("Upgrade request required"));
    Response r;
    r.status = 101;
    r.upgrade = true;
    r.ns = ns;
    r.pod = name;
    r.podUid = pod->uid;
    r.forwardTo = pod->forwardTo;
    r.forwardLatency = m_forwardLatency;
    return r;
}

// kubectl auth can-i: a SelfSubjectAccessReview, answered from the denials.
FakeKubeApi::Response FakeKubeApi::accessReview(const Request &request)
{
    QJsonObject review;
    if (request.body.startsWith(QByteArray("k8s\0", 4))) {
        const QJsonObject attributes = resourceAttributesFromProtobuf(request.body);
        review.insert(QStringLiteral("spec"), QJsonObject {{QStringLiteral("resourceAttributes"), attributes}});
    } else {
        review = QJsonDocument::fromJson(request.body).object();
    }
    const QJsonObject attributes
        = review.value(QLatin1String("spec")).toObject().value("resourceAttributes").toObject();
    bool allowed = true;
    if (!attributes.isEmpty()) {
        QString resource = attributes.value(QLatin1String("resource")).toString();
        const QString subresource = attributes.value(QLatin1String("subresource")).toString();
        if (!subresource.isEmpty())
            resource += QLatin1Char('/') + subresource;
        allowed = !m_cluster.isDenied(attributes.value(QLatin1String("verb")).toString(), resource,
            attributes.value(QLatin1String("namespace")).toString());
    }
    review.insert(QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview"));
    review.insert(QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1"));
    review.insert(QStringLiteral("status"), QJsonObject {{QStringLiteral("allowed"), allowed}});
    return json(review, 201);
}

FakeKubeApi::Response FakeKubeApi::json(const QJsonObject &object, int status)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

FakeKubeApi::Response FakeKubeApi::status(
    int code, const QString &reason, const QString &message, const QJsonObject &details)
{
    QJsonObject s {{QStringLiteral("kind"), "Status"}, {QStringLiteral("apiVersion"), "v1"},
        {QStringLiteral("metadata"), QJsonObject {}}, {QStringLiteral("status"), "Failure"},
        {QStringLiteral("message"), message}, {QStringLiteral("reason"), reason}, {QStringLiteral("code"), code}};
    if (!details.isEmpty())
        s.insert(QStringLiteral("details"), details);
    return json(s, code);
}

FakeKubeApi::Response FakeKubeApi::notFound(const QString &resource, const QString &name)
{
    return status(404, QStringLiteral("NotFound"), QStringLiteral("%1 \"%2\" not found").arg(resource, name),
        {{QStringLiteral("name"), name}, {QStringLiteral("kind"), resource}});
}

// The API server's wording, which kubectl prints after "Error from server (Forbidden): ".
FakeKubeApi::Response FakeKubeApi::forbidden(
    const QString &verb, const QString &resource, const QString &ns, const QString &name)
{
    const QString kind = resource.section(QLatin1Char('/'), 0, 0);
    const QString subject = name.isEmpty() ? kind : QStringLiteral("%1 \"%2\"").arg(kind, name);
    const QString scope
        = ns.isEmpty() ? QStringLiteral("at the cluster scope") : QStringLiteral("in the namespace \"%1\"").arg(ns);
    const QString message
        = QStringLiteral("%1 is forbidden: User \"%2\" cannot %3 resource \"%4\" in API group \"\" %5")
              .arg(subject, user, verb, resource, scope);
    QJsonObject details {{QStringLiteral("kind"), kind}};
    if (!name.isEmpty())
        details.insert(QStringLiteral("name"), name);
    return status(403, QStringLiteral("Forbidden"), message, details);
}

QJsonObject FakeKubeApi::apiVersions() const
{
    return {{QStringLiteral("kind"), "APIVersions"}, {QStringLiteral("versions"), QJsonArray {"v1"}},
        {QStringLiteral("serverAddressByClientCIDRs"),
            QJsonArray {QJsonObject {
                {QStringLiteral("clientCIDR"), "0.0.0.0/0"}, {QStringLiteral("serverAddress"), m_serverAddress}}}}};
}

QJsonObject FakeKubeApi::apiGroupList()
{
    const QJsonObject v1 {
        {QStringLiteral("groupVersion"), authorizationGroup + QLatin1String("/v1")}, {QStringLiteral("version"), "v1"}};
    const QJsonObject group {{QStringLiteral("name"), authorizationGroup},
        {QStringLiteral("versions"), QJsonArray {v1}}, {QStringLiteral("preferredVersion"), v1}};
    return {{QStringLiteral("kind"), "APIGroupList"}, {QStringLiteral("apiVersion"), "v1"},
        {QStringLiteral("groups"), QJsonArray {group}}};
}

QJsonObject FakeKubeApi::coreResources()
{
    const QJsonArray resources {
        apiResource(QStringLiteral("namespaces"), QStringLiteral("Namespace"), false, readVerbs, {"ns"}),
        apiResource(QStringLiteral("pods"), QStringLiteral("Pod"), true, readVerbs, {"po"}),
        apiResource(QStringLiteral("pods/portforward"), QStringLiteral("PodPortForwardOptions"), true,
            {QStringLiteral("create"), QStringLiteral("get")}),
        apiResource(QStringLiteral("services"), QStringLiteral("Service"), true, readVerbs, {"svc"}),
        apiResource(QStringLiteral("endpoints"), QStringLiteral("Endpoints"), true, readVerbs, {"ep"}),
        apiResource(QStringLiteral("secrets"), QStringLiteral("Secret"), true, readVerbs),
    };
    return {{QStringLiteral("kind"), "APIResourceList"}, {QStringLiteral("groupVersion"), "v1"},
        {QStringLiteral("resources"), resources}};
}

QJsonObject FakeKubeApi::authorizationResources()
{
    const QStringList create {QStringLiteral("create")};
    const QJsonArray resources {
        apiResource(
            QStringLiteral("localsubjectaccessreviews"), QStringLiteral("LocalSubjectAccessReview"), true, create),
        apiResource(
            QStringLiteral("selfsubjectaccessreviews"), QStringLiteral("SelfSubjectAccessReview"), false, create),
        apiResource(QStringLiteral("selfsubjectrulesreviews"), QStringLiteral("SelfSubjectRulesReview"), false, create),
        apiResource(QStringLiteral("subjectaccessreviews"), QStringLiteral("SubjectAccessReview"), false, create),
    };
    return {{QStringLiteral("kind"), "APIResourceList"}, {QStringLiteral("apiVersion"), "v1"},
        {QStringLiteral("groupVersion"), authorizationGroup + QLatin1String("/v1")},
        {QStringLiteral("resources"), resources}};
}

QJsonObject FakeKubeApi::version()
{
    return {{QStringLiteral("major"), "1"}, {QStringLiteral("minor"), "32"}, {QStringLiteral("gitVersion"), "v1.32.0"},
        {QStringLiteral("gitCommit"), "0000000000000000000000000000000000000000"},
        {QStringLiteral("gitTreeState"), "clean"}, {QStringLiteral("buildDate"), "2025-01-01T00:00:00Z"},
        {QStringLiteral("goVersion"), "go1.23.0"}, {QStringLiteral("compiler"), "gc"},
        {QStringLiteral("platform"), "linux/amd64"}};
}
