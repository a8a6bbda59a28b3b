#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// What the dashboard shows about the pod behind a Kubernetes connection: readiness, restarts and age, and
// each PersistentVolumeClaim it mounts with its size, so that a data volume filling up is seen days before
// PostgreSQL stops. Parsed from the API's JSON (pure; tested without a cluster).
struct KubePodStatus
{
    struct Volume
    {
        QString claim; // the PersistentVolumeClaim's name
        QString mountedAt; // where the database container mounts it ("/var/lib/postgresql/data")
        qint64 capacityBytes = 0; // status.capacity, else what spec.resources.requests asks for
        QString phase; // Bound, Pending, Lost
    };

    QString pod;
    QString phase;
    bool ready = false;
    int restarts = 0; // of all containers
    QString lastRestartReason; // the last terminated state's reason ("OOMKilled", "Error")
    QDateTime created;
    QString node;
    QList<Volume> volumes;
    Error error; // when the pod or a claim could not be read

    static KubePodStatus fromPod(const QJsonObject &pod);
    // Fills capacity and phase of the volume whose claim this is.
    void applyClaim(const QJsonObject &claim);
    // The volume that holds the database's data: the one mounted at or above PGDATA's usual places, else the
    // only one; nullptr when the pod mounts no claim.
    const Volume *dataVolume() const;

    // Kubernetes resource quantities ("5Gi", "100G", "512Mi", "1.5Ti", "2e9") in bytes; -1 when unreadable.
    static qint64 quantityBytes(const QString &quantity);
};
Q_DECLARE_METATYPE(KubePodStatus)
