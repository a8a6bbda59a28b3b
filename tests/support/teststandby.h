#pragma once

#include "cluster/localcluster.h"

#include <QTemporaryDir>
#include <memory>

// A streaming hot standby of a test cluster, made as operators make one: pg_basebackup -R (which writes
// standby.signal and primary_conninfo) from the primary's private socket, then started on its own port and
// socket directory. The primary's defaults (wal_level = replica, max_wal_senders, the local replication line
// of pg_hba.conf) are enough. Stopped and deleted when the object goes.
class TestStandby
{
public:
    explicit TestStandby(LocalCluster &primary);
    ~TestStandby();

    // Copies the primary, starts the standby and waits until it has replayed a commit made after it started
    // (so its replay lag is a number); false (with errorString()) when that fails.
    bool start();
    // Waits until the standby has replayed everything the primary has written so far.
    bool waitForReplay(int timeoutMs = 30000);
    LocalCluster &cluster() { return *m_standby; }
    ConnectionProfile profile() const;
    QString errorString() const { return m_error; }

private:
    LocalCluster &m_primary;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCluster> m_standby;
    QString m_error;
};
