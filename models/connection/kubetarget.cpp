#include "kubetarget.h"

#include <QRegularExpression>

QString KubeTarget::displayName() const
{
    QString text;
    if (!context.isEmpty())
        text += context + QLatin1Char('@');
    text += ns.isEmpty() ? QStringLiteral("(default)") : ns;
    text += QLatin1Char('/') + resourceName();
    if (!port.isEmpty())
        text += QLatin1Char(':') + port;
    return text;
}

QString KubeTarget::resourceName() const
{
    return (kind == Kind::Pod ? QStringLiteral("pod/") : QStringLiteral("svc/")) + name;
}

QJsonObject KubeTarget::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("kubeconfig"), kubeconfig);
    json.insert(QStringLiteral("context"), context);
    json.insert(QStringLiteral("namespace"), ns);
    json.insert(QStringLiteral("kind"), kind == Kind::Pod ? QStringLiteral("pod") : QStringLiteral("service"));
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("port"), port);
    json.insert(QStringLiteral("credentials"),
        credentials == Credentials::Secret ? QStringLiteral("secret") : QStringLiteral("typed"));
    json.insert(QStringLiteral("secret"), secret);
    json.insert(QStringLiteral("userKey"), userKey);
    json.insert(QStringLiteral("passwordKey"), passwordKey);
    return json;
}

KubeTarget KubeTarget::fromJson(const QJsonObject &json)
{
    KubeTarget target;
    target.kubeconfig = json.value(QLatin1String("kubeconfig")).toString();
    target.context = json.value(QLatin1String("context")).toString();
    target.ns = json.value(QLatin1String("namespace")).toString();
    target.kind = json.value(QLatin1String("kind")).toString() == QLatin1String("pod") ? Kind::Pod : Kind::Service;
    target.name = json.value(QLatin1String("name")).toString();
    target.port = json.value(QLatin1String("port")).toString();
    target.credentials = json.value(QLatin1String("credentials")).toString() == QLatin1String("typed")
        ? Credentials::Typed
        : Credentials::Secret;
    target.secret = json.value(QLatin1String("secret")).toString(target.secret);
    target.userKey = json.value(QLatin1String("userKey")).toString(target.userKey);
    target.passwordKey = json.value(QLatin1String("passwordKey")).toString(target.passwordKey);
    return target;
}

bool KubeTarget::namesProduction(const QString &name)
{
    static const QRegularExpression word(
        QStringLiteral("(^|[^a-z0-9])(prod|production|prd)($|[^a-z0-9])"), QRegularExpression::CaseInsensitiveOption);
    return word.match(name).hasMatch();
}
