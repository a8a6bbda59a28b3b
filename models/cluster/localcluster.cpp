#include "localcluster.h"

#include "serveruser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QVersionNumber>
#include <libpq-fe.h>
#include <memory>

namespace {

constexpr auto ConfigFileName = "postgresql.saytruth.conf";
constexpr auto SuperUser = "postgres";

QString quoteConfig(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QStringList defaultSearchPath()
{
    QStringList path;
    const QString fromEnv = qEnvironmentVariable("SAYTRUTH_PG_BINDIR");
    if (!fromEnv.isEmpty())
        path << fromEnv;
    // Debian installs each major version's server programs here; prefer the newest.
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList majors = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(majors.begin(), majors.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &major : majors)
        path << versions.filePath(major + QStringLiteral("/bin"));
    path << qEnvironmentVariable("PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    path << QStringLiteral("/usr/local/pgsql/bin");
    return path;
}

struct PgConnDeleter
{
    void operator()(PGconn *conn) const { PQfinish(conn); }
};
struct PgResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using PgConnPtr = std::unique_ptr<PGconn, PgConnDeleter>;
using PgResultPtr = std::unique_ptr<PGresult, PgResultDeleter>;

} // namespace

LocalCluster::LocalCluster(const QString &directory)
    : m_directory(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()))
{ }

LocalCluster::~LocalCluster() = default;

QString LocalCluster::dataDirectory() const
{
    return m_directory + QStringLiteral("/data");
}

QString LocalCluster::socketDirectory() const
{
    return m_directory + QStringLiteral("/socket");
}

QString LocalCluster::logFile() const
{
    return m_directory + QStringLiteral("/server.log");
}

QString LocalCluster::serverUser() const
{
    return ServerUser::forCurrentProcess().name();
}

bool LocalCluster::exists() const
{
    return QFileInfo::exists(dataDirectory() + QStringLiteral("/PG_VERSION"));
}

QString LocalCluster::findServerBinaries(const QStringList &searchPath, Error *error)
{
    for (const QString &dir : searchPath) {
        const QDir bin(dir);
        if (QFileInfo(bin.filePath(QStringLiteral("initdb"))).isExecutable()
            && QFileInfo(bin.filePath(QStringLiteral("pg_ctl"))).isExecutable()
            && QFileInfo(bin.filePath(QStringLiteral("postgres"))).isExecutable())
            return bin.absolutePath();
    }
    if (error) {
        *error = {tr("Starting the local PostgreSQL server"),
            tr("The PostgreSQL server programs (initdb, pg_ctl, postgres) are not installed."), {},
            tr("Install the Debian packages \"postgresql\" and \"postgresql-contrib\" "
               "(sudo apt install postgresql postgresql-contrib), or set SAYTRUTH_PG_BINDIR to the "
               "directory that holds them.")};
    }
    return {};
}

QString LocalCluster::defaultDemoDirectory()
{
    const QString preferred
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-cluster");
    if (ServerUser::forCurrentProcess().canReach(preferred))
        return preferred;
    return QStringLiteral("/var/tmp/saytruth-studio-demo-%1").arg(qEnvironmentVariable("USER", QStringLiteral("root")));
}

bool LocalCluster::locateBinaries(Error *error)
{
    if (!m_binDir.isEmpty())
        return true;
    m_binDir = findServerBinaries(m_searchPath.isEmpty() ? defaultSearchPath() : m_searchPath, error);
    return !m_binDir.isEmpty();
}

bool LocalCluster::runTool(const QString &tool, const QStringList &arguments, Error *error, int timeoutMs)
{
    QProcess process;
    process.setProgram(QDir(m_binDir).filePath(tool));
    process.setArguments(arguments);
    process.setWorkingDirectory(m_directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PGDATA", "PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGOPTIONS"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    ServerUser::forCurrentProcess().applyTo(process);
    process.start();
    const bool finished = process.waitForStarted(10000) && process.waitForFinished(timeoutMs);
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (!finished)
        process.kill();
    if (error) {
        error->what = tr("Running %1").arg(tool);
        error->why = !finished ? tr("%1 did not finish in time.").arg(tool)
                               : tr("%1 failed (exit code %2).").arg(tool).arg(process.exitCode());
        error->detail = output.right(2000);
    }
    return false;
}

bool LocalCluster::prepareDirectory(Error *error)
{
    const ServerUser user = ServerUser::forCurrentProcess();
    QString blocking;
    if (!user.canReach(m_directory, &blocking)) {
        if (error)
            *error = {tr("Preparing the local PostgreSQL server"),
                tr("The server runs as the unprivileged user \"%1\", who cannot enter %2.").arg(user.name(), blocking),
                {}, tr("Choose a directory that user can reach, for example under /var/tmp.")};
        return false;
    }
    if (!QDir().mkpath(m_directory) || !QFileInfo(m_directory).isWritable()) {
        if (error)
            *error = {tr("Preparing the local PostgreSQL server"),
                tr("The directory %1 cannot be created or is not writable.").arg(m_directory), {},
                tr("Check the permissions of that directory and the free space on its disk.")};
        return false;
    }
    QDir().mkpath(socketDirectory());
    QFile::setPermissions(socketDirectory(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // The server's account must own what it writes into; the socket directory stays private to it.
    if (!user.takeOwnership(m_directory) || !user.takeOwnership(socketDirectory())) {
        if (error)
            *error = {tr("Preparing the local PostgreSQL server"),
                tr("Could not hand %1 to the user \"%2\".").arg(m_directory, user.name())};
        return false;
    }
    return true;
}

int LocalCluster::configuredPort() const
{
    QFile file(dataDirectory() + QLatin1Char('/') + QLatin1String(ConfigFileName));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression portLine(QStringLiteral("^port = (\\d+)$"), QRegularExpression::MultilineOption);
    const auto match = portLine.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

int LocalCluster::choosePort() const
{
    // Let the kernel pick a free port. Another process may take it before the server binds; start() retries.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 54321;
    return probe.serverPort();
}

bool LocalCluster::writeServerConfig(Error *error)
{
    QStringList lines {
        QStringLiteral("# Written by SayTruth Studio on every start; edit postgresql.conf for your own settings."),
        QStringLiteral("listen_addresses = '127.0.0.1'"),
        QStringLiteral("port = %1").arg(m_port),
        QStringLiteral("unix_socket_directories = %1").arg(quoteConfig(socketDirectory())),
        QStringLiteral("unix_socket_permissions = 0700"),
        QStringLiteral("shared_preload_libraries = 'pg_stat_statements'"),
        QStringLiteral("pg_stat_statements.track = all"),
        QStringLiteral("track_io_timing = on"),
        QStringLiteral("max_connections = 60"),
        QStringLiteral("log_min_messages = warning"),
        QStringLiteral("log_line_prefix = '%m [%p] '"),
    };
    if (m_throwaway)
        lines << QStringLiteral("fsync = off") << QStringLiteral("synchronous_commit = off")
              << QStringLiteral("full_page_writes = off");
    QFile file(dataDirectory() + QLatin1Char('/') + QLatin1String(ConfigFileName));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n') < 0) {
        if (error)
            *error = {tr("Configuring the local PostgreSQL server"), file.errorString()};
        return false;
    }
    file.close();
    ServerUser::forCurrentProcess().takeOwnership(file.fileName());
    return true;
}

bool LocalCluster::create(Error *error)
{
    if (!locateBinaries(error) || !prepareDirectory(error))
        return false;
    if (exists())
        return true;
    const QStringList args {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-U"), QString::fromLatin1(SuperUser),
        QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
        QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--no-sync"),
        QStringLiteral("--no-instructions")};
    if (!runTool(QStringLiteral("initdb"), args, error))
        return false;
    QFile conf(dataDirectory() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append)
        || conf.write(QByteArray("\ninclude_if_exists = '") + ConfigFileName + "'\n") < 0) {
        if (error)
            *error = {tr("Configuring the local PostgreSQL server"), conf.errorString()};
        return false;
    }
    return true;
}

QString LocalCluster::tailOfLog() const
{
    QFile log(logFile());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    if (log.size() > 4000)
        log.seek(log.size() - 4000);
    return QString::fromUtf8(log.readAll()).trimmed();
}

bool LocalCluster::isRunning() const
{
    if (m_binDir.isEmpty() || !exists())
        return false;
    QProcess process;
    ServerUser::forCurrentProcess().applyTo(process);
    process.start(QDir(m_binDir).filePath(QStringLiteral("pg_ctl")),
        {QStringLiteral("status"), QStringLiteral("-D"), dataDirectory()});
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool LocalCluster::start(Error *error)
{
    if (!locateBinaries(error))
        return false;
    if (isRunning()) {
        m_port = configuredPort();
        return true;
    }
    QFile::remove(logFile());
    Error lastError;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const int previous = configuredPort();
        m_port = attempt == 0 && previous > 0 ? previous : choosePort();
        if (!writeServerConfig(error))
            return false;
        if (runTool(QStringLiteral("pg_ctl"),
                {QStringLiteral("start"), QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"), logFile(),
                    QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-s")},
                &lastError, 90000)) {
            m_startedByUs = true;
            return true;
        }
        // A port taken between choosing and binding is worth another try; anything else is not.
        if (!tailOfLog().contains(QLatin1String("could not bind")))
            break;
    }
    if (error) {
        *error = lastError;
        error->what = tr("Starting the local PostgreSQL server");
        const QString log = tailOfLog();
        if (!log.isEmpty())
            error->detail = log;
    }
    return false;
}

bool LocalCluster::stop(Error *error, StopMode mode)
{
    if (!exists() || !isRunning())
        return true;
    const bool ok = runTool(QStringLiteral("pg_ctl"),
        {QStringLiteral("stop"), QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"),
            mode == StopMode::Fast ? QStringLiteral("fast") : QStringLiteral("immediate"), QStringLiteral("-w"),
            QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-s")},
        error, 40000);
    if (ok)
        m_startedByUs = false;
    return ok;
}

bool LocalCluster::ensureRunning(Error *error)
{
    const bool fresh = !exists();
    if (!create(error) || !start(error))
        return false;
    if (fresh && !seed(error)) {
        // A half-seeded cluster would be reused next time: remove it so the next start begins anew.
        Error ignored;
        stop(&ignored);
        QDir(dataDirectory()).removeRecursively();
        return false;
    }
    return true;
}

bool LocalCluster::reset(Error *error)
{
    if (!locateBinaries(error) || !stop(error))
        return false;
    if (QFileInfo::exists(m_directory) && !QDir(m_directory).removeRecursively()) {
        if (error)
            *error = {tr("Resetting the local PostgreSQL server"), tr("Could not delete %1.").arg(m_directory)};
        return false;
    }
    return ensureRunning(error);
}

bool LocalCluster::seed(Error *error)
{
    const QString role = QString::fromLatin1(UserName);
    const QString database = QString::fromLatin1(DatabaseName);
    // CREATE DATABASE refuses to run inside the implicit transaction of a multi-statement string.
    if (!execute(QStringLiteral("CREATE ROLE %1 LOGIN; GRANT pg_monitor TO %1;").arg(role), error,
            QStringLiteral("postgres"))
        || !execute(
            QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, role), error, QStringLiteral("postgres")))
        return false;
    QStringList scripts {QStringLiteral(":/sql/demo/schema.sql")};
    if (m_seed)
        scripts << QStringLiteral(":/sql/demo/sample-data.sql");
    for (const QString &name : scripts) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = {tr("Seeding the demo database"), tr("The built-in script %1 is missing.").arg(name)};
            return false;
        }
        const QString sql = QStringLiteral("SET saytruth.scale = %1;\nSET saytruth.user_scale = %2;\n")
                                .arg(m_scale)
                                .arg(m_userScale > 0 ? m_userScale : m_scale)
            + QString::fromUtf8(file.readAll());
        if (!execute(sql, error))
            return false;
    }
    return true;
}

// A superuser connection over the private socket; null (with the error set) when it fails.
static PgConnPtr connectAsSuperuser(const QString &socketDirectory, int port, const QString &database, Error *error)
{
    const QByteArray host = socketDirectory.toUtf8();
    const QByteArray portText = QByteArray::number(port);
    const QByteArray db = database.toUtf8();
    const char *keywords[] = {"host", "port", "dbname", "user", "application_name", nullptr};
    const char *values[]
        = {host.constData(), portText.constData(), db.constData(), SuperUser, "SayTruth Studio: setup", nullptr};
    PgConnPtr conn(PQconnectdbParams(keywords, values, 0));
    if (PQstatus(conn.get()) == CONNECTION_OK)
        return conn;
    if (error)
        *error = {LocalCluster::tr("Connecting to the local PostgreSQL server"),
            QString::fromLocal8Bit(PQerrorMessage(conn.get())).trimmed()};
    return nullptr;
}

bool LocalCluster::execute(const QString &sql, Error *error, const QString &database)
{
    PgConnPtr conn = connectAsSuperuser(socketDirectory(), m_port, database, error);
    if (!conn)
        return false;
    PQsetNoticeProcessor(
        conn.get(), [](void *, const char *) {}, nullptr);
    PgResultPtr result(PQexec(conn.get(), sql.toUtf8().constData()));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return true;
    if (error) {
        *error = {tr("Running SQL on the local PostgreSQL server"),
            QString::fromUtf8(PQresultErrorField(result.get(), PG_DIAG_MESSAGE_PRIMARY)),
            QString::fromLatin1(PQresultErrorField(result.get(), PG_DIAG_SQLSTATE)),
            QString::fromUtf8(PQresultErrorField(result.get(), PG_DIAG_MESSAGE_DETAIL))};
        if (error->why.isEmpty())
            error->why = QString::fromLocal8Bit(PQerrorMessage(conn.get())).trimmed();
    }
    return false;
}

bool LocalCluster::setPassword(const QString &role, const QString &password, Error *error)
{
    PgConnPtr conn = connectAsSuperuser(socketDirectory(), m_port, QStringLiteral("postgres"), error);
    if (!conn)
        return false;
    const QByteArray roleUtf8 = role.toUtf8();
    char *verifier
        = PQencryptPasswordConn(conn.get(), password.toUtf8().constData(), roleUtf8.constData(), "scram-sha-256");
    char *quotedRole = PQescapeIdentifier(conn.get(), roleUtf8.constData(), roleUtf8.size());
    char *quotedVerifier = verifier ? PQescapeLiteral(conn.get(), verifier, strlen(verifier)) : nullptr;
    bool ok = verifier && quotedRole && quotedVerifier;
    if (ok) {
        const QByteArray sql = QByteArray("ALTER ROLE ") + quotedRole + " PASSWORD " + quotedVerifier;
        PgResultPtr result(PQexec(conn.get(), sql.constData()));
        ok = PQresultStatus(result.get()) == PGRES_COMMAND_OK;
    }
    if (!ok && error)
        *error = {tr("Setting a password on the local PostgreSQL server"),
            QString::fromLocal8Bit(PQerrorMessage(conn.get())).trimmed()};
    PQfreemem(quotedVerifier);
    PQfreemem(quotedRole);
    PQfreemem(verifier);
    return ok;
}

ConnectionProfile LocalCluster::profile() const
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Demo");
    profile.host = socketDirectory();
    profile.port = m_port;
    profile.database = QString::fromLatin1(DatabaseName);
    profile.user = QString::fromLatin1(UserName);
    profile.sslMode = QStringLiteral("disable");
    profile.demo = true;
    return profile;
}

ConnectionProfile LocalCluster::tcpProfile() const
{
    ConnectionProfile profile = this->profile();
    profile.host = QStringLiteral("127.0.0.1");
    return profile;
}
