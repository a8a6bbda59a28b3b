#include "demodatabase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent>
#include <utility>

DemoDatabase::DemoDatabase(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    qRegisterMetaType<ConnectionProfile>();
}

DemoDatabase::~DemoDatabase()
{
    m_future.waitForFinished();
    stop();
}

void DemoDatabase::start()
{
    if (m_starting)
        return;
    m_starting = true;
    // Started again (asked from another window): the same cluster, so that the server we started is still
    // ours to stop, and a reset happens on the first start only, never under a connected window.
    if (!m_cluster)
        m_cluster = std::make_shared<LocalCluster>(m_directory);
    m_cluster->setSampleScale(m_scale);
    const bool reset = std::exchange(m_reset, false);
    const bool fresh = reset || !m_cluster->exists();
    Q_EMIT progress(fresh ? tr("Creating the demo database in %1 (first start takes a few seconds)…").arg(m_directory)
                          : tr("Starting the demo database…"));
    std::shared_ptr<LocalCluster> cluster = m_cluster;
    QPointer<DemoDatabase> self(this);
    m_future = QtConcurrent::run([cluster, reset, self] {
        Error error;
        const bool ok = reset ? cluster->reset(&error) : cluster->ensureRunning(&error);
        const ConnectionProfile profile = cluster->profile();
        QMetaObject::invokeMethod(qApp, [self, ok, error, profile] {
            if (!self)
                return;
            self->m_starting = false;
            if (ok)
                Q_EMIT self->ready(profile);
            else
                Q_EMIT self->failed(error);
        });
    });
}

bool DemoDatabase::stop(Error *error)
{
    m_future.waitForFinished();
    if (!m_cluster || !m_cluster->startedByUs())
        return true;
    return m_cluster->stop(error);
}
