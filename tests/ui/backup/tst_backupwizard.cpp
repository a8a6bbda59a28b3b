#include "backup/backupwizard.h"
#include "backup/cronjobdialog.h"
#include "backup/restorewizard.h"
#include "catalog/schemacatalog.h"
#include "connection/session.h"
#include "database/databaseconnection.h"
#include "testcluster.h"
#include "testwait.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

// Both wizards walked as a user would, offscreen, against the real cluster: a backup chosen, reviewed (the
// exact commands, no password), run and verified; a cancel that leaves nothing; a restore into a new
// database; a production target that waits for its name to be typed.
class TestBackupWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backupWalkThrough();
    void chosenTables();
    void cancelLeavesNothing();
    void restoreWalkThrough();
    void productionNeedsItsName();

private:
    // With SAYTRUTH_SCREENSHOT_DIR set, each page is saved there as a PNG (for looking at it, and for the README).
    void shoot(QWidget *widget, const QString &name)
    {
        const QString directory = qEnvironmentVariable("SAYTRUTH_SCREENSHOT_DIR");
        if (!directory.isEmpty())
            widget->grab().save(QDir(directory).filePath(name + QStringLiteral(".png")));
    }
    template<typename T> T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    TestCluster m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<DatabaseConnection> m_connection;
    QString m_superuser;
    QString m_backup;
};

void TestBackupWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    QVERIFY(m_dir.isValid());
    m_connection = std::make_unique<DatabaseConnection>(m_fixture.profile(), QString());
    QSignalSpy loaded(m_connection->catalog(), &SchemaCatalog::loaded);
    m_connection->open();
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0; }, 30000));
    Session session(m_fixture.profile(), {}, QStringLiteral("test"));
    QVERIFY(TestWait::open(session));
    m_superuser = TestWait::result(session.run(QStringLiteral("SELECT rolname FROM pg_roles WHERE oid = 10")))
                      .value(0, 0)
                      .toString();
}

void TestBackupWizard::backupWalkThrough()
{
    BackupWizard wizard(m_fixture.profile(), QStringLiteral("Secret-Canary-9"), m_connection->catalog()->snapshot());
    wizard.show();
    QVERIFY(child<QRadioButton>(&wizard, "wholeDatabase")->isChecked());
    shoot(&wizard, QStringLiteral("backup-1-scope"));
    wizard.next();
    // The default name: <database>-YYYYMMDD-HHMM.dump.zst in the home folder (nothing remembered yet).
    QLineEdit *file = child<QLineEdit>(&wizard, "backupFile");
    QVERIFY2(QFileInfo(file->text()).fileName().startsWith(m_fixture.profile().database + QLatin1Char('-')),
        qPrintable(file->text()));
    QVERIFY(file->text().endsWith(QStringLiteral(".dump.zst")));
    // Choosing plain gzip changes the ending and keeps the name.
    child<QComboBox>(&wizard, "backupFormat")->setCurrentIndex(4);
    QVERIFY(file->text().endsWith(QStringLiteral(".sql.gz")));
    child<QComboBox>(&wizard, "backupFormat")->setCurrentIndex(0);
    m_backup = m_dir.filePath(QStringLiteral("wizard.dump.zst"));
    file->setText(m_backup);
    shoot(&wizard, QStringLiteral("backup-2-format"));
    wizard.next();

    QPlainTextEdit *commands = child<QPlainTextEdit>(&wizard, "backupCommands");
    QTRY_VERIFY_WITH_TIMEOUT(!commands->toPlainText().isEmpty(), 30000);
    QVERIFY(commands->toPlainText().startsWith(QStringLiteral("PGPASSWORD='***' ")));
    QVERIFY(commands->toPlainText().contains(QStringLiteral("pg_dump")));
    QVERIFY(commands->toPlainText().contains(QStringLiteral("zstd")));
    QVERIFY(!commands->toPlainText().contains(QStringLiteral("Secret-Canary-9")));
    QVERIFY(child<QLabel>(&wizard, "backupTool")->text().contains(QStringLiteral("server")));
    child<QPushButton>(&wizard, "copyScript")->click();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("#!/bin/bash")));
    shoot(&wizard, QStringLiteral("backup-3-review"));

    // Scheduling the same backup as a CronJob: credentials by reference to the Secret, never the password.
    child<QPushButton>(&wizard, "scheduleCronJob")->click();
    auto *cron = wizard.findChild<CronJobDialog *>(QStringLiteral("cronJobDialog"));
    QVERIFY(cron);
    QVERIFY(cron->yaml().contains(QStringLiteral("kind: CronJob")));
    QVERIFY(cron->yaml().contains(QStringLiteral("namespace: saytruth-dev")));
    QVERIFY(cron->yaml().contains(QStringLiteral("secretKeyRef")));
    QVERIFY(cron->yaml().contains(QStringLiteral("concurrencyPolicy: Forbid")));
    QVERIFY(!cron->yaml().contains(QStringLiteral("Secret-Canary-9")));
    child<QLineEdit>(cron, "cronSchedule")->setText(QStringLiteral("every night"));
    QVERIFY(cron->yaml().isEmpty());
    QVERIFY(!child<QLabel>(cron, "cronError")->text().isEmpty());
    child<QLineEdit>(cron, "cronSchedule")->setText(QStringLiteral("30 3 * * *"));
    QVERIFY(cron->yaml().contains(QStringLiteral("30 3 * * *")));
    shoot(cron, QStringLiteral("backup-cronjob"));
    cron->close();

    wizard.next(); // the commit button: "Back up"
    QLabel *outcome = child<QLabel>(&wizard, "jobOutcome");
    QTRY_VERIFY_WITH_TIMEOUT(!outcome->text().isEmpty(), 60000);
    QVERIFY2(outcome->text().startsWith(QStringLiteral("Verified")), qPrintable(outcome->text()));
    shoot(&wizard, QStringLiteral("backup-4-done"));
    QVERIFY(QFileInfo(m_backup).size() > 0);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    // The folder is remembered for this profile.
    QCOMPARE(BackupWizard::lastFolder(m_fixture.profile()), m_dir.path());
}

