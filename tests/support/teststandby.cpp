#include "teststandby.h"

#include "cluster/serveruser.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <libpq-fe.h>

namespace {

// One value from a superuser query over the cluster's private socket; empty on any failure.
QString scalar(const LocalCluster &cluster, const char *sql)
{
    const QByteArray host = cluster.socketDirectory().toUtf8();
    const QByteArray port = QByteArray::number(cluster.port());
    const char *keywords[] = {"host", "port", "dbname", "user", nullptr};
    const char *values[] = {host.constData(), port.constData(), LocalCluster::DatabaseName, "postgres", nullptr};
    PGconn *conn = PQconnectdbParams(keywords, values, 0);
    QString value;
    if (PQstatus(conn) == CONNECTION_OK) {
        PGresult *result = PQexec(conn, sql);
        if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1)
            value = QString::fromUtf8(PQgetvalue(result, 0, 0));
        PQclear(result);
    }
    PQfinish(conn);
    return value;
}

} // namespace

TestStandby::TestStandby(LocalCluster &primary)
    : m_primary(primary)
    , m_dir(QDir::tempPath() + QStringLiteral("/saytruth-standby-XXXXXX"))
{
    // The server's unprivileged user (when we are root) must be able to enter it, as in TestCluster.
    QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther);
    m_standby = std::make_unique<LocalCluster>(m_dir.path() + QStringLiteral("/cluster"));
    m_standby->setThrowaway(true);
}

TestStandby::~TestStandby()
{
    Error error;
    if (!m_standby->stop(&error))
        qWarning("Could not stop the test standby: %s", qPrintable(error.toString()));
}

bool TestStandby::start()
{
    const ServerUser user = ServerUser::forCurrentProcess();
    const QString directory = m_standby->directory();
    // What LocalCluster::create() prepares, without initdb: the copy comes from the primary.
    if (!QDir().mkpath(m_standby->socketDirectory()) || !user.takeOwnership(directory)
        || !user.takeOwnership(m_standby->socketDirectory())) {
        m_error = QStringLiteral("could not prepare %1").arg(directory);
        return false;
    }
    QFile::setPermissions(m_standby->socketDirectory(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcess backup;
    backup.setProgram(QDir(m_primary.binDirectory()).filePath(QStringLiteral("pg_basebackup")));
    backup.setArguments({QStringLiteral("-D"), m_standby->dataDirectory(), QStringLiteral("-R"), QStringLiteral("-X"),
        QStringLiteral("stream"), QStringLiteral("-c"), QStringLiteral("fast"), QStringLiteral("-h"),
        m_primary.socketDirectory(), QStringLiteral("-p"), QString::number(m_primary.port()), QStringLiteral("-U"),
        QStringLiteral("postgres")});
    backup.setWorkingDirectory(directory);
    backup.setProcessChannelMode(QProcess::MergedChannels);
    user.applyTo(backup);
    backup.start();
    if (!backup.waitForStarted(10000) || !backup.waitForFinished(120000) || backup.exitStatus() != QProcess::NormalExit
        || backup.exitCode() != 0) {
        m_error = QStringLiteral("pg_basebackup failed: %1").arg(QString::fromLocal8Bit(backup.readAll()).trimmed());
        return false;
    }
    // start() writes the standby's own port and socket directory over the primary's (copied with the data).
    Error error;
    m_standby->setBinarySearchPath({m_primary.binDirectory()});
    if (!m_standby->start(&error)) {
        m_error = error.toString();
        return false;
    }
    // A commit made now, replayed there: from then on the standby's replay lag is a number. A transaction with
    // an xid writes a commit record even when it changes nothing, so no table is needed.
    if (!m_primary.execute(QStringLiteral("SELECT txid_current()"), &error)) {
        m_error = error.toString();
        return false;
    }
    if (!waitForReplay())
        return false;
    // The replay position moves before the replayed commit's time is recorded: wait for that too.
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (scalar(*m_standby, "SELECT pg_last_xact_replay_timestamp() IS NOT NULL") == QLatin1String("t"))
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("the standby replayed no commit in time");
    return false;
}

bool TestStandby::waitForReplay(int timeoutMs)
{
    const QString target = scalar(m_primary, "SELECT pg_current_wal_lsn()");
    if (target.isEmpty()) {
        m_error = QStringLiteral("could not read the primary's WAL position");
        return false;
    }
    const QByteArray caughtUp
        = QStringLiteral("SELECT pg_last_wal_replay_lsn() >= '%1'::pg_lsn").arg(target).toLatin1();
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (scalar(*m_standby, caughtUp.constData()) == QLatin1String("t"))
            return true;
        QThread::msleep(100);
    }
    m_error = QStringLiteral("the standby did not replay up to %1 in time").arg(target);
    return false;
}

ConnectionProfile TestStandby::profile() const
{
    ConnectionProfile profile = m_standby->profile();
    profile.name = QStringLiteral("standby");
    profile.demo = false;
    return profile;
}
