#pragma once

#include "kube/kubeobjects.h"
#include "kube/kubepresets.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

class Kubectl;

// What a Kubernetes connection form offers to choose from: the kubeconfig's contexts and its current one, the
// namespaces, and a namespace's Services, pods and Secret names with the operators' layouts found in them. Read
// with kubectl, asynchronously (the GUI never waits, not even for the login shell's PATH); each list has its
// own kubectl, and asking again supersedes the question before: its kubectl ends, its answer is dropped.
// Problems come in words; a refusal to list (RBAC) is a hint, since the name can still be typed. Secrets'
// data is never kept, only their names.
class KubeListings : public QObject
{
    Q_OBJECT
public:
    struct Targets
    {
        QString ns;
        QList<KubeObjects::Service> services;
        QList<KubeObjects::Pod> pods;
        QStringList secretNames;
        QList<KubePreset> presets; // primaries before replicas
        QStringList problems; // in words
        bool failed = false; // one of the problems is an error, not only a refusal to list
    };

    explicit KubeListings(QObject *parent = nullptr);
    ~KubeListings() override;

    void listContexts(const QString &kubeconfig);
    void listNamespaces(const QString &kubeconfig, const QString &context);
    // An empty namespace has nothing to list: the question on its way is dropped and the answer is empty, at once.
    void listTargets(const QString &kubeconfig, const QString &context, const QString &ns);
    // True while a question has no answer yet.
    bool isBusy() const;

Q_SIGNALS:
    void contextsListed(const QStringList &contexts, const QString &current, const QString &problem);
    void namespacesListed(const QStringList &namespaces, const QString &problem, bool failed);
    void targetsListed(const KubeListings::Targets &targets);

private:
    enum Level { Contexts, Namespaces, TargetLists, LevelCount };

    Kubectl *newKubectl(Level level, const QString &kubeconfig, const QString &context);

    std::unique_ptr<Kubectl> m_kubectl[LevelCount]; // replacing one ends its kubectl
    int m_generation[LevelCount] = {};
    bool m_busy[LevelCount] = {};
};