void TestBackupWizard::chosenTables()
{
    BackupWizard wizard(m_fixture.profile(), {}, m_connection->catalog()->snapshot());
    wizard.show();
    child<QRadioButton>(&wizard, "chosenObjects")->setChecked(true);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // nothing chosen yet
    QTreeWidget *objects = child<QTreeWidget>(&wizard, "backupObjects");
    const QList<QTreeWidgetItem *> users
        = objects->findItems(QStringLiteral("users"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(users.size(), 1);
    users.first()->setCheckState(0, Qt::Checked);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.options().tables, QStringList {QStringLiteral("public.users")});
    QVERIFY(wizard.options().schemas.isEmpty());
    // A whole schema checked is a schema.
    QTreeWidgetItem *schema = users.first()->parent();
    for (int i = 0; i < schema->childCount(); ++i)
        schema->child(i)->setCheckState(0, Qt::Checked);
    QCOMPARE(wizard.options().schemas, QStringList {QStringLiteral("public")});
    QVERIFY(wizard.options().tables.isEmpty());
}

void TestBackupWizard::cancelLeavesNothing()
{
    // Hold a lock that the dump waits for, so that it is surely running when Cancel is clicked.
    Session locker(m_fixture.profile(), {}, QStringLiteral("locker"));
    QVERIFY(TestWait::open(locker));
    QVERIFY(TestWait::result(locker.run(QStringLiteral("BEGIN"))).ok());
    QVERIFY(TestWait::result(locker.run(QStringLiteral("LOCK TABLE public.users IN ACCESS EXCLUSIVE MODE"))).ok());
    const QString target = m_dir.filePath(QStringLiteral("cancelled.dump.zst"));
    {
        BackupWizard wizard(m_fixture.profile(), {}, m_connection->catalog()->snapshot());
        wizard.show();
        wizard.next();
        child<QLineEdit>(&wizard, "backupFile")->setText(target);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), 30000);
        wizard.next();
        QPlainTextEdit *log = child<QPlainTextEdit>(&wizard, "jobLog");
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QStringLiteral("Running")), 30000);
        child<QPushButton>(&wizard, "jobCancel")->click();
        QLabel *outcome = child<QLabel>(&wizard, "jobOutcome");
        QTRY_VERIFY_WITH_TIMEOUT(!outcome->text().isEmpty(), 30000);
        QVERIFY2(outcome->text().startsWith(QStringLiteral("Cancelled")), qPrintable(outcome->text()));
    }
    TestWait::result(locker.run(QStringLiteral("ROLLBACK")));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partial")));
}

