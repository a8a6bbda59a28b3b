#include "backup/backupjob.h"
#include "testcluster.h"
#include "testpgbouncer.h"
#include "teststandby.h"

#include <QTemporaryDir>
#include <QTest>

// Where a backup reads from: through a connection pooler (PgBouncer in transaction mode, as CloudNativePG's
// Pooler and Crunchy's pgbouncer-host run it) pg_dump would not keep one server session, so the backup is
// refused before it starts, in words that name the primary's Service; from a standby (CloudNativePG's -ro) it
// runs, with a warning that says what that means. Directly on the primary: neither.
class tst_BackupSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void primaryHasNoWarning();
    void poolerIsRefused();
    void standbyIsWarned();

private:
    // Prepares a backup job; true when it got to prepared(), false when it finished (failed) first.
    bool prepare(BackupJob &job, BackupResult *result);

    TestCluster m_cluster;
    QTemporaryDir m_dir;
};

void tst_BackupSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
}

bool tst_BackupSource::prepare(BackupJob &job, BackupResult *result)
{
    bool prepared = false;
    bool finished = false;
    connect(&job, &BackupJob::prepared, &job, [&] { prepared = true; });
    connect(&job, &BackupJob::finished, &job, [&](const BackupResult &done) {
        finished = true;
        *result = done;
    });
    job.prepare();
    if (!QTest::qWaitFor([&] { return prepared || finished; }, 60000))
        return false;
    return prepared;
}

void tst_BackupSource::primaryHasNoWarning()
{
    BackupOptions options;
    options.filePath = m_dir.filePath(QStringLiteral("primary.dump.zst"));
    BackupJob job(m_cluster.profile(), QString(), options);
    BackupResult result;
    QVERIFY2(prepare(job, &result), qPrintable(result.error.toString()));
    QCOMPARE(job.warning(), QString());
}

void tst_BackupSource::poolerIsRefused()
{
    if (TestPgBouncer::program().isEmpty())
        QSKIP("pgbouncer is not installed");
    TestPgBouncer bouncer(m_cluster.cluster());
    QVERIFY2(bouncer.start(1), qPrintable(bouncer.errorString()));
    BackupOptions options;
    options.filePath = m_dir.filePath(QStringLiteral("pooled.dump.zst"));
    BackupJob job(bouncer.profile(), QString(), options);
    BackupResult result;
    QVERIFY(!prepare(job, &result));
    QCOMPARE(result.outcome, BackupResult::Outcome::Failed);
    QVERIFY2(result.error.toString().contains(QLatin1String("connection pooler")), qPrintable(result.error.toString()));
    QVERIFY2(result.error.toString().contains(QLatin1String("-rw")), qPrintable(result.error.toString()));
    QVERIFY(!QFile::exists(options.filePath) && !QFile::exists(options.filePath + QStringLiteral(".partial")));
}

void tst_BackupSource::standbyIsWarned()
{
    TestStandby standby(m_cluster.cluster());
    QVERIFY2(standby.start(), qPrintable(standby.errorString()));
    BackupOptions options;
    options.filePath = m_dir.filePath(QStringLiteral("standby.dump.zst"));
    BackupJob job(standby.profile(), QString(), options);
    BackupResult result;
    QVERIFY2(prepare(job, &result), qPrintable(result.error.toString()));
    QVERIFY2(job.warning().contains(QLatin1String("standby")), qPrintable(job.warning()));
    QVERIFY2(job.warning().contains(QLatin1String("-rw")), qPrintable(job.warning()));
}

QTEST_GUILESS_MAIN(tst_BackupSource)
#include "tst_backupsource.moc"
