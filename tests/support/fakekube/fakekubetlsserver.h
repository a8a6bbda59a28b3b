#pragma once

#include <QTcpServer>

// A QTcpServer whose connections speak TLS, with a built-in self-signed certificate for 127.0.0.1 (kubeconfigs
// skip its verification). kubectl sends credentials and runs exec credential plugins only over TLS.
class FakeKubeTlsServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    static bool isSupported(); // Qt has a TLS backend

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};
