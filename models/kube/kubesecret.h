#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Database credentials read from a Kubernetes Secret, decoded in memory only. Understands the layouts of
// the usual operators: username/password keys (the seed, CloudNativePG, Zalando), Crunchy PGO's user/password
// (its "verifier" is a SCRAM hash, never a password), Bitnami's postgres-password (user postgres), and a
// "uri" key holding a whole postgresql:// address (CloudNativePG, Crunchy) for whatever the keys lack.
struct KubeCredentials
{
    QString user;
    QString password;
    QString database; // from a dbname/database key or the uri; empty when the Secret does not say
    QString problem; // in words when no usable password was found; never contains a value
    bool ok() const { return problem.isEmpty(); }
};

namespace KubeSecret {

// secret: the Secret object as the API returns it (data values base64-encoded). userKey may be empty
// (then a username/user key or the uri decides, or fixedUser).
KubeCredentials read(
    const QJsonObject &secret, const QString &userKey, const QString &passwordKey, const QString &fixedUser = {});

// The keys a Secret holds (names only, for messages and the dialog's key lists).
QStringList keys(const QJsonObject &secret);

} // namespace KubeSecret
