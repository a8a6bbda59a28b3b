#pragma once

#include "connection/kubetarget.h"

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

// A saved way to reach a database: where, as whom, and how carefully. A value type with no secrets: the
// password lives in the keychain (CredentialStore), keyed by credentialKey().
class ConnectionProfile
{
public:
    enum class Kind { Development, Production };

    QString name; // unique among saved profiles; empty for an ad-hoc connection
    // A host name, an IPv4/IPv6 address or a socket directory; empty: libpq's default Unix socket directory.
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer"); // disable, allow, prefer, require, verify-ca, verify-full
    Kind kind = Kind::Development;
    QString color; // "#rrggbb"; empty: the kind's default colour
    QMap<QString, QString> options; // further libpq keywords (connect_timeout, sslrootcert, ...)
    bool demo = false; // the built-in demo cluster
    // Set for a database inside Kubernetes: then host and port are where the forward listens once it is up
    // (127.0.0.1 and its local port), filled in at connect time, and the target is what the profile means.
    KubeTarget kube;

    bool isProduction() const { return kind == Kind::Production; }
    // The colour the UI shows for this profile: color, or the kind's default (green dev, red prod).
    QString effectiveColor() const;
    // "user@host:port/database" ("user@[local]:port/database" for the default socket), for titles and status
    // lines; never contains a password.
    QString displayTarget() const;
    // The key under which the password is kept in the keychain: user@host:port/database, and for a
    // Kubernetes profile user@k8s:context@namespace/svc/name:port/database (the forward's port changes).
    QString credentialKey() const;

    QJsonObject toJson() const;
    static ConnectionProfile fromJson(const QJsonObject &json);

    static QString kindName(Kind kind); // "development" / "production"
    static Kind kindFromName(const QString &name); // unknown names are development

    bool operator==(const ConnectionProfile &other) const = default;
};
Q_DECLARE_METATYPE(ConnectionProfile)
