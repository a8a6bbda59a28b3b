#pragma once

#include "connection/connectionprofile.h"
#include "connection/session.h"

#include <QWidget>

class QLabel;

// The status bar's connection part: state, profile kind badge (DEV / PROD / DEMO, in the profile's colour),
// who and where, and the server version.
class ConnectionStatus : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionStatus(QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);
    void setServer(const ServerInfo &info);
    void setState(Session::State state);
    QString stateText() const;
    // A Kubernetes profile's forward: "Kubernetes: up — pod/postgres-0 → 127.0.0.1:41234", reconnecting n,
    // failed with kubectl's last words. Empty text hides it (direct connections).
    void setForward(const QString &text, bool healthy);
    QString forwardText() const;

private:
    QLabel *m_state;
    QLabel *m_kind;
    QLabel *m_target;
    QLabel *m_version;
    QLabel *m_forward;
};
