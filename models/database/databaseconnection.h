#pragma once

#include "catalog/schemacatalog.h"
#include "connection/connectionprofile.h"
#include "connection/session.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class KubeConnector;
class Kubectl;
class KubeForward;

// One database the main window is connected to: the profile, the password for this run (memory only), the
// main session (schema catalog and browsing) and the catalog. Tabs that need a connection of their own
// (console, monitor, jobs) get one from createSession(), so a long query never blocks the others.
class DatabaseConnection : public QObject
{
    Q_OBJECT
public:
    DatabaseConnection(const ConnectionProfile &profile, const QString &password, QObject *parent = nullptr);
    ~DatabaseConnection() override;

    // The profile as libpq sees it: for a Kubernetes profile, once connected, host and port are the
    // forward's (127.0.0.1:<local port>) and the user may come from the Secret; the target stays in kube.
    const ConnectionProfile &profile() const { return m_profile; }
    // The profile as it was asked for (saved, typed or from the command line): its credentialKey() is the
    // keychain's, which the effective profile's (database filled in, forward's port) is not.
    const ConnectionProfile &requestedProfile() const { return m_requested; }
    // For jobs that run PostgreSQL's programs (backup, restore): they pass it on through a private password
    // file, never a command line. Memory only, like the rest of this object.
    const QString &password() const { return m_password; }
    Session *session() const { return m_session.get(); }
    SchemaCatalog *catalog() const { return m_catalog; }
    Session::State state() const { return m_session->state(); }

    // Connects the main session; on success the catalog is read. Also the way to reconnect after a loss.
    // A Kubernetes profile first runs the pre-flight, reads the Secret and brings up the shared forward.
    void open();
    // The profile's forward (Kubernetes profiles, once started), else nullptr.
    KubeForward *forward() const { return m_forward.get(); }
    void refreshCatalog();
    // A new, unopened session on the same database for one purpose ("console 2", "monitor").
    std::unique_ptr<Session> createSession(const QString &purpose) const;

Q_SIGNALS:
    void stateChanged(Session::State state);
    void opened(const ServerInfo &info);
    void openFailed(const Error &error);
    void connectionLost(const Error &error);
    void progress(const QString &step); // Kubernetes pre-flight steps, in words
    void forwardStateChanged(); // forward()->state() or statusText() changed

private:
    void wireSession();
    void openThroughKubernetes();
    bool readsSecret() const; // a Kubernetes profile whose credentials come from a Secret, connected once
    // Reads the Secret again; when it holds new credentials, every session takes them. next(changed).
    void refreshCredentials(std::function<void(bool changed)> next);

    const ConnectionProfile m_requested;
    ConnectionProfile m_profile;
    QString m_password;
    std::unique_ptr<Session> m_session;
    SchemaCatalog *m_catalog = nullptr;
    KubeConnector *m_connector = nullptr;
    std::shared_ptr<KubeForward> m_forward;
    Kubectl *m_secretKubectl = nullptr; // reads the Secret again (rotation)
    bool m_credentialsRetried = false; // this open already read the Secret again after a refused password
    mutable QList<QPointer<Session>> m_sessions; // made by createSession(), to hand on new credentials
};
