#pragma once

#include "common/error.h"
#include "connection/connectionprofile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A private, throwaway PostgreSQL cluster: initdb + pg_ctl from the installed server binaries, in a directory
// of ours, listening on 127.0.0.1 at a free port and on a private socket directory, run as an unprivileged
// user when we are root. Seeded with the SayTruth schema and deterministic sample data. Used by demo mode and
// by the test fixture. All methods block (they run child processes): call them off the GUI thread.
class LocalCluster
{
    Q_DECLARE_TR_FUNCTIONS(LocalCluster)
public:
    static constexpr auto DatabaseName = "saytruth_db";
    static constexpr auto UserName = "saytruth_user";

    explicit LocalCluster(const QString &directory);
    ~LocalCluster();

    LocalCluster(const LocalCluster &) = delete;
    LocalCluster &operator=(const LocalCluster &) = delete;

    // Sample data size: 1 = 1,000 users, 20,000 messages, 3,000 links, 10,000 follows; scales linearly.
    void setSampleScale(int scale) { m_scale = qMax(1, scale); }
    // Users per 1,000 at scale 1 when not the scale itself (benchmarks: more distinct user_ids per message).
    void setSampleUserScale(int scale) { m_userScale = qMax(0, scale); }
    // Where to look for initdb/pg_ctl; default: $SAYTRUTH_PG_BINDIR, /usr/lib/postgresql/<newest>/bin, PATH.
    void setBinarySearchPath(const QStringList &directories) { m_searchPath = directories; }
    // Seed the SayTruth schema and sample data when the cluster is created (default true).
    void setSeedOnCreate(bool seed) { m_seed = seed; }
    // For tests: trade durability for speed (fsync off). Never for data anyone keeps.
    void setThrowaway(bool throwaway) { m_throwaway = throwaway; }

    QString directory() const { return m_directory; }
    QString dataDirectory() const;
    QString socketDirectory() const;
    QString logFile() const;
    int port() const { return m_port; }
    QString binDirectory() const { return m_binDir; }
    // The OS user the server runs as (ourselves, or an unprivileged user when we are root).
    QString serverUser() const;

    bool exists() const; // initdb has run in the directory
    bool isRunning() const;

    // Creates the cluster if needed, starts it if stopped, and seeds it on creation: the demo path.
    bool ensureRunning(Error *error);
    bool create(Error *error);
    bool start(Error *error);
    enum class StopMode { Fast, Immediate };
    // Fast ends sessions cleanly; Immediate is what a crash or a kill looks like to clients.
    bool stop(Error *error, StopMode mode = StopMode::Fast);
    // Stops and deletes the cluster directory, then creates it anew.
    bool reset(Error *error);
    // True when this object started the server (and so should stop it).
    bool startedByUs() const { return m_startedByUs; }

    // How to connect: host = the private socket directory, the cluster's port, saytruth_db as saytruth_user.
    ConnectionProfile profile() const;
    // The same over TCP on 127.0.0.1 (password authentication).
    ConnectionProfile tcpProfile() const;

    // Runs SQL (several statements allowed) as the superuser in the given database.
    bool execute(const QString &sql, Error *error, const QString &database = QString::fromLatin1(DatabaseName));
    // Sets a role's password; the SCRAM verifier is computed here, so the password never reaches a server log.
    bool setPassword(const QString &role, const QString &password, Error *error);

    // Finds initdb and pg_ctl; the error names the Debian package to install.
    static QString findServerBinaries(const QStringList &searchPath, Error *error);
    // Where demo mode keeps its cluster: the app's data directory, or, when we are root and the server's
    // unprivileged user cannot reach that, a directory under /var/tmp.
    static QString defaultDemoDirectory();

private:
    bool runTool(const QString &tool, const QStringList &arguments, Error *error, int timeoutMs = 120000);
    bool writeServerConfig(Error *error);
    bool seed(Error *error);
    bool prepareDirectory(Error *error);
    int choosePort() const;
    bool locateBinaries(Error *error);
    int configuredPort() const;
    QString tailOfLog() const;

    QString m_directory;
    QString m_binDir;
    QStringList m_searchPath;
    int m_scale = 1;
    int m_userScale = 0; // 0: the scale
    int m_port = 0;
    bool m_seed = true;
    bool m_startedByUs = false;
    bool m_throwaway = false;
};
