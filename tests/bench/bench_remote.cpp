// Remote speed benchmark (issue "Kubernetes connections", section "Remote speed"): over a port-forward with a
// round-trip delay (the tests' API server holds every forwarded byte for half the delay in each direction),
// how long and how many statements from a connection's start to the first rows of `users`, ours against psql
// doing the same work (connect, list the tables, read the first rows) through the same forward, in one run.
// Statements are counted from the server's own log (log_statement = all) between the two marks.
// Run by hand: ./build-tests/tests/bench/bench_remote [round-trip-ms, default 30]
#include "catalog/schemacatalog.h"
#include "connection/connectionuri.h"
#include "connection/session.h"
#include "database/databaseconnection.h"
#include "fakekube/fakekubeapiserver.h"
#include "kube/kubeforward.h"
#include "table/tabledatamodel.h"
#include "testcluster.h"
#include "testwait.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

namespace {

const QString Password = QStringLiteral("bench-remote");

qint64 logSize(LocalCluster &cluster)
{
    return QFileInfo(cluster.logFile()).size();
}

// Statements the server logged since offset (simple and extended protocol alike), and the lines themselves.
QStringList statementsSince(LocalCluster &cluster, qint64 offset)
{
    QFile log(cluster.logFile());
    QStringList found;
    if (!log.open(QIODevice::ReadOnly) || !log.seek(offset))
        return found;
    for (const QByteArray &line : log.readAll().split('\n')) {
        if (line.contains("LOG:  statement: ") || line.contains("LOG:  execute "))
            found << QString::fromUtf8(line.mid(line.indexOf("LOG:  ") + 6)).left(110);
    }
    return found;
}

struct Run
{
    double ms = 0;
    QStringList statements;
};

Run ours(LocalCluster &cluster, const ConnectionProfile &effective, const QString &password)
{
    Run run;
    const qint64 offset = logSize(cluster);
    QElapsedTimer timer;
    timer.start();
    Session session(effective, password, QStringLiteral("browser"));
    if (!TestWait::open(session, 60000))
        return run;
    SchemaCatalog catalog;
    QSignalSpy loaded(&catalog, &SchemaCatalog::loaded);
    catalog.refresh(&session);
    if (!QTest::qWaitFor([&] { return loaded.count() > 0; }, 60000))
        return run;
    TableDataModel model(&session, catalog.snapshot(), QStringLiteral("public.users"));
    if (!QTest::qWaitFor([&] { return model.rowCount() > 0 && !model.isLoading(); }, 60000))
        return run;
    run.ms = timer.nsecsElapsed() / 1e6;
    QTest::qWait(300); // the log is written by the server process a moment later
    run.statements = statementsSince(cluster, offset);
    return run;
}

Run psql(LocalCluster &cluster, const ConnectionProfile &effective, const QString &password)
{
    Run run;
    const qint64 offset = logSize(cluster);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), password); // a benchmark's own throwaway password
    process.setProcessEnvironment(environment);
    const QString conninfo = QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 sslmode=disable")
                                 .arg(effective.port)
                                 .arg(effective.database, effective.user);
    QElapsedTimer timer;
    timer.start();
    process.start(cluster.binDirectory() + QStringLiteral("/psql"),
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"), conninfo, QStringLiteral("-c"),
            QStringLiteral("\\dt"), QStringLiteral("-c"), QStringLiteral("SELECT * FROM users ORDER BY id LIMIT 100")});
    process.waitForFinished(60000);
    run.ms = timer.nsecsElapsed() / 1e6;
    QTest::qWait(300);
    run.statements = statementsSince(cluster, offset);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int roundTrip = argc > 1 ? std::max(0, atoi(argv[1])) : 30;
    qputenv("SAYTRUTH_NO_LOGIN_SHELL", "1");
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    TestCluster fixture;
    if (!fixture.start())
        return 1;
    LocalCluster &cluster = fixture.cluster();
    Error error;
    const QString user = fixture.profile().user;
    if (!cluster.setPassword(user, Password, &error))
        return 1;
    FakeKubeApiServer api;
    if (!api.start())
        return 1;
    api.setForwardLatency(roundTrip / 2);
    const QString ns = QStringLiteral("saytruth-dev");
    api.addNamespace(ns);
    const QMap<QString, QString> labels {{QStringLiteral("app"), QStringLiteral("postgres")}};
    api.addPod(ns, QStringLiteral("postgres-0"), labels, {{QStringLiteral("postgresql"), 5432}},
        QStringLiteral("127.0.0.1:%1").arg(cluster.port()));
    api.addService(ns, QStringLiteral("postgres-service"), labels, {{QStringLiteral("postgres"), 5432, QStringLiteral("5432")}});
    api.addSecret(ns, QStringLiteral("postgres-secret"),
        {{QStringLiteral("username"), user.toUtf8()}, {QStringLiteral("password"), Password.toUtf8()}});
    const QString kubeconfig = api.writeKubeconfig(home.path(), {{QStringLiteral("dev"), ns}});
    const ConnectionUri::Result parsed = ConnectionUri::parse(
        QStringLiteral("k8s://dev@saytruth-dev/postgres-service/saytruth_db?kubeconfig=") + kubeconfig);

    // The whole connect once (pre-flight, Secret, forward), timed; it then holds the forward for the runs.
    QElapsedTimer timer;
    timer.start();
    DatabaseConnection connection(parsed.profile, QString());
    QSignalSpy opened(&connection, &DatabaseConnection::opened);
    connection.open();
    if (!QTest::qWaitFor([&] { return opened.count() > 0; }, 120000)) {
        std::printf("could not connect through the forward\n");
        return 1;
    }
    std::printf("Kubernetes connect (pre-flight with %s, Secret, forward, first session): %.0f ms\n",
        qPrintable(QFileInfo(connection.forward() ? QStringLiteral("kubectl") : QString()).fileName()),
        timer.nsecsElapsed() / 1e6);
    cluster.execute(QStringLiteral("ALTER SYSTEM SET log_statement = 'all'"), &error);
    cluster.execute(QStringLiteral("SELECT pg_reload_conf()"), &error);
    QTest::qWait(500);

    std::printf("\nround trip through the forward: %d ms; 3 runs each, connect → tables listed → first rows of users\n",
        roundTrip);
    Run best[2];
    for (int i = 0; i < 3; ++i) {
        const Run mine = ours(cluster, connection.profile(), connection.password());
        const Run theirs = psql(cluster, connection.profile(), connection.password());
        std::printf("  run %d: SayTruth Studio %.0f ms (%lld statements), psql %.0f ms (%lld statements)\n", i + 1,
            mine.ms, qint64(mine.statements.size()), theirs.ms, qint64(theirs.statements.size()));
        if (i == 0 || mine.ms < best[0].ms)
            best[0] = mine;
        if (i == 0 || theirs.ms < best[1].ms)
            best[1] = theirs;
    }
    std::printf("\nbest: SayTruth Studio %.0f ms, psql %.0f ms, ratio %.2f\n", best[0].ms, best[1].ms,
        best[1].ms > 0 ? best[0].ms / best[1].ms : 0.0);
    std::printf("\nour statements:\n");
    for (const QString &line : std::as_const(best[0].statements))
        std::printf("  %s\n", qPrintable(line));
    std::printf("psql's statements:\n");
    for (const QString &line : std::as_const(best[1].statements))
        std::printf("  %s\n", qPrintable(line));
    cluster.execute(QStringLiteral("ALTER SYSTEM RESET log_statement"), &error);
    return 0;
}
