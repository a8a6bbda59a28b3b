#pragma once

#include "connection/kubetarget.h"
#include "kube/kubeobjects.h"
#include "kube/kubepresets.h"

#include <QGroupBox>
#include <memory>

class Kubectl;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStringListModel;
struct KubectlResult;

// The Kubernetes part of a connection profile: kubeconfig, context, namespace, target (Service or pod) and port,
// and where the credentials come from. A checkable group ("Connect through Kubernetes") whose lists come from
// kubectl, asynchronously: the GUI never waits on it, and a newer list request supersedes an older one (its
// kubectl is ended, its answer ignored). Operators' layouts found in the namespace are offered first and fill
// target, port, Secret and keys. Only Secret names are read here, never their data.
class KubeTargetEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit KubeTargetEditor(QWidget *parent = nullptr);
    ~KubeTargetEditor() override;

    // The target the form says; not set (no name) while the group is off.
    KubeTarget target() const;
    // Fills the form without emitting edited(); a set target turns the group on, an unset one turns it off.
    void setTarget(const KubeTarget &target);
    // The fields a Kubernetes profile cannot do without, in words, each empty one marked in red.
    QStringList missingFields();
    // True while a list is on its way from kubectl.
    bool isLoading() const;

public Q_SLOTS:
    // Asks kubectl again for contexts, namespaces, Services, pods and Secret names.
    void refresh();

Q_SIGNALS:
    // The user changed the target, or a list's answer preselected part of it.
    void edited();
    // A preset whose Secret holds only a password for a fixed user (Bitnami's postgres): the dialog's user.
    void fixedUserChosen(const QString &user);

private:
    enum Level { Contexts, Namespaces, Targets, LevelCount };
    struct TargetLists;

    void buildForm();
    void connectSignals();
    void onToggled(bool on);
    void browseKubeconfig();
    void onTargetChosen(int index);

    void syncLists();
    void reloadAll();
    void loadContexts();
    void loadNamespaces();
    void loadTargets();
    std::unique_ptr<Kubectl> &newKubectl(Level level, bool withContext);
    void showContexts(const QStringList &contexts, const QString &current);
    void showNamespaces(const KubectlResult &result);
    void showTargets(const TargetLists &lists);
    void preselectTarget();
    void applyPreset(const KubePreset &preset);
    void fillPorts();
    void updateCredentialWidgets();
    void setMessage(Level level, const QString &text, bool bad);
    void changed();

    QString resource() const; // "svc/name" or "pod/name" as the target field says, or the bare name typed
    QString portValue() const;
    QList<KubeObjects::Port> portsOf(const QString &resource) const;

    QWidget *m_content = nullptr;
    QLineEdit *m_kubeconfigEdit = nullptr;
    QComboBox *m_contextCombo = nullptr;
    QComboBox *m_namespaceCombo = nullptr;
    QComboBox *m_targetCombo = nullptr;
    QComboBox *m_portCombo = nullptr;
    QRadioButton *m_secretRadio = nullptr;
    QRadioButton *m_typedRadio = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QLineEdit *m_userKeyEdit = nullptr;
    QLineEdit *m_passwordKeyEdit = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QStringListModel *m_secretNames = nullptr;

    std::unique_ptr<Kubectl> m_kubectl[LevelCount]; // one per list; replacing it ends its kubectl
    int m_generation[LevelCount] = {};
    bool m_loading[LevelCount] = {};
    QString m_messages[LevelCount];
    bool m_messageBad[LevelCount] = {};
    QString m_listedKubeconfig, m_listedContext, m_listedNamespace; // what the lists show now
    bool m_listed = false; // the lists were asked for since the group was turned on
    bool m_pathRequested = false; // Kubectl::extendedPath() is being read off the GUI thread (login shell)
    bool m_pathReady = false;
    bool m_contextAuto = true; // the context may still be preselected (the kubeconfig's current one)
    bool m_targetAuto = true; // the target may still be preselected (nobody chose it)
    bool m_portAuto = true; // the port may still be preselected (nobody chose it for this target)
    bool m_syncing = false;
    QList<KubeObjects::Service> m_services;
    QList<KubeObjects::Pod> m_pods;
    QList<KubePreset> m_presets;
};
