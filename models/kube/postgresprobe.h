#pragma once

#include <QObject>
#include <QTimer>

class QSslSocket;

// Asks whether PostgreSQL answers on 127.0.0.1:<port> — through a port-forward, the whole way to the pod —
// without logging in and without leaving a line in the server's log: an SSLRequest, which a server answers
// with one byte, 'S' or 'N'. After 'S' the TLS handshake is completed and closed cleanly (a server logs a
// broken handshake, but not a connection that closes before its startup packet).
class PostgresProbe : public QObject
{
    Q_OBJECT
public:
    explicit PostgresProbe(QObject *parent = nullptr);
    ~PostgresProbe() override;

    void start(int port, int timeoutMs);
    bool isRunning() const { return m_socket != nullptr; }
    void abort(); // no signal follows

Q_SIGNALS:
    void answered();
    void failed(const QString &why);

private:
    void finish(bool ok, const QString &why = {});

    QSslSocket *m_socket = nullptr;
    QTimer m_timeout;
    bool m_gotAnswer = false;
};
