#include "kubepodstatus.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

KubePodStatus KubePodStatus::fromPod(const QJsonObject &pod)
{
    KubePodStatus status;
    const QJsonObject metadata = pod.value(QLatin1String("metadata")).toObject();
    const QJsonObject spec = pod.value(QLatin1String("spec")).toObject();
    const QJsonObject state = pod.value(QLatin1String("status")).toObject();
    status.pod = metadata.value(QLatin1String("name")).toString();
    status.created = QDateTime::fromString(metadata.value(QLatin1String("creationTimestamp")).toString(), Qt::ISODate);
    status.node = spec.value(QLatin1String("nodeName")).toString();
    status.phase = state.value(QLatin1String("phase")).toString();
    for (const QJsonValue &condition : state.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject object = condition.toObject();
        if (object.value(QLatin1String("type")).toString() == QLatin1String("Ready"))
            status.ready = object.value(QLatin1String("status")).toString() == QLatin1String("True");
    }
    for (const QJsonValue &container : state.value(QLatin1String("containerStatuses")).toArray()) {
        const QJsonObject object = container.toObject();
        status.restarts += object.value(QLatin1String("restartCount")).toInt();
        const QString reason = object.value(QLatin1String("lastState"))
                                   .toObject()
                                   .value(QLatin1String("terminated"))
                                   .toObject()
                                   .value(QLatin1String("reason"))
                                   .toString();
        if (!reason.isEmpty())
            status.lastRestartReason = reason;
    }
    // Claims by volume name, then where the first container mounts them.
    QHash<QString, QString> claims;
    for (const QJsonValue &volume : spec.value(QLatin1String("volumes")).toArray()) {
        const QJsonObject object = volume.toObject();
        const QString claim = object.value(QLatin1String("persistentVolumeClaim"))
                                  .toObject()
                                  .value(QLatin1String("claimName"))
                                  .toString();
        if (!claim.isEmpty())
            claims.insert(object.value(QLatin1String("name")).toString(), claim);
    }
    const QJsonArray containers = spec.value(QLatin1String("containers")).toArray();
    for (const QJsonValue &mount : containers.first().toObject().value(QLatin1String("volumeMounts")).toArray()) {
        const QJsonObject object = mount.toObject();
        const QString claim = claims.take(object.value(QLatin1String("name")).toString());
        if (!claim.isEmpty())
            status.volumes.append({claim, object.value(QLatin1String("mountPath")).toString(), 0, {}});
    }
    for (const QString &claim : std::as_const(claims))
        status.volumes.append({claim, {}, 0, {}}); // mounted by another container only
    return status;
}

void KubePodStatus::applyClaim(const QJsonObject &claim)
{
    const QString name = claim.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    for (Volume &volume : volumes) {
        if (volume.claim != name)
            continue;
        const QJsonObject state = claim.value(QLatin1String("status")).toObject();
        volume.phase = state.value(QLatin1String("phase")).toString();
        QString size = state.value(QLatin1String("capacity")).toObject().value(QLatin1String("storage")).toString();
        if (size.isEmpty()) {
            size = claim.value(QLatin1String("spec"))
                       .toObject()
                       .value(QLatin1String("resources"))
                       .toObject()
                       .value(QLatin1String("requests"))
                       .toObject()
                       .value(QLatin1String("storage"))
                       .toString();
        }
        volume.capacityBytes = qMax<qint64>(0, quantityBytes(size));
    }
}

const KubePodStatus::Volume *KubePodStatus::dataVolume() const
{
    for (const char *place : {"/var/lib/postgresql", "/pgdata", "/bitnami/postgresql", "/home/postgres/pgdata",
             "/var/lib/postgresql/data"}) {
        for (const Volume &volume : volumes) {
            if (!volume.mountedAt.isEmpty() && QLatin1String(place).startsWith(volume.mountedAt))
                return &volume;
            if (volume.mountedAt.startsWith(QLatin1String(place)))
                return &volume;
        }
    }
    return volumes.size() == 1 ? &volumes.first() : nullptr;
}

qint64 KubePodStatus::quantityBytes(const QString &quantity)
{
    static const QRegularExpression form(
        QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)(?:[eE]([0-9]+))?(Ki|Mi|Gi|Ti|Pi|Ei|k|K|M|G|T|P|E|m)?$"));
    const QRegularExpressionMatch match = form.match(quantity.trimmed());
    if (!match.hasMatch())
        return -1;
    double value = match.captured(1).toDouble();
    if (!match.captured(2).isEmpty())
        value *= std::pow(10.0, match.captured(2).toInt());
    static const QHash<QString, double> factors {{QStringLiteral("Ki"), 1024.0},
        {QStringLiteral("Mi"), std::pow(1024.0, 2)}, {QStringLiteral("Gi"), std::pow(1024.0, 3)},
        {QStringLiteral("Ti"), std::pow(1024.0, 4)}, {QStringLiteral("Pi"), std::pow(1024.0, 5)},
        {QStringLiteral("Ei"), std::pow(1024.0, 6)}, {QStringLiteral("k"), 1e3}, {QStringLiteral("K"), 1e3},
        {QStringLiteral("M"), 1e6}, {QStringLiteral("G"), 1e9}, {QStringLiteral("T"), 1e12},
        {QStringLiteral("P"), 1e15}, {QStringLiteral("E"), 1e18}, {QStringLiteral("m"), 1e-3}};
    value *= factors.value(match.captured(3), 1.0);
    return qint64(std::llround(value));
}
