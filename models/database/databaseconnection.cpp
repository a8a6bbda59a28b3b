#include "databaseconnection.h"

DatabaseConnection::DatabaseConnection(const ConnectionProfile &profile, const QString &password, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_password(password)
    , m_session(std::make_unique<Session>(profile, password, QStringLiteral("browser")))
    , m_catalog(new SchemaCatalog(this))
{
    connect(m_session.get(), &Session::stateChanged, this, &DatabaseConnection::stateChanged);
    connect(m_session.get(), &Session::openFailed, this, &DatabaseConnection::openFailed);
    connect(m_session.get(), &Session::connectionLost, this, &DatabaseConnection::connectionLost);
    connect(m_session.get(), &Session::opened, this, [this](const ServerInfo &info) {
        refreshCatalog();
        Q_EMIT opened(info);
    });
}

DatabaseConnection::~DatabaseConnection() = default;

void DatabaseConnection::open()
{
    m_session->open();
}

void DatabaseConnection::refreshCatalog()
{
    m_catalog->refresh(m_session.get());
}

std::unique_ptr<Session> DatabaseConnection::createSession(const QString &purpose) const
{
    return std::make_unique<Session>(m_profile, m_password, purpose);
}
