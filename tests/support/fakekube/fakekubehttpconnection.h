#pragma once

#include "fakekubeapi.h"

#include <QObject>
#include <functional>

class QTcpSocket;

// One HTTP/1.1 connection from kubectl: reads requests one after the other (keep-alive), has the API answer
// them (after the configured delay) and, on a port-forward upgrade, hands the socket over to the caller.
class FakeKubeHttpConnection : public QObject
{
public:
    // Called with the socket (now the callee's), bytes already read past the request, and the answer.
    using Upgrade = std::function<void(QTcpSocket *, const QByteArray &, const FakeKubeApi::Response &)>;

    FakeKubeHttpConnection(QTcpSocket *socket, FakeKubeApi *api, Upgrade upgrade, QObject *parent);

private:
    void readRequests();
    bool takeRequest(FakeKubeApi::Request *request);
    void respond(const FakeKubeApi::Response &response);

    QTcpSocket *m_socket;
    FakeKubeApi *m_api;
    Upgrade m_upgrade;
    QByteArray m_buffer;
    bool m_answering = false; // a delayed answer is pending: later requests wait
};
