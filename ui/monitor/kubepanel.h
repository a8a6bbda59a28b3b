#pragma once

#include "kube/kubepodstatus.h"

#include <QPointer>
#include <QWidget>

class KubeForward;
class KubePodWatcher;
class QLabel;
class QProgressBar;
class Session;

// The dashboard's Kubernetes panel, for a connection through a port-forward: the forward, the pod behind it
// now (ready, restarts and why, age, node) and its data volume's size against what the databases use, so a
// disk filling up is seen days before PostgreSQL stops. Read every 30 s while the dashboard runs.
class KubePanel : public QWidget
{
    Q_OBJECT
public:
    KubePanel(KubeForward *forward, Session *session, QWidget *parent = nullptr);

    void start();
    void stop();
    KubePodWatcher *watcher() const { return m_watcher; }
    // The used/size line of the data volume ("3.1 GB of 5.0 GB (62 %)"); empty when unknown.
    QString volumeText() const;

private:
    void showForward();
    void showPod(const KubePodStatus &status);
    void readUsedBytes();
    void showVolume();

    QPointer<KubeForward> m_forward;
    Session *m_session;
    KubePodWatcher *m_watcher;
    KubePodStatus m_status;
    qint64 m_usedBytes = -1;
    QLabel *m_forwardLabel;
    QLabel *m_podLabel;
    QLabel *m_restartsLabel;
    QLabel *m_ageLabel;
    QLabel *m_volumeLabel;
    QProgressBar *m_volumeBar;
    QLabel *m_errorLabel;
};
