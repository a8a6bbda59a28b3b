#pragma once

#include "cluster/localcluster.h"

#include <QProcess>
#include <QTemporaryDir>

// Debian's PgBouncer in front of a test cluster, as operators run it (CloudNativePG's Pooler, Crunchy's
// pgbouncer-host): transaction pooling, a small pool so that clients really share server connections, and no
// ignore_startup_parameters, so a client that sends a startup parameter PgBouncer does not know (`options`)
// is refused as it would be in production. Runs in the foreground as the cluster's server user, on a free port
// of 127.0.0.1, and reaches the cluster through its private socket; stopped when the object goes.
class TestPgBouncer
{
public:
    explicit TestPgBouncer(LocalCluster &cluster);
    ~TestPgBouncer();

    // The Debian package's binary (or $SAYTRUTH_PGBOUNCER); empty when it is not installed.
    static QString program();
    // Starts it and waits until it accepts connections; false (with errorString()) when that fails.
    bool start(int poolSize = 1);
    // The cluster's profile, through PgBouncer (TCP, no password: PgBouncer trusts its user list).
    ConnectionProfile profile() const;
    int port() const { return m_port; }
    QString errorString() const { return m_error; }
    // PgBouncer's own log: what it refused and why.
    QString log() const;

private:
    bool writeConfig(int poolSize);

    LocalCluster &m_cluster;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};
