#pragma once

#include "common/error.h"
#include "connection/connectionprofile.h"

#include <QObject>
#include <memory>

class Kubectl;
class KubeForward;
struct KubectlResult;

// Everything between "Connect" on a Kubernetes profile and a libpq connection: the pre-flight in words
// (kubectl present, context known, credential plugin on PATH, namespace there, RBAC for port-forward and for
// reading the Secret), the credentials read from the Secret (memory only), and the profile's shared forward
// brought up. Ends in ready() with the profile as libpq must see it (127.0.0.1, the forward's port,
// sslmode disable unless the profile says otherwise) or in failed() with the first problem found.
class KubeConnector : public QObject
{
    Q_OBJECT
public:
    KubeConnector(const ConnectionProfile &profile, const QString &typedPassword, QObject *parent = nullptr);
    ~KubeConnector() override;

    void start();
    std::shared_ptr<KubeForward> forward() const { return m_forward; }

Q_SIGNALS:
    void progress(const QString &step);
    void ready(const ConnectionProfile &effective, const QString &password);
    void failed(const Error &error);

private:
    void preflight();
    void readConfig();
    void checkNamespace();
    void checkAccess(const QString &resource, const QString &verb, std::function<void()> next);
    void readSecret();
    void startForward();
    void fail(const Error &error);
    void fail(const KubectlResult &result);

    ConnectionProfile m_profile;
    QString m_password;
    Kubectl *m_kubectl = nullptr;
    std::shared_ptr<KubeForward> m_forward;
    bool m_done = false;
};
