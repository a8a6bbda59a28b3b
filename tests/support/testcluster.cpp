#include "testcluster.h"

#include <QFile>
#include <QtTest>

TestCluster::TestCluster()
    : m_dir(QDir::tempPath() + QStringLiteral("/saytruth-test-XXXXXX"))
{
    // When the tests run as root the server runs as an unprivileged user, who must be able to enter the
    // temporary directory (QTemporaryDir makes it 0700).
    QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther);
    m_cluster = std::make_unique<LocalCluster>(m_dir.path() + QStringLiteral("/cluster"));
    m_cluster->setThrowaway(true);
}

TestCluster::~TestCluster()
{
    Error error;
    if (!m_cluster->stop(&error))
        qWarning("Could not stop the test cluster: %s", qPrintable(error.toString()));
}

bool TestCluster::start()
{
    Error error;
    if (m_cluster->ensureRunning(&error))
        return true;
    m_error = error.toString();
    qWarning("Could not start the test cluster: %s", qPrintable(m_error));
    return false;
}
