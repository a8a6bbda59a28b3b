#pragma once

#include <QJsonObject>
#include <QString>

// Where a Kubernetes profile's database lives and how it is reached: a kubectl port-forward to a Service or a
// pod, and the credentials typed, kept in the keychain, or read from a Secret at connect time. A value type
// kept in the profile; it never holds a credential itself (only the Secret's name and keys).
class KubeTarget
{
public:
    enum class Kind { Service, Pod };
    enum class Credentials { Typed, Secret };

    QString kubeconfig; // empty: $KUBECONFIG, then ~/.kube/config (kubectl's own default)
    QString context; // empty: the kubeconfig's current context
    QString ns; // namespace; empty: the context's namespace
    Kind kind = Kind::Service;
    QString name; // the Service or the pod
    QString port; // the Service's or pod's port: a number or a port name; empty: found (name postgres/postgresql, 5432)
    Credentials credentials = Credentials::Secret;
    QString secret = QStringLiteral("postgres-secret");
    QString userKey = QStringLiteral("username");
    QString passwordKey = QStringLiteral("password");

    // A profile is a Kubernetes one when it names a target.
    bool isSet() const { return !name.isEmpty(); }
    // "context/namespace/service/name:port" for status lines and logs (no credentials by construction).
    QString displayName() const;
    // kubectl's resource name for the target: "svc/postgres-service", "pod/postgres-0".
    QString resourceName() const;

    QJsonObject toJson() const;
    static KubeTarget fromJson(const QJsonObject &json);

    // True when a namespace or context name says production ("prod", "production", "saytruth-prod",
    // "prod-eu"), as a word of the name, not a substring ("product" is not).
    static bool namesProduction(const QString &name);

    bool operator==(const KubeTarget &other) const = default;
};
