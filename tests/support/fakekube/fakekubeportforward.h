#pragma once

#include "spdyframer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

// One kubectl port-forward connection after its 101, served as the kubelet does: kubectl opens an error
// stream and a data stream per local connection (paired by requestID); the data stream is carried over a new
// TCP connection to the pod's target, the error stream says why when that fails. Deletes itself when
// kubectl's connection closes. With a latency, every byte waits that long in each direction (a remote cluster).
class FakeKubePortForward : public QObject
{
public:
    FakeKubePortForward(QTcpSocket *socket, const QByteArray &leftover, const QString &ns, const QString &pod,
        const QString &podUid, const QString &forwardTo, int latencyMs, QObject *parent);
    ~FakeKubePortForward() override;

    QString ns() const { return m_ns; }
    QString pod() const { return m_pod; }
    int openDataStreams() const;
    // As a real cluster loses a pod or a connection: RST_STREAM on every open stream, then the connection
    // closes.
    void cut();
    // As the kubelet reports a connection the pod's side reset (kubernetes#111825): each forwarded connection
    // ends with the error on its error stream; kubectl's SPDY connection stays.
    void resetPodConnections();

private:
    // Bytes held back by the latency until their time.
    struct Delayed
    {
        qint64 due = 0;
        QByteArray bytes;
        bool fin = false;
    };
    // One forwarded local connection: its two streams and the TCP connection to the target.
    struct Pair
    {
        quint32 errorStream = 0;
        quint32 dataStream = 0;
        int port = 0;
        QPointer<QTcpSocket> target;
        bool connected = false;
        QByteArray pending; // from kubectl, before the target connected
        bool clientFinished = false; // kubectl sent FIN on the data stream
        bool done = false; // both streams closed on our side, or reset
        QList<Delayed> toTarget; // from kubectl, waiting for the latency
    };

    void readFrames();
    void handle(const SpdyFrame &frame);
    void openStream(const SpdyFrame &frame);
    void connectTarget(const QByteArray &requestId);
    void fromTarget(const QByteArray &requestId, bool all = false);
    void targetClosed(const QByteArray &requestId, const QString &error);
    void closePair(Pair &pair);
    void toTarget(Pair &pair, const QByteArray &bytes, bool fin);
    void deliver(Pair &pair, const QByteArray &bytes, bool fin);
    void write(const QByteArray &bytes); // to kubectl, after the latency
    void flushDue();
    void scheduleFlush();
    QByteArray requestOf(quint32 streamId) const;

    QTcpSocket *m_socket;
    SpdyFramer m_framer;
    QByteArray m_buffer;
    QString m_ns, m_pod, m_podUid, m_forwardTo;
    QHash<QByteArray, Pair> m_pairs; // by requestID
    QHash<quint32, QByteArray> m_streamRequest; // stream id -> requestID
    quint32 m_lastStream = 0;
    int m_latency = 0;
    QElapsedTimer m_clock;
    QTimer m_flushTimer;
    QList<Delayed> m_toKubectl;
    qint64 m_toKubectlBytes = 0;
};
