// Start-up benchmark for issue "Foundation": time from launch to a usable window (connected, schema read),
// idle memory, and the statements the app sends while connecting — measured side by side with the
// baseline `psql -c 'SELECT 1'` (libpq's handshake plus one query) on the same private cluster, in one run.
// Run by hand (never by CTest), preferably under xvfb-run so that the real X11 platform plugin is measured:
//   xvfb-run -a ./build-tests/tests/bench/bench_startup [runs]
#include "procstatus.h"
#include "testcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

QString uriFor(const ConnectionProfile &p)
{
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(p.user, p.database, p.host).arg(p.port);
}

double runTimed(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(60000);
    return double(timer.nsecsElapsed()) / 1e6;
}

// Starts the app, waits until it reports ready, lets it idle, and reads its resident memory.
qint64 idleMemoryKb(const QString &app, const QString &uri, QProcessEnvironment env)
{
    env.insert(QStringLiteral("SAYTRUTH_STARTUP_REPORT"), QStringLiteral("1"));
    env.remove(QStringLiteral("SAYTRUTH_QUIT_WHEN_READY"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setReadChannel(QProcess::StandardError);
    process.start(app, {uri});
    QElapsedTimer timer;
    timer.start();
    QByteArray err;
    while (!err.contains("ready after") && timer.elapsed() < 20000) {
        process.waitForReadyRead(200);
        err += process.readAllStandardError();
    }
    const int at = err.indexOf("ready after");
    if (at >= 0)
        std::printf(
            "in-process time to ready (idle run): %s\n", err.mid(at + 12, err.indexOf('\n', at) - at - 12).constData());
    QThread::sleep(2);
    const qint64 rss = procStatusKb("VmRSS:", process.processId());
    process.terminate();
    process.waitForFinished(10000);
    return rss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 10;
    const QString appPath = QStringLiteral(SAYTRUTH_APP_PATH);
    TestCluster fixture;
    if (!fixture.start())
        return 1;
    const ConnectionProfile profile = fixture.profile();
    const QString uri = uriFor(profile);
    const QString psql = fixture.cluster().binDirectory() + QStringLiteral("/psql");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAYTRUTH_QUIT_WHEN_READY"), QStringLiteral("1"));

    // Log every statement with its application name, to count what the app sends while connecting.
    Error error;
    fixture.cluster().execute(
        QStringLiteral("ALTER SYSTEM SET log_statement = 'all'; "), &error, QStringLiteral("postgres"));
    fixture.cluster().execute(
        QStringLiteral("ALTER SYSTEM SET log_line_prefix = '%m [%p] app=%a '"), &error, QStringLiteral("postgres"));
    fixture.cluster().execute(QStringLiteral("SELECT pg_reload_conf()"), &error, QStringLiteral("postgres"));
    QThread::msleep(300);

    QList<double> appTimes, psqlTimes;
    runTimed(appPath, {uri}, env); // warm caches once
    for (int i = 0; i < runs; ++i) {
        psqlTimes << runTimed(psql,
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("SELECT 1"), uri}, env);
        appTimes << runTimed(appPath, {uri}, env);
    }
    const qint64 rssKb = idleMemoryKb(appPath, uri, env);

    QFile log(fixture.cluster().logFile());
    int browserStatements = 0;
    QStringList sample;
    if (log.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : log.readAll().split('\n')) {
            if (line.contains("app=SayTruth Studio: browser") && line.contains("statement:")) {
                ++browserStatements;
                if (sample.size() < 12)
                    sample << QString::fromUtf8(line.mid(line.indexOf("statement:")));
            }
        }
    }
    const int appStarts = runs + 2;
    std::printf("runs: %d\n", runs);
    std::printf("psql -c 'SELECT 1' (baseline): median %.1f ms\n", median(psqlTimes));
    std::printf("saytruth-studio launch -> ready -> exit: median %.1f ms (ratio to baseline %.2f)\n", median(appTimes),
        median(appTimes) / std::max(0.001, median(psqlTimes)));
    std::printf("idle resident memory after ready: %.1f MB\n", rssKb / 1024.0);
    std::printf("statements on the browser session per start: %.1f\n", double(browserStatements) / appStarts);
    for (const QString &line : std::as_const(sample))
        std::printf("  %s\n", qPrintable(line.left(110)));
    return 0;
}
