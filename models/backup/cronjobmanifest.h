#pragma once

#include "backup/backupplan.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The backup a Kubernetes CronJob runs, as the wizard chooses it. Defaults are the seed's (its Secret, its
// Service, its backups volume); nothing here is a secret: the Secret is named, never read.
struct CronJobSpec
{
    QString name = QStringLiteral("postgres-backup"); // the CronJob's name (a DNS label of at most 52 characters)
    QString kubeNamespace; // "saytruth-dev", "saytruth-prod"; required
    QString schedule = QStringLiteral("0 2 * * *"); // five cron fields, or @daily, @hourly, ...
    QString timeZone; // "Europe/Berlin" (Kubernetes 1.27+); empty: the controller's time zone (usually UTC)

    // format, compressLevel, jobs, schemas, tables, content, noOwner, noPrivileges; filePath is not used.
    BackupOptions backup;

    QString host = QStringLiteral("postgres-service"); // the in-cluster Service
    int port = 5432;
    QString database = QStringLiteral("saytruth_db");
    QString secretName = QStringLiteral("postgres-secret");
    QString userKey = QStringLiteral("username");
    QString passwordKey = QStringLiteral("password");

    int serverMajor = 15; // the server's major version: the image's pg_dump must be at least as new
    QString image; // empty: "postgres:<serverMajor>"

    QString claimName = QStringLiteral("backup-pvc"); // the backups PersistentVolumeClaim
    QString mountPath = QStringLiteral("/backups");
    QString filePrefix; // backups are "<filePrefix>-YYYYMMDD-HHMMSS.<suffix>"; empty: the CronJob's name
    int keepLast = 7; // retention: this job's newest N backups stay, older ones of this job are deleted

    int backoffLimit = 2; // retries of a failed run, each in a fresh pod
    int activeDeadlineSeconds = 6 * 3600; // a run taking longer is stopped (0: no limit)
};

// Writes the Kubernetes CronJob for a backup, ready for "kubectl apply -f": credentials from the Secret by
// reference, concurrencyPolicy Forbid, the backups volume, and a /bin/sh script that writes <name>.partial,
// checks pg_dump's exit status, reads the result back, and only then names it and applies the retention.
class CronJobManifest
{
    Q_DECLARE_TR_FUNCTIONS(CronJobManifest)
public:
    explicit CronJobManifest(const CronJobSpec &spec);

    // Why the manifest cannot be written, in words; null when it can.
    const Error &error() const { return m_error; }
    bool isValid() const { return m_error.isNull(); }

    // The CronJob as JSON (empty when invalid): what toYaml() writes, for checks without a YAML reader.
    QJsonObject toJson() const;
    // The manifest as YAML (empty when invalid).
    QString toYaml() const;
    // The container's script, run as /bin/sh -c (dash in the official image: no pipefail, no arrays).
    QString script() const;

    QString imageName() const; // spec.image or "postgres:<serverMajor>"
    QString filePrefix() const; // spec.filePrefix or spec.name
    // The suffix of this job's files for format ("dump", "dir", "tar", "sql", "sql.gz"): pg_dump compresses
    // itself, since the official image has no zstd.
    static QString suffix(BackupFormat format);

    // A spec for what the wizard chose: profile's database and options; never the profile's user or password
    // (they come from the Secret) nor its host and port (a port-forward's, not the in-cluster Service's).
    static CronJobSpec specFor(const ConnectionProfile &profile, const BackupOptions &options);

    // Why schedule is not a cron expression Kubernetes accepts, in words; null when it is.
    static Error checkSchedule(const QString &schedule);

private:
    Error validate() const;
    QString dumpCommand() const;
    QString verifyCommand() const;

    CronJobSpec m_spec;
    Error m_error;
};
