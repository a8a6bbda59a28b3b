#pragma once

#include "backup/backupjob.h"
#include "backup/restorejob.h"
#include "testcluster.h"

#include <QObject>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <optional>

// What the backup job's and the restore job's tests share (tst_backupjob, tst_restorejob): the real cluster with
// the demo data, a folder for the files, the cluster's superuser (restores create databases and the dump holds
// an extension: they run as a DBA would), and the steps every case takes.
class BackupJobTest : public QObject
{
protected:
    // Each test class's initTestCase(): starts the cluster and reads its superuser and version.
    void startFixture();
    static std::optional<BackupResult> backup(BackupJob &job, const std::function<void()> &whileRunning = {});
    static std::optional<RestoreResult> restore(RestoreJob &job);
    BackupOptions options(BackupFormat format, const QString &name);
    // Every demo table's row count and md5, and the users sequence: equal lists, equal data.
    QStringList checksums(const QString &database);
    QStringList leftovers() const;
    ConnectionProfile profileFor(const QString &database) const;
    // Points SAYTRUTH_STUDIO_PROGRAM at a shell script in folder for the case's length (restored on destruction).
    static std::shared_ptr<void> fakeStudio(const QTemporaryDir &folder, const QByteArray &script);

    TestCluster m_fixture;
    QTemporaryDir m_dir;
    QString m_password;
    QString m_superuser;
    int m_serverMajor = 0; // the fixture's PostgreSQL: 15 on Debian 12, 17 on Debian 13
};
