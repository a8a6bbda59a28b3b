#include "kubesecret.h"

#include "connection/connectionuri.h"

#include <QCoreApplication>
#include <QMap>

namespace KubeSecret {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KubeSecret", text);
}

// The Secret's values, decoded; stringData (write-only in the API, but present in hand-made objects) wins.
QMap<QString, QString> values(const QJsonObject &secret)
{
    QMap<QString, QString> map;
    const QJsonObject data = secret.value(QLatin1String("data")).toObject();
    for (auto it = data.begin(); it != data.end(); ++it) {
        const auto decoded
            = QByteArray::fromBase64Encoding(it.value().toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        map.insert(it.key(), decoded ? QString::fromUtf8(*decoded) : QString());
    }
    const QJsonObject plain = secret.value(QLatin1String("stringData")).toObject();
    for (auto it = plain.begin(); it != plain.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

bool looksLikeVerifier(const QString &value)
{
    return value.startsWith(QLatin1String("SCRAM-SHA-256$"))
        || (value.startsWith(QLatin1String("md5")) && value.size() == 35);
}

QString firstOf(const QMap<QString, QString> &map, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (const QString value = map.value(QLatin1String(key)); !value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

QStringList keys(const QJsonObject &secret)
{
    QStringList names = secret.value(QLatin1String("data")).toObject().keys();
    names += secret.value(QLatin1String("stringData")).toObject().keys();
    names.removeDuplicates();
    names.sort();
    return names;
}

KubeCredentials read(
    const QJsonObject &secret, const QString &userKey, const QString &passwordKey, const QString &fixedUser)
{
    const QMap<QString, QString> map = values(secret);
    const QString name = secret.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    KubeCredentials credentials;
    // The uri key first, so that explicit keys override what it says.
    if (const QString uri = map.value(QStringLiteral("uri")); !uri.isEmpty()) {
        const ConnectionUri::Result parsed = ConnectionUri::parse(uri);
        if (parsed.ok) {
            credentials.user = parsed.profile.user;
            credentials.password = parsed.password;
            credentials.database = parsed.profile.database;
        }
    }
    if (!fixedUser.isEmpty())
        credentials.user = fixedUser;
    else if (!userKey.isEmpty() && map.contains(userKey))
        credentials.user = map.value(userKey);
    else if (const QString user = firstOf(map, {"username", "user"}); !user.isEmpty() && userKey.isEmpty())
        credentials.user = user;
    if (const QString database = firstOf(map, {"dbname", "database"}); !database.isEmpty())
        credentials.database = database;

    const QString listed = keys(secret).join(QStringLiteral(", "));
    if (passwordKey == QLatin1String("verifier") || looksLikeVerifier(map.value(passwordKey))) {
        credentials.password.clear();
        credentials.problem = tr("The key \"%1\" of the Secret %2 holds a password hash (a SCRAM verifier), not a "
                                 "password: use its \"password\" key.")
                                  .arg(passwordKey, name);
    } else if (map.contains(passwordKey)) {
        credentials.password = map.value(passwordKey);
    } else if (credentials.password.isEmpty()) {
        credentials.problem = tr("The Secret %1 has no key \"%2\" (it has: %3).")
                                  .arg(name, passwordKey, listed.isEmpty() ? tr("no keys") : listed);
    }
    if (credentials.ok() && credentials.user.isEmpty())
        credentials.problem = userKey.isEmpty()
            ? tr("The Secret %1 does not say which user to connect as: name its user key or type the user.").arg(name)
            : tr("The Secret %1 has no key \"%2\" (it has: %3).").arg(name, userKey, listed);
    return credentials;
}

} // namespace KubeSecret
