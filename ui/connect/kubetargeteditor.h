#pragma once

#include "connection/kubetarget.h"
#include "kube/kubelistings.h"

#include <QWidget>
#include <memory>

namespace Ui {
class KubeTargetEditor;
}

class QStringListModel;

// The Kubernetes part of a connection profile: kubeconfig, context, namespace, target (Service or pod) and port,
// and where the credentials come from. A check box ("Connect through Kubernetes") shows the fields, whose lists come
// from kubectl through KubeListings, asynchronously: the GUI never waits on it, and a newer list request supersedes an
// older one. Operators' layouts found in the namespace are offered first and fill target, port, Secret and keys.
// Only Secret names are read here, never their data.
class KubeTargetEditor : public QWidget
{
    Q_OBJECT
public:
    explicit KubeTargetEditor(QWidget *parent = nullptr);
    ~KubeTargetEditor() override;

    // Whether the profile goes through Kubernetes (the check box, which shows the fields).
    bool isChecked() const;
    void setChecked(bool on);
    // The target the form says; not set (no name) while the check box is off.
    KubeTarget target() const;
    // Fills the form without emitting edited(); a set target turns the check box on, an unset one turns it off.
    void setTarget(const KubeTarget &target);
    // The fields a Kubernetes profile cannot do without, in words, each empty one marked in red.
    QStringList missingFields();
    // True when the check box is on and the namespace or the context says production ("prod", "saytruth-prod").
    bool namesProduction() const;
    // True while a list is on its way from kubectl.
    bool isLoading() const;

public Q_SLOTS:
    // Asks kubectl again for contexts, namespaces, Services, pods and Secret names.
    void refresh();

Q_SIGNALS:
    void toggled(bool on);
    // The user changed the target, or a list's answer preselected part of it.
    void edited();
    // A preset whose Secret holds only a password for a fixed user (Bitnami's postgres): the dialog's user.
    void fixedUserChosen(const QString &user);
    // The status line under the fields changed (kubectl's problems in words; empty when there are none).
    void statusChanged(const QString &text);

private:
    enum Level { Contexts, Namespaces, Targets, LevelCount }; // where a message comes from

    void setUpWidgets();
    void connectSignals();
    void onToggled(bool on);
    void browseKubeconfig();
    void syncLists();
    void showContexts(const QStringList &contexts, const QString &current, const QString &problem);
    void showNamespaces(const QStringList &namespaces, const QString &problem, bool failed);
    void updateNamespaceMessage();
    void showTargets(const KubeListings::Targets &targets);
    void preselectTarget();
    void onTargetChosen(int index);
    void applyPreset(const KubePreset &preset);
    void fillPorts();
    void updateCredentialWidgets();
    void setMessage(Level level, const QString &text, bool bad);
    void changed();

    QString resource() const; // "svc/name" or "pod/name" as the target field says, or the bare name typed
    QString portValue() const;
    QList<KubeObjects::Port> portsOf(const QString &resource) const;

    std::unique_ptr<Ui::KubeTargetEditor> m_ui;
    QStringListModel *m_secretNames = nullptr;

    KubeListings *m_listings = nullptr;
    QString m_messages[LevelCount];
    bool m_messageBad[LevelCount] = {};
    QString m_namespacesProblem; // the last namespace list's problem in words
    bool m_namespacesFailed = false;
    QString m_listedKubeconfig, m_listedContext, m_listedNamespace; // what the lists show now
    bool m_listed = false; // the lists were asked for since the check box was turned on
    bool m_contextAuto = true; // the context may still be preselected (the kubeconfig's current one)
    bool m_targetAuto = true; // the target may still be preselected (nobody chose it)
    bool m_portAuto = true; // the port may still be preselected (nobody chose it for this target)
    bool m_syncing = false;
    QList<KubeObjects::Service> m_services;
    QList<KubeObjects::Pod> m_pods;
    QList<KubePreset> m_presets;
};
