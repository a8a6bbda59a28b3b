#include "kubelistings.h"

#include "common/whenfinished.h"
#include "kube/kubectl.h"

#include <QUrl>

#include <algorithm>
#include <optional>

namespace {

// kubectl missing, an unknown context, expired credentials, an unreachable cluster: the same for every list, so
// said once in the same words (without which list asked); anything else with the list it is about.
QString problemText(const KubectlResult &result)
{
    using Failure = KubectlResult::Failure;
    switch (result.failure) {
    case Failure::NotStarted:
    case Failure::Context:
    case Failure::Unauthorized:
    case Failure::Unreachable:
    case Failure::Plugin:
        return Error {{}, result.error.why, {}, result.error.detail}.toString();
    default:
        return result.error.toString();
    }
}

} // namespace

KubeListings::KubeListings(QObject *parent)
    : QObject(parent)
{ }

KubeListings::~KubeListings() = default; // the kubectl runs end with their Kubectl objects

bool KubeListings::isBusy() const
{
    return std::any_of(std::begin(m_busy), std::end(m_busy), [](bool busy) { return busy; });
}

Kubectl *KubeListings::newKubectl(Level level, const QString &kubeconfig, const QString &context)
{
    KubeTarget scope;
    scope.kubeconfig = kubeconfig;
    scope.context = context;
    m_kubectl[level] = std::make_unique<Kubectl>(scope); // the previous one's kubectl ends here
    return m_kubectl[level].get();
}

void KubeListings::listContexts(const QString &kubeconfig)
{
    const int generation = ++m_generation[Contexts];
    m_busy[Contexts] = true;
    Kubectl::whenPathKnown(this, [this, generation, kubeconfig] {
        if (generation != m_generation[Contexts])
            return;
        Kubectl *kubectl = newKubectl(Contexts, kubeconfig, {});
        using Answer = std::optional<KubectlResult>;
        auto answers = std::make_shared<std::pair<Answer, Answer>>();
        const auto deliver = [this, generation, answers] {
            if (generation != m_generation[Contexts] || !answers->first || !answers->second)
                return;
            m_busy[Contexts] = false;
            const KubectlResult &list = *answers->first;
            // No current context is no problem: nothing is preselected.
            const KubectlResult &current = *answers->second;
            QStringList contexts;
            for (const QString &line : QString::fromUtf8(list.output).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (!line.trimmed().isEmpty())
                    contexts << line.trimmed(); // "\r\n" from a kubectl.exe through WSL, say
            }
            Q_EMIT contextsListed(contexts,
                current.ok ? QString::fromUtf8(current.output).trimmed() : QString(),
                list.ok ? QString() : problemText(list));
        };
        whenFinished(kubectl->run({QStringLiteral("config"), QStringLiteral("get-contexts"), QStringLiteral("-o"),
                                      QStringLiteral("name")},
                         tr("Listing the kubeconfig's contexts")),
            this, [answers, deliver](const KubectlResult &result) {
                answers->first = result;
                deliver();
            });
        whenFinished(kubectl->run({QStringLiteral("config"), QStringLiteral("current-context")},
                         tr("Reading the kubeconfig's current context")),
            this, [answers, deliver](const KubectlResult &result) {
                answers->second = result;
                deliver();
            });
    });
}

void KubeListings::listNamespaces(const QString &kubeconfig, const QString &context)
{
    const int generation = ++m_generation[Namespaces];
    m_busy[Namespaces] = true;
    Kubectl::whenPathKnown(this, [this, generation, kubeconfig, context] {
        if (generation != m_generation[Namespaces])
            return;
        Kubectl *kubectl = newKubectl(Namespaces, kubeconfig, context);
        whenFinished(kubectl->get(QStringLiteral("/api/v1/namespaces"), tr("Listing the namespaces")), this,
            [this, generation](const KubectlResult &result) {
                if (generation != m_generation[Namespaces])
                    return;
                m_busy[Namespaces] = false;
                if (result.ok)
                    Q_EMIT namespacesListed(KubeObjects::names(result.json()), {}, false);
                else if (result.failure == KubectlResult::Failure::Forbidden)
                    Q_EMIT namespacesListed(
                        {}, tr("Your Kubernetes account may not list the namespaces here: type yours."), false);
                else
                    Q_EMIT namespacesListed({}, problemText(result), true);
            });
    });
}

void KubeListings::listTargets(const QString &kubeconfig, const QString &context, const QString &ns)
{
    const int generation = ++m_generation[TargetLists];
    m_busy[TargetLists] = !ns.isEmpty();
    if (ns.isEmpty()) {
        m_kubectl[TargetLists].reset();
        Q_EMIT targetsListed({});
        return;
    }
    Kubectl::whenPathKnown(this, [this, generation, kubeconfig, context, ns] {
        if (generation != m_generation[TargetLists])
            return;
        Kubectl *kubectl = newKubectl(TargetLists, kubeconfig, context);
        auto targets = std::make_shared<Targets>();
        targets->ns = ns;
        auto answers = std::make_shared<int>(0);
        const auto deliver = [this, generation, targets, answers] {
            if (generation != m_generation[TargetLists] || ++*answers < 3)
                return;
            m_busy[TargetLists] = false;
            targets->problems.removeDuplicates(); // kubectl missing, or the context unknown, is said once
            targets->presets = KubePresets::detect(targets->services, targets->secretNames);
            // The primaries first (the API lists pg-r and pg-ro before pg-rw): the first one is preselected.
            std::stable_partition(targets->presets.begin(), targets->presets.end(),
                [](const KubePreset &preset) { return !preset.readOnly; });
            Q_EMIT targetsListed(*targets);
        };
        // A refusal to list is not the end, the name can be typed; anything else is kubectl's error in words.
        const auto problem = [targets](const KubectlResult &result, const QString &refused) {
            if (result.ok)
                return false;
            const bool forbidden = result.failure == KubectlResult::Failure::Forbidden;
            targets->problems << (forbidden ? refused : problemText(result));
            targets->failed = targets->failed || !forbidden;
            return true;
        };
        const QString path
            = QStringLiteral("/api/v1/namespaces/%1/").arg(QString::fromLatin1(QUrl::toPercentEncoding(ns)));
        whenFinished(kubectl->get(path + QStringLiteral("services"), tr("Listing the Services in %1").arg(ns)), this,
            [targets, deliver, problem, ns](const KubectlResult &result) {
                if (!problem(
                        result, tr("Your account may not list the Services in %1: type the target's name.").arg(ns)))
                    targets->services = KubeObjects::services(result.json());
                deliver();
            });
        whenFinished(kubectl->get(path + QStringLiteral("pods"), tr("Listing the pods in %1").arg(ns)), this,
            [targets, deliver, problem, ns](const KubectlResult &result) {
                if (!problem(result, tr("Your account may not list the pods in %1.").arg(ns)))
                    targets->pods = KubeObjects::pods(result.json());
                deliver();
            });
        // The Secrets come with their data (base64): only the names are taken, the rest goes with the result.
        whenFinished(kubectl->get(path + QStringLiteral("secrets"), tr("Listing the Secrets in %1").arg(ns)), this,
            [targets, deliver, problem, ns](const KubectlResult &result) {
                if (!problem(result,
                        tr("Your account may not list the Secrets in %1, so their layout is not recognised: type the "
                           "Secret's name.")
                            .arg(ns)))
                    targets->secretNames = KubeObjects::names(result.json());
                deliver();
            });
    });
}
