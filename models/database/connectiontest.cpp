#include "connectiontest.h"

#include "connection/session.h"
#include "kube/kubeconnector.h"
#include "kube/kubeforward.h"

ConnectionTest::ConnectionTest(const ConnectionProfile &profile, const QString &password, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_password(password)
{ }

ConnectionTest::~ConnectionTest()
{
    release();
}

void ConnectionTest::start()
{
    if (!m_profile.kube.isSet())
        return openSession(m_profile, m_password);
    m_connector = new KubeConnector(m_profile, m_password, this);
    connect(m_connector, &KubeConnector::progress, this, &ConnectionTest::progress);
    connect(m_connector, &KubeConnector::failed, this, [this](const Error &error) { finish(false, error.toString()); });
    connect(
        m_connector, &KubeConnector::ready, this, [this](const ConnectionProfile &effective, const QString &password) {
            m_forward = m_connector->forward();
            Q_EMIT progress(tr("Connecting through the forward to %1…").arg(m_profile.kube.resourceName()));
            openSession(effective, password); // the Secret's password stays in memory, in the session
        });
    m_connector->start();
}

void ConnectionTest::openSession(const ConnectionProfile &profile, const QString &password)
{
    m_session = new Session(profile, password, QStringLiteral("connection test"), this);
    connect(m_session, &Session::opened, this, [this](const ServerInfo &info) {
        finish(true, tr("Connected: PostgreSQL %1 as %2@%3").arg(info.version, info.user, info.database));
    });
    connect(m_session, &Session::openFailed, this, [this](const Error &error) { finish(false, error.toString()); });
    m_session->open();
}

void ConnectionTest::finish(bool ok, const QString &message)
{
    release();
    Q_EMIT finished(ok, message);
}

void ConnectionTest::release()
{
    if (m_connector) {
        m_connector->disconnect(this);
        m_connector->deleteLater(); // not from inside its own signal; its kubectl ends with it
        m_connector = nullptr;
    }
    // The forward stays as long as the session that goes through it.
    const std::shared_ptr<KubeForward> forward = std::exchange(m_forward, {});
    Session *session = m_session;
    if (!session)
        return;
    m_session = nullptr;
    session->disconnect(this);
    if (forward)
        connect(session, &QObject::destroyed, session, [forward] {});
    if (session->state() != Session::State::Connecting) {
        session->deleteLater(); // not from inside its own signal
        return;
    }
    // Nobody waits for a connection attempt: the session goes when the attempt is over.
    session->setParent(nullptr);
    connect(session, &Session::opened, session, &QObject::deleteLater);
    connect(session, &Session::openFailed, session, &QObject::deleteLater);
}
