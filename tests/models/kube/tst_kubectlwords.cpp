#include "kube/kubectl.h"

#include <QTest>

// What a failed kubectl said, read into words and a kind of failure: the wordings of kubectl 1.20 to 1.32 for
// the same problem (an unreachable or silent API server, an untrusted certificate, expired credentials, a
// credential plugin that is missing or fails, an unreadable kubeconfig), with klog's prefixes.
class tst_KubectlWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data();
    void classifies();
};

using Failure = KubectlResult::Failure;
Q_DECLARE_METATYPE(KubectlResult::Failure)

void tst_KubectlWords::classifies_data()
{
    QTest::addColumn<QString>("errorOutput");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("words");

    const QString klogRefused = QStringLiteral(
        "E1201 13:42:10.885314   26745 memcache.go:265] \"Unhandled Error\" err=\"couldn't get current server API "
        "group list: Get \\\"http://localhost:8080/api?timeout=32s\\\": dial tcp 127.0.0.1:8080: connect: connection "
        "refused\"\n");
    QTest::newRow("1.32 refused") << klogRefused + klogRefused
            + QStringLiteral("The connection to the server localhost:8080 was refused - did you specify the right "
                             "host or port?\n")
                                  << Failure::Unreachable << "refused the connection";
    QTest::newRow("auth can-i refused")
        << QStringLiteral("Warning: the server doesn't have a resource type 'secrets'\n\nThe connection to the server "
                          "127.0.0.1:1 was refused - did you specify the right host or port?\n")
        << Failure::Unreachable << "refused the connection";
    QTest::newRow("1.20 refused") << QStringLiteral("Unable to connect to the server: dial tcp 10.0.0.1:6443: connect: "
                                                    "connection refused\n")
                                  << Failure::Unreachable << "refused the connection";
    QTest::newRow("reset") << QStringLiteral("Unable to connect to the server: read tcp 10.0.0.2:51234->10.0.0.1:6443: "
                                             "read: connection reset by peer\n")
                           << Failure::Unreachable << "was dropped";
    QTest::newRow("unknown host") << QStringLiteral("Unable to connect to the server: dial tcp: lookup "
                                                    "k8s.example.invalid on 10.255.255.53:53: no such host\n")
                                  << Failure::Unreachable << "host name is unknown";
    QTest::newRow("no route") << QStringLiteral("Unable to connect to the server: dial tcp 10.9.9.9:443: connect: no "
                                                "route to host\n")
                              << Failure::Unreachable << "from this network";
    QTest::newRow("deadline") << QStringLiteral("Unable to connect to the server: context deadline exceeded\n")
                              << Failure::Unreachable << "did not answer in time";
    QTest::newRow("client timeout")
        << QStringLiteral("E1201 13:42:25.786869   27083 memcache.go:265] \"Unhandled Error\" err=\"couldn't get current "
                          "server API group list: Get \\\"http://127.0.0.1:18999/api?timeout=1s\\\": net/http: "
                          "request canceled (Client.Timeout exceeded while awaiting headers)\"\n")
        << Failure::Unreachable << "did not answer in time";
    QTest::newRow("TLS handshake") << QStringLiteral("Unable to connect to the server: net/http: TLS handshake timeout\n")
                                   << Failure::Unreachable << "did not answer in time";
    QTest::newRow("server timeout") << QStringLiteral("Error from server (Timeout): the server was unable to return a "
                                                      "response in the time allotted, but may still be processing the "
                                                      "request (get pods)\n")
                                    << Failure::Unreachable << "did not answer in time";
    QTest::newRow("x509 unknown authority")
        << QStringLiteral("Unable to connect to the server: x509: certificate signed by unknown authority\n")
        << Failure::Certificate << "certificate is not trusted";
    QTest::newRow("x509 expired") << QStringLiteral("Unable to connect to the server: tls: failed to verify "
                                                    "certificate: x509: certificate has expired or is not yet valid\n")
                                  << Failure::Certificate << "certificate is not trusted";
    QTest::newRow("unauthorized") << QStringLiteral("error: You must be logged in to the server (Unauthorized)\n")
                                  << Failure::Unauthorized << "did not accept your credentials";
    QTest::newRow("provide credentials")
        << QStringLiteral("error: You must be logged in to the server (the server has asked for the client to provide "
                          "credentials)\n")
        << Failure::Unauthorized << "did not accept your credentials";
    QTest::newRow("plugin fails") << QStringLiteral("Unable to connect to the server: getting credentials: exec: "
                                                    "executable kubelogin failed with exit code 1\n")
                                  << Failure::Unauthorized << "\"kubelogin\" failed";
    QTest::newRow("plugin cannot reach its issuer")
        << QStringLiteral("E1201 10:00:00.000000   1234 round_trippers.go:45] Get \"https://login.example/.well-known\": "
                          "dial tcp 10.1.1.1:443: connect: connection refused\nUnable to connect to the server: getting "
                          "credentials: exec: executable kubelogin failed with exit code 1\n")
        << Failure::Unauthorized << "\"kubelogin\" failed";
    QTest::newRow("1.20 plugin fails")
        << QStringLiteral("Unable to connect to the server: getting credentials: exec: exit status 1\n")
        << Failure::Unauthorized << "credential plugin failed";
    QTest::newRow("plugin missing")
        << QStringLiteral("Unable to connect to the server: getting credentials: exec: executable gke-gcloud-auth-plugin "
                          "not found\n\nIt looks like you are trying to use a client-go credential plugin that is not "
                          "installed.\n")
        << Failure::Plugin << "\"gke-gcloud-auth-plugin\" was not found";
    QTest::newRow("kubeconfig missing") << QStringLiteral("error: stat /home/me/.kube/staging: no such file or directory\n")
                                        << Failure::Config << "kubeconfig cannot be read";
    QTest::newRow("kubeconfig missing after a warning")
        << QStringLiteral("W1201 10:00:00.000000   1234 loader.go:222] Config not found: /home/me/.kube/x\nerror: stat "
                          "/home/me/.kube/x: no such file or directory\n")
        << Failure::Config << "kubeconfig cannot be read";
    QTest::newRow("kubeconfig broken")
        << QStringLiteral("error: error loading config file \"/home/me/.kube/config\": yaml: line 4: mapping values are "
                          "not allowed in this context\n")
        << Failure::Config << "kubeconfig cannot be read";
    QTest::newRow("context") << QStringLiteral("error: context \"staging\" does not exist\n") << Failure::Context
                             << "no such context";
    QTest::newRow("forbidden") << QStringLiteral("Error from server (Forbidden): secrets \"postgres-secret\" is "
                                                 "forbidden: User \"dev\" cannot get resource \"secrets\"\n")
                               << Failure::Forbidden << "RBAC";
    QTest::newRow("not found") << QStringLiteral("Error from server (NotFound): namespaces \"nowhere\" not found\n")
                               << Failure::NotFound << "no such object";
    QTest::newRow("something else") << QStringLiteral("error: unknown flag: --frobnicate\n") << Failure::Other
                                    << "unknown flag: --frobnicate";
}

void tst_KubectlWords::classifies()
{
    QFETCH(QString, errorOutput);
    QFETCH(Failure, failure);
    QFETCH(QString, words);
    KubectlResult result;
    result.exitCode = 1;
    result.errorOutput = errorOutput;
    Kubectl::explain(&result, QStringLiteral("Reading the Secret"), QStringLiteral("/usr/bin/kubectl"));
    QCOMPARE(result.failure, failure);
    QVERIFY2(result.error.why.contains(words), qPrintable(result.error.why));
    QCOMPARE(result.error.what, QStringLiteral("Reading the Secret"));
    QVERIFY2(!result.error.toString().contains(QLatin1String("E1201")), qPrintable(result.error.toString()));
}

QTEST_GUILESS_MAIN(tst_KubectlWords)
#include "tst_kubectlwords.moc"
