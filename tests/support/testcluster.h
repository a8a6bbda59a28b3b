#pragma once

#include "cluster/localcluster.h"

#include <QTemporaryDir>
#include <memory>

// The test fixture: a private PostgreSQL cluster for one test binary, in a temporary directory, seeded with
// the SayTruth schema and scale-1 sample data, stopped and deleted when the object goes. Every test binary
// starts its own, on its own free port, so CTest may run them in parallel.
class TestCluster
{
public:
    TestCluster();
    ~TestCluster();

    // Creates and starts the cluster; false (with a QWARN of the error) when that fails.
    bool start();
    LocalCluster &cluster() { return *m_cluster; }
    ConnectionProfile profile() const { return m_cluster->profile(); }
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCluster> m_cluster;
    QString m_error;
};
