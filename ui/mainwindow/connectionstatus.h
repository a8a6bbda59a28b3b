#pragma once

#include "connection/connectionprofile.h"
#include "connection/session.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <optional>

class QLabel;

// The status bar's connection part: state, profile kind badge (DEV / PROD / DEMO, in the profile's colour),
// who and where, the server version, and on a standby a badge that says so with its replay lag.
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
    // On a standby, reads the replay lag on session every few seconds while shown; nothing on a primary.
    void followReplayLag(Session *session);
    void setReplayLag(std::optional<double> seconds);
    QString standbyText() const;

private:
    void readReplayLag();

    QLabel *m_state;
    QLabel *m_kind;
    QLabel *m_target;
    QLabel *m_version;
    QLabel *m_forward;
    QLabel *m_standby;
    QPointer<Session> m_lagSession;
    QTimer m_lagTimer;
};
