#include "kubeforwards.h"

#include "kube/kubeforward.h"

#include <QHash>
#include <QJsonDocument>

namespace KubeForwards {

namespace {

QHash<QString, std::weak_ptr<KubeForward>> &forwards()
{
    static QHash<QString, std::weak_ptr<KubeForward>> map;
    return map;
}

QString keyOf(const ConnectionProfile &profile)
{
    // The profile's name and what it points at: a renamed or edited profile gets a forward of its own.
    return profile.name + QLatin1Char('\n')
        + QString::fromUtf8(QJsonDocument(profile.kube.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

std::shared_ptr<KubeForward> acquire(const ConnectionProfile &profile)
{
    const QString key = keyOf(profile);
    if (std::shared_ptr<KubeForward> existing = forwards().value(key).lock())
        return existing;
    std::shared_ptr<KubeForward> forward(new KubeForward(profile.kube), [key](KubeForward *gone) {
        gone->stop(); // kubectl ends now, not when the event loop gets to it
        if (forwards().value(key).expired())
            forwards().remove(key);
        gone->deleteLater();
    });
    forwards().insert(key, forward);
    return forward;
}

int count()
{
    int held = 0;
    for (const auto &forward : std::as_const(forwards()))
        held += forward.expired() ? 0 : 1;
    return held;
}

} // namespace KubeForwards
