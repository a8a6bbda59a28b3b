#pragma once

#include "kube/kubeobjects.h"

// The usual layouts of PostgreSQL in Kubernetes, found by themselves in a namespace's Services and Secret
// names, so that the connection dialog can offer "CloudNativePG cluster pg (read-write)" instead of asking
// for five names: the SayTruth seed (postgres-service + postgres-secret), CloudNativePG (<c>-rw / -ro /
// -r, Secret <c>-app), Crunchy PGO (<c>-primary, <c>-pguser-<user>, and <c>-pgbouncer), Zalando
// (<c> / <c>-repl, <user>.<c>.credentials.postgresql.acid.zalan.do) and Bitnami (<r>-postgresql, key
// postgres-password for the user postgres).
struct KubePreset
{
    QString label; // in words, for a list
    QString service;
    QString port; // the Service's port name or number
    QString secret; // empty: none found, credentials typed
    QString userKey; // empty: fixedUser (Bitnami's postgres) or typed
    QString passwordKey;
    QString fixedUser;
    bool readOnly = false; // a replica or read-only service (-ro, -r, -repl)
};

namespace KubePresets {

QList<KubePreset> detect(const QList<KubeObjects::Service> &services, const QStringList &secretNames);

} // namespace KubePresets
