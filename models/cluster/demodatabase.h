#pragma once

#include "cluster/localcluster.h"
#include "common/error.h"

#include <QFuture>
#include <QObject>
#include <memory>

// Demo mode's database: a LocalCluster in the app's data directory, created and seeded on first use,
// started off the GUI thread, and stopped again when the app closes (if we started it).
class DemoDatabase : public QObject
{
    Q_OBJECT
public:
    explicit DemoDatabase(const QString &directory = LocalCluster::defaultDemoDirectory(), QObject *parent = nullptr);
    ~DemoDatabase() override;

    void setSampleScale(int scale) { m_scale = scale; }
    // Delete and recreate the cluster on start (--demo-reset).
    void setReset(bool reset) { m_reset = reset; }
    QString directory() const { return m_directory; }

    // Starts (creating and seeding when needed) on a worker thread; ends in ready() or failed().
    void start();
    bool isStarting() const { return m_starting; }
    // Stops the server if this object started it. Blocks (a fast shutdown takes well under a second).
    bool stop(Error *error = nullptr);

Q_SIGNALS:
    void progress(const QString &message);
    void ready(const ConnectionProfile &profile);
    void failed(const Error &error);

private:
    QString m_directory;
    int m_scale = 1;
    bool m_reset = false;
    bool m_starting = false;
    std::shared_ptr<LocalCluster> m_cluster;
    QFuture<void> m_future;
};
