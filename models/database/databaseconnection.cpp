#include "databaseconnection.h"

#include "kube/kubeconnector.h"
#include "kube/kubeforward.h"

DatabaseConnection::DatabaseConnection(const ConnectionProfile &profile, const QString &password, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_password(password)
    , m_session(std::make_unique<Session>(profile, password, QStringLiteral("browser")))
    , m_catalog(new SchemaCatalog(this))
{
    wireSession();
}

DatabaseConnection::~DatabaseConnection()
{
    // Sessions close before the forward they go through.
    m_session.reset();
}

void DatabaseConnection::wireSession()
{
    connect(m_session.get(), &Session::stateChanged, this, &DatabaseConnection::stateChanged);
    connect(m_session.get(), &Session::openFailed, this, &DatabaseConnection::openFailed);
    connect(m_session.get(), &Session::connectionLost, this, &DatabaseConnection::connectionLost);
    connect(m_session.get(), &Session::opened, this, [this](const ServerInfo &info) {
        refreshCatalog();
        Q_EMIT opened(info);
    });
}

void DatabaseConnection::open()
{
    if (m_profile.kube.isSet() && !m_forward) {
        openThroughKubernetes();
        return;
    }
    m_session->open();
}

void DatabaseConnection::openThroughKubernetes()
{
    if (m_connector)
        return; // already on its way
    Q_EMIT stateChanged(Session::State::Connecting);
    m_connector = new KubeConnector(m_profile, m_password, this);
    connect(m_connector, &KubeConnector::progress, this, &DatabaseConnection::progress);
    connect(m_connector, &KubeConnector::failed, this, [this](const Error &error) {
        m_connector->deleteLater();
        m_connector = nullptr;
        Q_EMIT stateChanged(Session::State::Disconnected);
        Q_EMIT openFailed(error);
    });
    connect(
        m_connector, &KubeConnector::ready, this, [this](const ConnectionProfile &effective, const QString &password) {
            m_forward = m_connector->forward();
            m_connector->deleteLater();
            m_connector = nullptr;
            m_profile = effective;
            m_password = password;
            // The main session was made before the forward's port and the Secret's credentials were known;
            // nothing has used it yet (it never opened), so it is replaced by one that knows them.
            m_session = std::make_unique<Session>(m_profile, m_password, QStringLiteral("browser"));
            wireSession();
            connect(m_forward.get(), &KubeForward::stateChanged, this, &DatabaseConnection::forwardStateChanged);
            // Back after a restart (same local port): the main session reconnects; the others follow opened().
            connect(m_forward.get(), &KubeForward::up, this, [this] {
                if (m_session->state() == Session::State::Lost)
                    m_session->open();
            });
            Q_EMIT forwardStateChanged();
            m_session->open();
        });
    m_connector->start();
}

void DatabaseConnection::refreshCatalog()
{
    m_catalog->refresh(m_session.get());
}

std::unique_ptr<Session> DatabaseConnection::createSession(const QString &purpose) const
{
    return std::make_unique<Session>(m_profile, m_password, purpose);
}
