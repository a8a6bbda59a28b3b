#include "databaseconnection.h"

#include "kube/kubeconnector.h"
#include "kube/kubectl.h"
#include "kube/kubeforward.h"
#include "kube/kubesecretread.h"

DatabaseConnection::DatabaseConnection(const ConnectionProfile &profile, const QString &password, QObject *parent)
    : QObject(parent)
    , m_requested(profile)
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
    connect(m_session.get(), &Session::openFailed, this, [this](const Error &error) {
        // A password read from a Secret and refused: the Secret may have been rotated since. Read it again
        // once; try again only when it says something new.
        if (error.sqlState != QLatin1String("28P01") || !readsSecret() || m_credentialsRetried)
            return Q_EMIT openFailed(error);
        m_credentialsRetried = true;
        refreshCredentials([this, error](bool changed) {
            if (changed)
                m_session->open();
            else
                Q_EMIT openFailed(error);
        });
    });
    connect(m_session.get(), &Session::connectionLost, this, &DatabaseConnection::connectionLost);
    connect(m_session.get(), &Session::opened, this, [this](const ServerInfo &info) {
        m_credentialsRetried = false;
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
    m_credentialsRetried = false;
    m_session->open();
}

bool DatabaseConnection::readsSecret() const
{
    return m_forward && m_profile.kube.credentials == KubeTarget::Credentials::Secret;
}

void DatabaseConnection::refreshCredentials(std::function<void(bool changed)> next)
{
    if (!readsSecret())
        return next(false);
    if (!m_secretKubectl)
        m_secretKubectl = new Kubectl(m_profile.kube, this);
    KubeSecretRead::credentials(m_secretKubectl, m_profile, this,
        [this, next = std::move(next)](const KubeCredentials &credentials, const Error &error) {
            if (error || (credentials.user == m_profile.user && credentials.password == m_password))
                return next(false);
            // Every session of this connection, open or not, uses them from its next open on.
            m_profile.user = credentials.user;
            m_password = credentials.password;
            m_session->setCredentials(m_profile.user, m_password);
            m_sessions.removeIf([](const QPointer<Session> &session) { return session.isNull(); });
            for (const QPointer<Session> &session : std::as_const(m_sessions))
                session->setCredentials(m_profile.user, m_password);
            next(true);
        });
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
            // A pod replaced is when a rotated Secret takes effect: it is read again first.
            connect(m_forward.get(), &KubeForward::up, this, [this] {
                if (m_session->state() != Session::State::Lost)
                    return;
                refreshCredentials([this](bool) {
                    if (m_session->state() == Session::State::Lost)
                        m_session->open();
                });
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
    auto session = std::make_unique<Session>(m_profile, m_password, purpose);
    m_sessions.removeIf([](const QPointer<Session> &known) { return known.isNull(); });
    m_sessions.append(session.get());
    return session;
}
