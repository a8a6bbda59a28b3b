#include "application.h"
#include "connect/connectiondialog.h"
#include "database/databaseconnection.h"
#include "dialoganswer.h"
#include "fakekube/fakekubeapiserver.h"
#include "mainwindow/mainwindow.h"
#include "testcluster.h"

#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

namespace {

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog << message;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

// End to end: a distinctive password goes in through the command line URI and the connection dialog, the
// app connects with it, and afterwards it is in no file under the app's config, data and cache directories,
// in no log message, and not in the server's log.
class TestPasswordCanary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void canaryLeavesNoTrace();
    void secretCanaryLeavesNoTrace();

private:
    QStringList filesContaining(const QStringList &needles);

    TestCluster m_fixture;
    const QString m_canary = QStringLiteral("Canary!@#-7f3a9c");
};

void TestPasswordCanary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SayTruth"));
    QCoreApplication::setApplicationName(QStringLiteral("saytruth-studio-canary-test"));
    for (auto location :
        {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation})
        QDir(QStandardPaths::writableLocation(location)).removeRecursively();
    previousHandler = qInstallMessageHandler(captureMessage);
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    Error error;
    QVERIFY2(m_fixture.cluster().setPassword(QStringLiteral("saytruth_user"), m_canary, &error),
        qPrintable(error.toString()));
}

void TestPasswordCanary::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestPasswordCanary::cleanup()
{
    // What the case armed and did not use goes now, and fails the case.
    const QStringList unused = DialogAnswer::reset();
    QVERIFY2(unused.isEmpty(), qPrintable(unused.join(QLatin1Char('\n'))));
}

QStringList TestPasswordCanary::filesContaining(const QStringList &needles)
{
    QStringList roots;
    for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
             QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
             QStandardPaths::GenericCacheLocation})
        roots << QStandardPaths::writableLocation(location);
    roots << m_fixture.cluster().directory(); // the server's own log, too
    QStringList hits;
    int scanned = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            const QByteArray content = file.readAll();
            for (const QString &needle : needles) {
                if (content.contains(needle.toUtf8()))
                    hits << file.fileName();
            }
        }
    }
    qInfo("scanned %d files", scanned);
    return hits;
}

void TestPasswordCanary::canaryLeavesNoTrace()
{
    const ConnectionProfile tcp = m_fixture.cluster().tcpProfile();
    // As people paste it: the password's reserved characters not encoded.
    CommandLineOptions options;
    options.mode = CommandLineOptions::Mode::Uri;
    options.uri = QStringLiteral("postgresql://saytruth_user:%1@127.0.0.1:%2/saytruth_db").arg(m_canary).arg(tcp.port);
    options.table = QStringLiteral("users");
    Application app(options);
    QSignalSpy ready(app.mainWindow(), &MainWindow::ready);
    app.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    QVERIFY(app.mainWindow()->connection()->session()->isConnected());

    // The connection dialog: save a profile with the password ("remember" on; with no keychain it stays in memory).
    app.mainWindow()->showConnectionDialog();
    auto *dialog = app.mainWindow()->findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("uriEdit"))->clear();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("uriEdit")),
        QStringLiteral("postgresql://saytruth_user@127.0.0.1:%1/saytruth_db").arg(tcp.port));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("canary profile"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), m_canary);
    // The users tab is open: connect here, closing it.
    const auto here = DialogAnswer::next(QStringLiteral("Open the connection where?"), [](QWidget *question) {
        QVERIFY(DialogAnswer::click(question, QStringLiteral("Close tabs and connect here")));
    });
    dialog->accept();
    QTRY_VERIFY2(here->answered(), qPrintable(here->report()));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 20000);
    QCOMPARE(app.mainWindow()->connection()->profile().name, QStringLiteral("canary profile"));

    const QStringList needles {m_canary, QString::fromUtf8(QUrl::toPercentEncoding(m_canary))};
    const QStringList hits = filesContaining(needles);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    for (const QString &message : std::as_const(capturedLog)) {
        for (const QString &needle : needles)
            QVERIFY2(!message.contains(needle), qPrintable(QStringLiteral("a log message holds the password")));
    }
    // The profile itself was saved (without the password).
    QVERIFY(QFile::exists(
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles.json")));
}

// The same through Kubernetes: the password is only in the Secret (base64 on the wire), read at connect time
// and decoded in memory only. Afterwards neither form is in a file, a log message, the server's log, or the
// command line of any process (kubectl's included, while it runs).
void TestPasswordCanary::secretCanaryLeavesNoTrace()
{
    qputenv("SAYTRUTH_NO_LOGIN_SHELL", "1");
    FakeKubeApiServer api;
    QVERIFY(api.start());
    const QString ns = QStringLiteral("saytruth-dev");
    api.addNamespace(ns);
    const QMap<QString, QString> labels {{QStringLiteral("app"), QStringLiteral("postgres")}};
    api.addPod(ns, QStringLiteral("postgres-0"), labels, {{QStringLiteral("postgresql"), 5432}},
        QStringLiteral("127.0.0.1:%1").arg(m_fixture.cluster().port()));
    api.addService(
        ns, QStringLiteral("postgres-service"), labels, {{QStringLiteral("postgres"), 5432, QStringLiteral("5432")}});
    api.addSecret(ns, QStringLiteral("postgres-secret"),
        {{QStringLiteral("username"), QByteArray("saytruth_user")}, {QStringLiteral("password"), m_canary.toUtf8()}});
    QTemporaryDir kubeDir;
    const QString kubeconfig = api.writeKubeconfig(kubeDir.path(), {{QStringLiteral("dev"), ns}});
    CommandLineOptions options;
    options.mode = CommandLineOptions::Mode::Uri;
    options.uri = QStringLiteral("k8s://dev@saytruth-dev/postgres-service/saytruth_db?kubeconfig=") + kubeconfig;
    options.table = QStringLiteral("users");
    Application app(options);
    QSignalSpy ready(app.mainWindow(), &MainWindow::ready);
    app.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
    QVERIFY(app.mainWindow()->connection()->session()->isConnected());
    QCOMPARE(app.mainWindow()->connection()->profile().user, QStringLiteral("saytruth_user"));

    const QStringList needles {m_canary, QString::fromLatin1(m_canary.toUtf8().toBase64())};
    // Every process's command line, while the forward runs.
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = cmdline.readAll();
        for (const QString &needle : needles)
            QVERIFY2(!line.contains(needle.toUtf8()), "a command line holds the Secret's password");
    }
    const QStringList hits = filesContaining(needles);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    for (const QString &message : std::as_const(capturedLog)) {
        for (const QString &needle : needles)
            QVERIFY2(!message.contains(needle), "a log message holds the Secret's password");
    }
}

QTEST_MAIN(TestPasswordCanary)
#include "tst_passwordcanary.moc"
