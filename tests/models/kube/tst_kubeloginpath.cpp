#include "connection/connectionuri.h"
#include "database/databaseconnection.h"
#include "fakekubeapiserver.h"
#include "kube/kubectl.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A desktop-launched app finds kubectl (and credential plugins) on the login shell's PATH, and asking the
// login shell never holds the GUI thread: the shell here answers only once the test, running on the GUI
// thread, has got control back from open(). Its own process: the login shell's PATH is read once per process.
class tst_KubeLoginPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginShellIsAskedOffTheGuiThread();
};

void tst_KubeLoginPath::loginShellIsAskedOffTheGuiThread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString kubectl = qEnvironmentVariableIsSet("SAYTRUTH_KUBECTL")
        ? qEnvironmentVariable("SAYTRUTH_KUBECTL")
        : QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty())
        QSKIP("no kubectl on PATH");
    // A kubectl under a name only the login shell's PATH holds.
    const QString shellBin = dir.filePath(QStringLiteral("shell-bin"));
    QVERIFY(QDir().mkpath(shellBin));
    QVERIFY(QFile::link(kubectl, shellBin + QStringLiteral("/saytruth-kubectl-via-login-shell")));
    // The login shell ($SHELL -lc COMMAND): runs the command when the release file exists (it gives up waiting
    // after 30 s), with its own PATH, after a greeting of the kind login profiles print.
    const QString release = dir.filePath(QStringLiteral("release"));
    const QString shell = dir.filePath(QStringLiteral("login-shell"));
    QFile script(shell);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\nfor i in $(seq 600); do [ -e '%1' ] && break; sleep 0.05; done\n"
                                "echo 'Welcome! Today: /not/a:/path'\n"
                                "PATH='%2:/usr/bin:/bin'; export PATH\nexec /bin/sh -c \"$2\"\n")
                     .arg(release, shellBin)
                     .toUtf8());
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("SHELL", shell.toUtf8());
    qunsetenv("SAYTRUTH_NO_LOGIN_SHELL");
    qputenv("SAYTRUTH_KUBECTL", "saytruth-kubectl-via-login-shell");
    qputenv("HOME", dir.path().toUtf8());

    FakeKubeApiServer api;
    QVERIFY(api.start());
    const QString kubeconfig = api.writeKubeconfig(dir.path(), {{QStringLiteral("dev"), QStringLiteral("saytruth-dev")}});
    const ConnectionUri::Result parsed
        = ConnectionUri::parse(QStringLiteral("k8s://dev@nowhere/postgres-service/saytruth_db?kubeconfig=") + kubeconfig);
    QVERIFY(parsed.ok);
    DatabaseConnection connection(parsed.profile, QString());
    QSignalSpy opened(&connection, &DatabaseConnection::opened);
    QSignalSpy failed(&connection, &DatabaseConnection::openFailed);
    connection.open();
    // Back on the GUI thread while the login shell still waits: only now may it answer.
    QVERIFY(QFile(release).open(QIODevice::WriteOnly));
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, 60000);
    QCOMPARE(failed.count(), 1);
    const Error error = failed.first().first().value<Error>();
    // kubectl was found (through the login shell's PATH) and asked the API server about the namespace.
    QVERIFY2(error.toString().contains(QLatin1String("no namespace nowhere")), qPrintable(error.toString()));
    QVERIFY(!api.requests().isEmpty());
    QVERIFY(Kubectl::extendedPath().contains(shellBin));
    QVERIFY(!Kubectl::extendedPath().contains(QStringLiteral("/path"))); // the greeting is no part of PATH
}

QTEST_GUILESS_MAIN(tst_KubeLoginPath)
#include "tst_kubeloginpath.moc"
