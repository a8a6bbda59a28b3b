#include "testpgbouncer.h"

#include "cluster/serveruser.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

TestPgBouncer::TestPgBouncer(LocalCluster &cluster)
    : m_cluster(cluster)
    , m_dir(QDir::tempPath() + QStringLiteral("/saytruth-pgbouncer-XXXXXX"))
{
    // PgBouncer runs as the server's unprivileged user when we are root: it writes its log and pid here.
    ServerUser::forCurrentProcess().takeOwnership(m_dir.path());
}

TestPgBouncer::~TestPgBouncer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: PgBouncer closes its connections and exits
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString TestPgBouncer::program()
{
    const QString fromEnv = qEnvironmentVariable("SAYTRUTH_PGBOUNCER");
    for (const QString &candidate : {fromEnv, QStringLiteral("/usr/sbin/pgbouncer")}) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

bool TestPgBouncer::writeConfig(int poolSize)
{
    const QString dir = m_dir.path();
    // trust: PgBouncer lets in the users of its list without a password, and reaches the cluster through
    // its socket, where the cluster trusts local connections.
    QFile users(dir + QStringLiteral("/userlist.txt"));
    if (!users.open(QIODevice::WriteOnly)
        || users.write(QByteArray("\"") + LocalCluster::UserName + "\" \"\"\n\"postgres\" \"\"\n") < 0)
        return false;
    users.close();
    const QStringList lines {
        QStringLiteral("[databases]"),
        QStringLiteral("%1 = host=%2 port=%3 dbname=%1")
            .arg(QString::fromLatin1(LocalCluster::DatabaseName), m_cluster.socketDirectory())
            .arg(m_cluster.port()),
        QStringLiteral("[pgbouncer]"), QStringLiteral("listen_addr = 127.0.0.1"),
        QStringLiteral("listen_port = %1").arg(m_port), QStringLiteral("unix_socket_dir ="),
        QStringLiteral("auth_type = trust"), QStringLiteral("auth_file = %1/userlist.txt").arg(dir),
        QStringLiteral("pool_mode = transaction"), QStringLiteral("default_pool_size = %1").arg(poolSize),
        QStringLiteral("max_client_conn = 100"), QStringLiteral("logfile = %1/pgbouncer.log").arg(dir),
        QStringLiteral("pidfile = %1/pgbouncer.pid").arg(dir),
        // Deliberately no ignore_startup_parameters: a client sending `options` must fail here as in production.
    };
    QFile config(dir + QStringLiteral("/pgbouncer.ini"));
    if (!config.open(QIODevice::WriteOnly) || config.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n') < 0)
        return false;
    config.close();
    const ServerUser user = ServerUser::forCurrentProcess();
    return user.takeOwnership(users.fileName()) && user.takeOwnership(config.fileName());
}

bool TestPgBouncer::start(int poolSize)
{
    const QString bouncer = program();
    if (bouncer.isEmpty()) {
        m_error = QStringLiteral("PgBouncer is not installed (apt-get install pgbouncer)");
        return false;
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0)) {
                m_error = QStringLiteral("no free port");
                return false;
            }
            m_port = probe.serverPort();
        }
        if (!writeConfig(poolSize)) {
            m_error = QStringLiteral("could not write PgBouncer's configuration in %1").arg(m_dir.path());
            return false;
        }
        m_process.setProgram(bouncer);
        m_process.setArguments({m_dir.path() + QStringLiteral("/pgbouncer.ini")});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        ServerUser::forCurrentProcess().applyTo(m_process);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return false;
        }
        const QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            if (socket.waitForConnected(500))
                return true;
            QThread::msleep(100);
        }
        m_error = QStringLiteral("PgBouncer did not start: %1 %2")
                      .arg(QString::fromLocal8Bit(m_process.readAll()).trimmed(), log().right(2000));
        m_process.kill();
        m_process.waitForFinished(5000);
        if (!log().contains(QLatin1String("Address already in use")))
            break;
    }
    return false;
}

ConnectionProfile TestPgBouncer::profile() const
{
    ConnectionProfile profile = m_cluster.profile();
    profile.name = QStringLiteral("through PgBouncer");
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = m_port;
    profile.sslMode = QStringLiteral("disable");
    profile.demo = false;
    return profile;
}

QString TestPgBouncer::log() const
{
    QFile file(m_dir.path() + QStringLiteral("/pgbouncer.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
