#pragma once

#include "connection/connectionprofile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>
#include <libpq-fe.h>
#include <optional>

// Test helpers around the fake Kubernetes API server: the real kubectl's port-forward as a process that
// never outlives its test, and a libpq connection through it that never hangs the test.
namespace KubeTesting {

// What a finished kubectl said.
struct KubectlRun
{
    int exitCode = -1;
    QString out, err;
};

// kubectl's environment in a test: HOME is the test's own (never the user's ~/.kube), no KUBECONFIG.
inline QProcessEnvironment kubectlEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("KUBECONFIG"));
    return env;
}

// Runs kubectl to its end; killed after timeoutMs (then err says so).
inline KubectlRun runKubectl(
    const QString &program, const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    KubectlRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("kubectl %1 did not finish").arg(args.join(QLatin1Char(' ')));
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Every kubectl to test with: the one on PATH and each one listed, colon-separated, in SAYTRUTH_TEST_KUBECTLS
// (CI adds Debian 12's 1.20 beside a current one), as (row name "v1.32.4 /usr/bin/kubectl", path). Those
// that do not run are left out with a warning.
inline QList<QPair<QString, QString>> kubectlsToTest(const QProcessEnvironment &env)
{
    QStringList paths;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (!onPath.isEmpty())
        paths.append(onPath);
    paths += qEnvironmentVariable("SAYTRUTH_TEST_KUBECTLS").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    QList<QPair<QString, QString>> kubectls;
    for (const QString &path : std::as_const(paths)) {
        const KubectlRun run = runKubectl(path, {"version", "--client", "-o", "json"}, env);
        if (run.exitCode != 0) {
            qWarning("%s does not run; left out", qPrintable(path));
            continue;
        }
        const QString version = QJsonDocument::fromJson(run.out.toUtf8())
                                    .object()
                                    .value(QLatin1String("clientVersion"))
                                    .toObject()
                                    .value(QLatin1String("gitVersion"))
                                    .toString();
        kubectls.append({QStringLiteral("%1 %2").arg(version, path), path});
    }
    return kubectls;
}

// A running `kubectl port-forward`: its local port once it says "Forwarding from", everything it printed,
// and no orphan: it is killed when the object goes.
class KubectlForward
{
public:
    KubectlForward(const QString &program, const QStringList &args, const QProcessEnvironment &env)
    {
        m_process.setProcessEnvironment(env);
        m_process.start(program, args);
    }
    ~KubectlForward()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    // The local port kubectl listens on; 0 when it did not say within the time.
    int waitForPort(int timeoutMs = 60000)
    {
        static const QRegularExpression forwarding(QStringLiteral("Forwarding from 127\\.0\\.0\\.1:(\\d+) -> (\\d+)"));
        QRegularExpressionMatch match;
        (void)QTest::qWaitFor(
            [&] {
                match = forwarding.match(output());
                return match.hasMatch() || m_process.state() == QProcess::NotRunning;
            },
            timeoutMs);
        return match.hasMatch() ? match.captured(1).toInt() : 0;
    }
    // Waits until kubectl exits or prints one of the lines; true when one of them happened.
    bool waitForExitOrLine(const QStringList &lines, int timeoutMs)
    {
        return QTest::qWaitFor(
            [&] {
                const QString text = output();
                for (const QString &line : lines) {
                    if (text.contains(line))
                        return true;
                }
                return m_process.state() == QProcess::NotRunning;
            },
            timeoutMs);
    }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    int exitCode() const { return m_process.exitCode(); }
    QString output()
    {
        m_output += QString::fromUtf8(m_process.readAllStandardOutput() + m_process.readAllStandardError());
        return m_output;
    }

private:
    QProcess m_process;
    QString m_output;
};

// One libpq connection through the forward. Queries are sent asynchronously and waited for with the event
// loop spinning, so a forward that breaks ends in an error, never in a hang.
class PgClient
{
public:
    PgClient(const ConnectionProfile &profile, int port, const char *password)
    {
        const QByteArray portText = QByteArray::number(port), db = profile.database.toUtf8(),
                         user = profile.user.toUtf8();
        const char *keywords[] = {"host", "port", "dbname", "user", "password", "sslmode", "connect_timeout", nullptr};
        const char *values[]
            = {"127.0.0.1", portText.constData(), db.constData(), user.constData(), password, "disable", "20", nullptr};
        m_conn = PQconnectdbParams(keywords, values, 0);
    }
    ~PgClient() { PQfinish(m_conn); }
    bool ok() const { return PQstatus(m_conn) == CONNECTION_OK; }
    QString error() const { return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(); }
    bool send(const char *sql) { return PQsendQuery(m_conn, sql) == 1; }
    // Waits for the answer to send(); the first value, or nothing (error() says why).
    std::optional<QByteArray> result(int timeoutMs = 60000)
    {
        if (!QTest::qWaitFor([&] { return !PQconsumeInput(m_conn) || !PQisBusy(m_conn); }, timeoutMs))
            return std::nullopt;
        std::optional<QByteArray> value;
        while (PGresult *r = PQgetResult(m_conn)) {
            if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0)
                value = QByteArray(PQgetvalue(r, 0, 0), PQgetlength(r, 0, 0));
            PQclear(r);
        }
        return value;
    }
    std::optional<QByteArray> query(const char *sql, int timeoutMs = 60000)
    {
        return send(sql) ? result(timeoutMs) : std::nullopt;
    }

private:
    PGconn *m_conn = nullptr;
};

} // namespace KubeTesting
