#include "connectionprofile.h"

#include <QJsonValue>

namespace {

// A host as it appears between '@' and ':port': IPv6 addresses need brackets there, or their colons would
// read as the port separator; socket directories and names stay as they are.
QString hostForTarget(const QString &host)
{
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('/')))
        return QLatin1Char('[') + host + QLatin1Char(']');
    return host;
}

} // namespace

QString ConnectionProfile::effectiveColor() const
{
    if (!color.isEmpty())
        return color;
    return isProduction() ? QStringLiteral("#c62828") : QStringLiteral("#2e7d32");
}

QString ConnectionProfile::displayTarget() const
{
    QString text;
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    if (kube.isSet())
        return text + QStringLiteral("k8s:") + kube.displayName() + QLatin1Char('/') + database;
    // An empty host is libpq's default Unix socket; "[local]" is how psql's prompt and the server's log name it.
    text += (host.isEmpty() ? QStringLiteral("[local]") : hostForTarget(host)) + QLatin1Char(':')
        + QString::number(port);
    if (!database.isEmpty())
        text += QLatin1Char('/') + database;
    return text;
}

QString ConnectionProfile::credentialKey() const
{
    // Every part is always present so that two different targets can never share a key.
    if (kube.isSet())
        return user + QStringLiteral("@k8s:") + kube.context + QLatin1Char('@') + kube.ns + QLatin1Char('/')
            + kube.resourceName() + QLatin1Char(':') + kube.port + QLatin1Char('/') + database;
    return user + QLatin1Char('@') + hostForTarget(host) + QLatin1Char(':') + QString::number(port) + QLatin1Char('/')
        + database;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject optionsJson;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        // A password must never reach a file, even when someone put it among the libpq keywords.
        if (it.key() != QLatin1String("password"))
            optionsJson.insert(it.key(), it.value());
    }
    QJsonObject json;
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("host"), host);
    json.insert(QStringLiteral("port"), port);
    json.insert(QStringLiteral("database"), database);
    json.insert(QStringLiteral("user"), user);
    json.insert(QStringLiteral("sslMode"), sslMode);
    json.insert(QStringLiteral("kind"), kindName(kind));
    json.insert(QStringLiteral("color"), color);
    json.insert(QStringLiteral("options"), optionsJson);
    json.insert(QStringLiteral("demo"), demo);
    if (kube.isSet())
        json.insert(QStringLiteral("kubernetes"), kube.toJson());
    return json;
}

ConnectionProfile ConnectionProfile::fromJson(const QJsonObject &json)
{
    ConnectionProfile profile;
    profile.name = json.value(QLatin1String("name")).toString();
    profile.host = json.value(QLatin1String("host")).toString(profile.host);
    profile.port = json.value(QLatin1String("port")).toInt(profile.port);
    if (profile.port <= 0 || profile.port > 65535)
        profile.port = 5432;
    profile.database = json.value(QLatin1String("database")).toString();
    profile.user = json.value(QLatin1String("user")).toString();
    const QString sslMode = json.value(QLatin1String("sslMode")).toString();
    if (!sslMode.isEmpty())
        profile.sslMode = sslMode;
    profile.kind = kindFromName(json.value(QLatin1String("kind")).toString());
    profile.color = json.value(QLatin1String("color")).toString();
    const QJsonObject options = json.value(QLatin1String("options")).toObject();
    for (auto it = options.begin(); it != options.end(); ++it) {
        if (it.key() != QLatin1String("password") && it.value().isString())
            profile.options.insert(it.key(), it.value().toString());
    }
    profile.demo = json.value(QLatin1String("demo")).toBool();
    if (json.contains(QLatin1String("kubernetes")))
        profile.kube = KubeTarget::fromJson(json.value(QLatin1String("kubernetes")).toObject());
    return profile;
}

QString ConnectionProfile::kindName(Kind kind)
{
    return kind == Kind::Production ? QStringLiteral("production") : QStringLiteral("development");
}

ConnectionProfile::Kind ConnectionProfile::kindFromName(const QString &name)
{
    return name.compare(QLatin1String("production"), Qt::CaseInsensitive) == 0 ? Kind::Production : Kind::Development;
}
