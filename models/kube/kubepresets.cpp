#include "kubepresets.h"

#include <QCoreApplication>

namespace KubePresets {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KubePresets", text);
}

QString portOf(const KubeObjects::Service &service)
{
    const KubeObjects::Port *port = KubeObjects::databasePort(service.ports, {});
    if (!port)
        return {};
    return port->name.isEmpty() ? QString::number(port->port) : port->name;
}

QString labelOr(const KubeObjects::Service &service, const char *label, const QString &fallback)
{
    return service.labels.value(QLatin1String(label), fallback);
}

void addCloudNativePg(const KubeObjects::Service &service, const QStringList &secrets, QList<KubePreset> *found)
{
    static const QList<QPair<QString, const char *>> roles {
        {QStringLiteral("-rw"), QT_TRANSLATE_NOOP("KubePresets", "read-write")},
        {QStringLiteral("-ro"), QT_TRANSLATE_NOOP("KubePresets", "read-only replicas")},
        {QStringLiteral("-r"), QT_TRANSLATE_NOOP("KubePresets", "any instance")}};
    for (const auto &[suffix, role] : roles) {
        if (!service.name.endsWith(suffix))
            continue;
        const QString cluster = labelOr(service, "cnpg.io/cluster", service.name.chopped(suffix.size()));
        if (!service.labels.contains(QStringLiteral("cnpg.io/cluster"))
            && !secrets.contains(cluster + QStringLiteral("-app")))
            return;
        const QString secret = secrets.contains(cluster + QStringLiteral("-app")) ? cluster + QStringLiteral("-app")
            : secrets.contains(cluster + QStringLiteral("-superuser")) ? cluster + QStringLiteral("-superuser")
                                                                       : QString();
        found->append({tr("CloudNativePG cluster %1 (%2)").arg(cluster, tr(role)), service.name, portOf(service),
            secret, QStringLiteral("username"), QStringLiteral("password"), {}, suffix != QLatin1String("-rw")});
        return;
    }
}

void addCrunchy(const KubeObjects::Service &service, const QStringList &secrets, QList<KubePreset> *found)
{
    for (const QString &suffix : {QStringLiteral("-primary"), QStringLiteral("-pgbouncer")}) {
        if (!service.name.endsWith(suffix))
            continue;
        const QString cluster
            = labelOr(service, "postgres-operator.crunchydata.com/cluster", service.name.chopped(suffix.size()));
        const QString prefix = cluster + QStringLiteral("-pguser-");
        QStringList users;
        for (const QString &secret : secrets) {
            if (secret.startsWith(prefix))
                users << secret;
        }
        if (users.isEmpty() && !service.labels.contains(QStringLiteral("postgres-operator.crunchydata.com/cluster")))
            return;
        // The user named after the cluster is the one PGO creates by default.
        if (users.removeOne(prefix + cluster))
            users.prepend(prefix + cluster);
        const QString what = suffix == QLatin1String("-primary") ? tr("primary") : tr("PgBouncer");
        found->append({tr("Crunchy PGO cluster %1 (%2)").arg(cluster, what), service.name, portOf(service),
            users.value(0), QStringLiteral("user"), QStringLiteral("password"), {}, false});
        return;
    }
}

void addZalando(const KubeObjects::Service &service, const QStringList &secrets, QList<KubePreset> *found)
{
    const bool replica = service.name.endsWith(QLatin1String("-repl"));
    const QString cluster = labelOr(service, "cluster-name", replica ? service.name.chopped(5) : service.name);
    const QString suffix = QLatin1Char('.') + cluster + QStringLiteral(".credentials.postgresql.acid.zalan.do");
    QStringList users;
    for (const QString &secret : secrets) {
        if (secret.endsWith(suffix))
            users << secret;
    }
    if (users.isEmpty())
        return;
    // Application users before the operator's own (postgres, standby).
    std::stable_partition(users.begin(), users.end(), [](const QString &secret) {
        return !secret.startsWith(QLatin1String("postgres.")) && !secret.startsWith(QLatin1String("standby."));
    });
    found->append({tr("Zalando cluster %1 (%2)").arg(cluster, replica ? tr("replicas") : tr("primary")), service.name,
        portOf(service), users.first(), QStringLiteral("username"), QStringLiteral("password"), {}, replica});
}

void addBitnami(const KubeObjects::Service &service, const QStringList &secrets, QList<KubePreset> *found)
{
    if (!service.name.endsWith(QLatin1String("-postgresql")) || service.name.endsWith(QLatin1String("-hl"))
        || !secrets.contains(service.name))
        return;
    found->append({tr("Bitnami PostgreSQL %1 (user postgres)").arg(service.name), service.name, portOf(service),
        service.name, {}, QStringLiteral("postgres-password"), QStringLiteral("postgres"), false});
}

} // namespace

QList<KubePreset> detect(const QList<KubeObjects::Service> &services, const QStringList &secretNames)
{
    QList<KubePreset> found;
    for (const KubeObjects::Service &service : services) {
        const qsizetype before = found.size();
        if (service.name == QLatin1String("postgres-service")) {
            found.append({tr("SayTruth (postgres-service)"), service.name, portOf(service),
                secretNames.contains(QStringLiteral("postgres-secret")) ? QStringLiteral("postgres-secret") : QString(),
                QStringLiteral("username"), QStringLiteral("password"), {}, false});
        }
        if (found.size() == before)
            addCloudNativePg(service, secretNames, &found);
        if (found.size() == before)
            addCrunchy(service, secretNames, &found);
        if (found.size() == before)
            addZalando(service, secretNames, &found);
        if (found.size() == before)
            addBitnami(service, secretNames, &found);
        if (found.size() == before && !portOf(service).isEmpty()
            && KubeObjects::databasePort(service.ports, {})->port == 5432) {
            found.append({tr("Service %1").arg(service.name), service.name, portOf(service), {},
                QStringLiteral("username"), QStringLiteral("password"), {}, false});
        }
    }
    return found;
}

} // namespace KubePresets