void TestBackupWizard::restoreWalkThrough()
{
    QVERIFY(QFileInfo::exists(m_backup));
    ConnectionProfile asSuperuser = m_fixture.profile();
    asSuperuser.user = m_superuser; // the dump holds an extension: restored as a DBA would
    RestoreWizard wizard(asSuperuser, {});
    wizard.show();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    child<QLineEdit>(&wizard, "restorePath")->setText(m_backup);
    child<QRadioButton>(&wizard, "intoNew")->setChecked(true);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    child<QLineEdit>(&wizard, "newDatabase")->setText(QStringLiteral("wizard_restored"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), 60000);
    QLabel *summary = child<QLabel>(&wizard, "restoreSummary");
    QVERIFY2(summary->text().contains(QStringLiteral("custom archive, zstd-compressed")), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("will be created")));
    QListWidget *contents = child<QListWidget>(&wizard, "restoreContents");
    // Every table the backup holds, with its rows as the check counted them in the file.
    const qint64 messages
        = TestWait::result(m_connection->session()->run(QStringLiteral("SELECT count(*) FROM public.messages")))
              .value(0, 0)
              .toLongLong();
    const QList<QListWidgetItem *> messagesItems
        = contents->findItems(QStringLiteral("Table data: public.messages — "), Qt::MatchStartsWith);
    QCOMPARE(messagesItems.size(), 1);
    QVERIFY2(messagesItems.first()->text().contains(QLocale().toString(messages) + QStringLiteral(" row")),
        qPrintable(messagesItems.first()->text()));
    QCOMPARE(contents->findItems(QStringLiteral("Table data: public.users — "), Qt::MatchStartsWith).size(), 1);
    shoot(&wizard, QStringLiteral("restore-2-check"));
    wizard.next(); // "Restore"
    QLabel *outcome = child<QLabel>(&wizard, "jobOutcome");
    QTRY_VERIFY_WITH_TIMEOUT(!outcome->text().isEmpty(), 120000);
    QVERIFY2(outcome->text().startsWith(QStringLiteral("Restored")), qPrintable(outcome->text()));
    shoot(&wizard, QStringLiteral("restore-3-done"));
    ConnectionProfile restored = asSuperuser;
    restored.database = QStringLiteral("wizard_restored");
    Session check(restored, {}, QStringLiteral("test"));
    QVERIFY(TestWait::open(check));
    QCOMPARE(
        TestWait::result(check.run(QStringLiteral("SELECT count(*) FROM public.messages"))).value(0, 0).toLongLong(),
        TestWait::result(m_connection->session()->run(QStringLiteral("SELECT count(*) FROM public.messages")))
            .value(0, 0)
            .toLongLong());
}

void TestBackupWizard::productionNeedsItsName()
{
    ConnectionProfile production = m_fixture.profile();
    production.user = m_superuser;
    production.kind = ConnectionProfile::Kind::Production;
    RestoreWizard wizard(production, {});
    wizard.show();
    child<QLineEdit>(&wizard, "restorePath")->setText(m_backup);
    wizard.next();
    QLabel *summary = child<QLabel>(&wizard, "restoreSummary");
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("read completely")), 60000);
    QVERIFY(summary->text().contains(QStringLiteral("already holds tables"))); // and clean is off
    QLineEdit *confirm = child<QLineEdit>(&wizard, "confirmDatabase");
    QVERIFY(confirm->isVisible());
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    confirm->setText(production.database.left(3));
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    confirm->setText(production.database);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.reject(); // nothing runs
}

QTEST_MAIN(TestBackupWizard)
#include "tst_backupwizard.moc"
