#pragma once

#include "connection/connectionprofile.h"

#include <QObject>
#include <QPointer>
#include <memory>

class KubeConnector;
class KubeForward;
class Session;

// The connection dialog's Test: opens a throwaway Session with the profile (for a Kubernetes profile after
// KubeConnector's pre-flight, the Secret and the profile's shared forward), says how it went in words, and lets
// go of all of it. Deleting it never waits for a connection attempt: the session goes when its attempt is over,
// and the forward with it.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    ConnectionTest(const ConnectionProfile &profile, const QString &password, QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start();

Q_SIGNALS:
    void progress(const QString &step); // the Kubernetes pre-flight's steps, in words
    void finished(bool ok, const QString &message);

private:
    void openSession(const ConnectionProfile &profile, const QString &password);
    void finish(bool ok, const QString &message);
    void release();

    ConnectionProfile m_profile;
    QString m_password;
    KubeConnector *m_connector = nullptr;
    QPointer<Session> m_session;
    std::shared_ptr<KubeForward> m_forward;
};
