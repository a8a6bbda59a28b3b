#pragma once

#include "connection/connectionuri.h"

// The k8s:// form of a Kubernetes connection, one step from the command line or the connection dialog:
//
//   k8s://[context@]namespace/[svc/|pod/]name[:port]/[database][?key=value&...]
//
// name is a Service unless "pod/" says otherwise; port is a number or a port name (default: the port named
// postgres/postgresql, else 5432). Keys: secret (default postgres-secret; "secret=" empty: credentials
// typed), user-key, password-key, user, sslmode (default disable: the forward is already inside kubectl's
// TLS connection), kubeconfig, kind (production/development; default from the names). Every part may be
// percent-encoded; a context holding '@' (kubeadm's "kubernetes-admin@kubernetes") is split at the last '@'.
// There is no password in this form: it comes from the Secret, the keychain or a prompt.
class KubeUri
{
public:
    static bool isKubeUri(const QString &text);
    static ConnectionUri::Result parse(const QString &text);
    static QString format(const ConnectionProfile &profile);
};
