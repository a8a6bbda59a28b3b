#include "fakekubehttpconnection.h"

#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        return "Error";
    }
}

} // namespace

FakeKubeHttpConnection::FakeKubeHttpConnection(QTcpSocket *socket, FakeKubeApi *api, Upgrade upgrade, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_api(api)
    , m_upgrade(std::move(upgrade))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &FakeKubeHttpConnection::readRequests);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    readRequests();
}

void FakeKubeHttpConnection::readRequests()
{
    m_buffer.append(m_socket->readAll());
    FakeKubeApi::Request request;
    while (!m_answering && takeRequest(&request)) {
        const FakeKubeApi::Response response = m_api->answer(request);
        const int delay = m_api->delay();
        if (delay <= 0) {
            respond(response);
            continue;
        }
        m_answering = true;
        QTimer::singleShot(delay, this, [this, response] {
            m_answering = false;
            respond(response);
            if (!response.upgrade)
                readRequests();
        });
    }
}

bool FakeKubeHttpConnection::takeRequest(FakeKubeApi::Request *request)
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    QMap<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = headers.value("content-length", "0").toLongLong();
    if (m_buffer.size() < end + 4 + length)
        return false;
    request->method = requestLine.value(0);
    request->target = requestLine.value(1);
    request->headers = headers;
    request->body = m_buffer.mid(end + 4, length);
    m_buffer.remove(0, end + 4 + length);
    return true;
}

void FakeKubeHttpConnection::respond(const FakeKubeApi::Response &response)
{
    if (response.upgrade) {
        m_socket->write("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\n"
                        "X-Stream-Protocol-Version: portforward.k8s.io\r\n\r\n");
        m_socket->disconnect(this);
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        const QByteArray rest = m_buffer;
        m_buffer.clear();
        m_upgrade(socket, rest, response);
        deleteLater();
        return;
    }
    if (response.watch) {
        // Kept open and silent until kubectl gives up (its --pod-running-timeout, for example).
        m_answering = true;
        m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Cache-Control: no-cache, private\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    m_socket->write(head + response.body);
}
