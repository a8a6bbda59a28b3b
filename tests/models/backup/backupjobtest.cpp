#include "backupjobtest.h"

#include "connection/session.h"
#include "testwait.h"

#include <QDirIterator>
#include <QFile>
#include <QtTest>

void BackupJobTest::startFixture()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    QVERIFY(m_dir.isValid());
    // Restores create databases and the dump holds an extension: they run as the cluster's superuser, as a
    // DBA would restore. (The local socket trusts every role; the superuser is whoever ran initdb.)
    Session session(m_fixture.profile(), {}, QStringLiteral("test"));
    QVERIFY(TestWait::open(session));
    m_superuser = TestWait::result(session.run(QStringLiteral("SELECT rolname FROM pg_roles WHERE oid = 10")))
                      .value(0, 0)
                      .toString();
    QVERIFY(!m_superuser.isEmpty());
    m_serverMajor = session.serverInfo().versionNumber / 10000;
    QVERIFY(m_serverMajor > 13); // tooOldToolsStopBeforeStarting fakes PostgreSQL 13's tools
}

ConnectionProfile BackupJobTest::profileFor(const QString &database) const
{
    ConnectionProfile profile = m_fixture.profile();
    if (database != profile.database)
        profile.user = m_superuser;
    profile.database = database;
    return profile;
}

BackupOptions BackupJobTest::options(BackupFormat format, const QString &name)
{
    BackupOptions options;
    options.format = format;
    options.filePath = m_dir.filePath(name);
    return options;
}

std::optional<BackupResult> BackupJobTest::backup(BackupJob &job, const std::function<void()> &whileRunning)
{
    std::optional<BackupResult> result;
    connect(&job, &BackupJob::prepared, &job, [&] {
        job.run();
        if (whileRunning)
            whileRunning();
    });
    connect(&job, &BackupJob::finished, &job, [&](const BackupResult &done) { result = done; });
    job.prepare();
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
        qWarning("the backup did not finish");
    return result;
}

std::optional<RestoreResult> BackupJobTest::restore(RestoreJob &job)
{
    std::optional<RestoreResult> result;
    connect(&job, &RestoreJob::prepared, &job, &RestoreJob::run);
    connect(&job, &RestoreJob::finished, &job, [&](const RestoreResult &done) { result = done; });
    job.prepare();
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 120000))
        qWarning("the restore did not finish");
    return result;
}

QStringList BackupJobTest::checksums(const QString &database)
{
    Session session(profileFor(database), m_password, QStringLiteral("test"));
    if (!TestWait::open(session))
        return {};
    QStringList sums;
    for (const char *table : {"users", "messages", "links", "follows"}) {
        const PgResult result = TestWait::result(
            session.run(QStringLiteral("SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY "
                                       "t::text)), '') FROM public.%1 t")
                            .arg(QLatin1String(table))));
        sums << QLatin1String(table) + QLatin1Char('=')
                + (result.ok() ? result.rows.value(0).value(0).toString() : result.error.toString());
    }
    const PgResult sequence
        = TestWait::result(session.run(QStringLiteral("SELECT last_value::text FROM public.users_id_seq")));
    sums << QStringLiteral("users_id_seq=")
            + (sequence.ok() ? sequence.rows.value(0).value(0).toString() : sequence.error.toString());
    return sums;
}

QStringList BackupJobTest::leftovers() const
{
    QStringList names;
    QDirIterator files(m_dir.path(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    while (files.hasNext())
        names << QFileInfo(files.next()).fileName();
    return names;
}

std::shared_ptr<void> BackupJobTest::fakeStudio(const QTemporaryDir &folder, const QByteArray &script)
{
    QFile fake(folder.filePath(QStringLiteral("saytruth-studio")));
    if (fake.open(QIODevice::WriteOnly))
        fake.write("#!/bin/sh\n" + script);
    fake.close();
    fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray program = qgetenv("SAYTRUTH_STUDIO_PROGRAM");
    qputenv("SAYTRUTH_STUDIO_PROGRAM", fake.fileName().toLocal8Bit());
    return std::shared_ptr<void>(nullptr, [program](void *) { qputenv("SAYTRUTH_STUDIO_PROGRAM", program); });
}
