#include "postgresprobe.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QtEndian>

#include <utility>

PostgresProbe::PostgresProbe(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(m_gotAnswer,
            QCoreApplication::translate("PostgresProbe", "PostgreSQL did not answer through the forward in time."));
    });
}

PostgresProbe::~PostgresProbe()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

void PostgresProbe::start(int port, int timeoutMs)
{
    if (m_socket)
        return;
    m_gotAnswer = false;
    m_socket = new QSslSocket(this);
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(m_socket, &QSslSocket::connected, this, [this] {
        // SSLRequest: length 8, code 80877103.
        char request[8];
        qToBigEndian<quint32>(8, request);
        qToBigEndian<quint32>(80877103, request + 4);
        m_socket->write(request, sizeof request);
    });
    connect(m_socket, &QSslSocket::readyRead, this, [this] {
        if (m_gotAnswer || m_socket->isEncrypted())
            return;
        char answer = 0;
        if (m_socket->read(&answer, 1) != 1)
            return;
        if (answer == 'N') {
            finish(true);
        } else if (answer == 'S') {
            m_gotAnswer = true; // the server answered; the handshake only ends the conversation politely
            QSslSocket *socket = m_socket;
            connect(socket, &QSslSocket::sslErrors, socket, [socket] { socket->ignoreSslErrors(); });
            connect(m_socket, &QSslSocket::encrypted, this, [this] { finish(true); });
            if (QSslSocket::supportsSsl())
                m_socket->startClientEncryption();
            else
                finish(true);
        } else {
            finish(false,
                QCoreApplication::translate(
                    "PostgresProbe", "Something answered through the forward, but not PostgreSQL."));
        }
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] {
        finish(m_gotAnswer,
            QCoreApplication::translate("PostgresProbe", "PostgreSQL did not answer through the forward: %1")
                .arg(m_socket->errorString()));
    });
    m_timeout.start(timeoutMs);
    m_socket->connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
}

void PostgresProbe::abort()
{
    if (!m_socket)
        return;
    m_timeout.stop();
    QSslSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void PostgresProbe::finish(bool ok, const QString &why)
{
    if (!m_socket)
        return;
    m_timeout.stop();
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->disconnectFromHost();
    socket->deleteLater();
    if (ok)
        Q_EMIT answered();
    else
        Q_EMIT failed(why);
}
