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

private:
    QLabel *m_state;
    QLabel *m_kind;
    QLabel *m_target;
    QLabel *m_version;
};
