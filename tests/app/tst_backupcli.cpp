#include "connection/session.h"
#include "testcluster.h"
#include "testwait.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

// The installed program as a script or cron runs it: "saytruth-studio backup" and "restore" against the real
// cluster, with no display. Exit status 0 only for a verified backup or a finished restore; progress and
// words on standard error.
class TestBackupCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backupThenRestore();
    void failuresExitNonZero();

private:
    struct Run
    {
        int exitCode = -1;
        QString errors;
    };
    Run studio(const QStringList &arguments);
    QString uri(const QString &database, const QString &user = {}) const;

    TestCluster m_fixture;
    QTemporaryDir m_dir;
};

void TestBackupCli::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(SAYTRUTH_STUDIO_BINARY)).isExecutable());
}

QString TestBackupCli::uri(const QString &database, const QString &user) const
{
    ConnectionProfile profile = m_fixture.profile();
    if (!user.isEmpty())
        profile.user = user;
    // Concatenated, not arg()ed: the percent-encoded socket path holds "%2F".
    return QStringLiteral("postgresql://") + profile.user + QStringLiteral("@/") + database + QStringLiteral("?host=")
        + QString::fromLatin1(QUrl::toPercentEncoding(profile.host)) + QStringLiteral("&port=")
        + QString::number(profile.port);
}

TestBackupCli::Run TestBackupCli::studio(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SAYTRUTH_STUDIO_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.errors = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

void TestBackupCli::backupThenRestore()
{
    const QString file = m_dir.filePath(QStringLiteral("cli.dump.zst"));
    const Run backup
        = studio({QStringLiteral("backup"), uri(m_fixture.profile().database), QStringLiteral("--file"), file});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.errors));
    QVERIFY(QFileInfo(file).size() > 0);
    QVERIFY(backup.errors.contains(QStringLiteral("Backup verified and saved")));
    QVERIFY(backup.errors.contains(QStringLiteral("[100%]")));
    QVERIFY(backup.errors.contains(QStringLiteral("pg_dump")));

    // Into a new database, created for it, as the superuser (the fixture's own user may not create databases).
    Session session(m_fixture.profile(), {}, QStringLiteral("test"));
    QVERIFY(TestWait::open(session));
    const QString superuser
        = TestWait::result(session.run(QStringLiteral("SELECT rolname FROM pg_roles WHERE oid = 10")))
              .value(0, 0)
              .toString();
    const Run restore = studio({QStringLiteral("restore"), file, uri(QStringLiteral("cli_restored"), superuser),
        QStringLiteral("--create"), QStringLiteral("--jobs"), QStringLiteral("2")});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.errors));
    QVERIFY(restore.errors.contains(QStringLiteral("checked completely")));
    // What the file holds, measured during the check (saytruth-studio copy-sizes after pg_restore).
    QVERIFY2(restore.errors.contains(QRegularExpression(QStringLiteral(R"(Data of 4 tables?(\(s\))?: [0-9,.]+ rows, )"))),
        qPrintable(restore.errors));
    QVERIFY(restore.errors.contains(QStringLiteral("Restored into cli_restored")));
    ConnectionProfile restored = m_fixture.profile();
    restored.database = QStringLiteral("cli_restored");
    Session check(restored, {}, QStringLiteral("test"));
    QVERIFY(TestWait::open(check));
    QCOMPARE(TestWait::result(check.run(QStringLiteral("SELECT count(*) FROM public.users"))).value(0, 0).toLongLong(),
        TestWait::result(session.run(QStringLiteral("SELECT count(*) FROM public.users"))).value(0, 0).toLongLong());
}

void TestBackupCli::failuresExitNonZero()
{
    const QString existing = m_dir.filePath(QStringLiteral("taken.sql"));
    QFile taken(existing);
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.write("x");
    taken.close();
    Run run = studio({QStringLiteral("backup"), uri(m_fixture.profile().database), QStringLiteral("--file"), existing,
        QStringLiteral("--format"), QStringLiteral("plain")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errors.contains(QStringLiteral("exists already")), qPrintable(run.errors));

    run = studio({QStringLiteral("backup"), uri(QStringLiteral("no_such_database")), QStringLiteral("--file"),
        m_dir.filePath(QStringLiteral("never.dump.zst"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errors.contains(QStringLiteral("no_such_database")), qPrintable(run.errors));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never.dump.zst"))));

    run = studio({QStringLiteral("restore"), m_dir.filePath(QStringLiteral("missing.dump")), uri(QStringLiteral("x"))});
    QCOMPARE(run.exitCode, 1);

    run = studio({QStringLiteral("backup"), QStringLiteral("--format")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errors.contains(QStringLiteral("--help")));
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
