#include "fakekubeportforward.h"

#include <QTcpSocket>

namespace {

// kubelet copies in 32 KiB pieces too; a DATA frame could be up to 16 MiB.
constexpr qint64 chunkSize = 32 * 1024;
// Backpressure: the target is read only while kubectl takes what was sent (SPDY as kubectl speaks it has no
// flow-control windows), so a client that stops reading stops PostgreSQL's sending, as through a real cluster.
constexpr qint64 maxQueued = 1024 * 1024;
constexpr qint64 targetReadBuffer = 256 * 1024;

} // namespace

FakeKubePortForward::FakeKubePortForward(QTcpSocket *socket, const QByteArray &leftover, const QString &ns,
    const QString &pod, const QString &podUid, const QString &forwardTo, int latencyMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_buffer(leftover)
    , m_ns(ns)
    , m_pod(pod)
    , m_podUid(podUid)
    , m_forwardTo(forwardTo)
    , m_latency(latencyMs)
{
    m_clock.start();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_flushTimer, &QTimer::timeout, this, &FakeKubePortForward::flushDue);
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &FakeKubePortForward::readFrames);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        for (const QByteArray &requestId : m_pairs.keys())
            fromTarget(requestId);
    });
    readFrames();
}

FakeKubePortForward::~FakeKubePortForward()
{
    for (Pair &pair : m_pairs) {
        if (pair.target) {
            pair.target->disconnect(this);
            pair.target->abort();
        }
    }
}

int FakeKubePortForward::openDataStreams() const
{
    int open = 0;
    for (const Pair &pair : m_pairs)
        open += pair.dataStream != 0 && !pair.done;
    return open;
}

void FakeKubePortForward::cut()
{
    m_toKubectl.clear(); // what was still on its way is lost with the connection
    for (Pair &pair : m_pairs) {
        if (pair.done)
            continue;
        for (quint32 stream : {pair.errorStream, pair.dataStream}) {
            if (stream && m_socket->state() == QAbstractSocket::ConnectedState)
                m_socket->write(SpdyFramer::rstStream(stream, SpdyFrame::Cancel));
        }
        pair.done = true;
        if (pair.target)
            pair.target->abort();
    }
    m_socket->disconnectFromHost();
}

void FakeKubePortForward::resetPodConnections()
{
    for (auto it = m_pairs.begin(); it != m_pairs.end(); ++it) {
        Pair &pair = it.value();
        if (pair.done || !pair.target)
            continue;
        pair.target->disconnect(this);
        pair.target->abort();
        const QString message = QStringLiteral("error forwarding port %1 to pod %2, uid : failed to execute "
                                               "portforward in network namespace \"/var/run/netns/cni-%2\": read "
                                               "tcp4 127.0.0.1:40000->127.0.0.1:%1: read: connection reset by peer")
                                    .arg(QString::number(pair.port), m_podUid);
        write(SpdyFramer::dataFrame(pair.errorStream, message.toUtf8(), false));
        closePair(pair);
    }
}

void FakeKubePortForward::readFrames()
{
    m_buffer.append(m_socket->readAll());
    while (auto frame = m_framer.read(m_buffer))
        handle(*frame);
    if (m_framer.hasError()) {
        qWarning("fake kube API server: %s; closing the port-forward", qPrintable(m_framer.errorString()));
        m_socket->write(SpdyFramer::goAway(m_lastStream));
        m_socket->disconnectFromHost();
    }
}

void FakeKubePortForward::handle(const SpdyFrame &frame)
{
    switch (frame.type) {
    case SpdyFrame::SynStream:
        openStream(frame);
        return;
    case SpdyFrame::Ping:
        write(SpdyFramer::ping(frame.value));
        return;
    case SpdyFrame::GoAway:
        m_socket->disconnectFromHost();
        return;
    case SpdyFrame::RstStream:
        if (m_pairs.contains(requestOf(frame.streamId))) {
            Pair &pair = m_pairs[requestOf(frame.streamId)];
            pair.done = true;
            if (pair.target)
                pair.target->abort();
        }
        return;
    case SpdyFrame::Data:
        break;
    default: // SETTINGS, WINDOW_UPDATE, HEADERS: kubectl's spdystream keeps no flow-control windows
        return;
    }
    const QByteArray requestId = requestOf(frame.streamId);
    if (!m_pairs.contains(requestId))
        return;
    Pair &pair = m_pairs[requestId];
    if (frame.streamId != pair.dataStream || pair.done || pair.clientFinished)
        return; // the error stream carries nothing from kubectl but its FIN
    toTarget(pair, frame.data, frame.fin());
}

void FakeKubePortForward::toTarget(Pair &pair, const QByteArray &bytes, bool fin)
{
    if (m_latency <= 0) {
        deliver(pair, bytes, fin);
        return;
    }
    pair.toTarget.append({m_clock.elapsed() + m_latency, bytes, fin});
    scheduleFlush();
}

void FakeKubePortForward::deliver(Pair &pair, const QByteArray &bytes, bool fin)
{
    if (pair.done)
        return;
    if (pair.connected)
        pair.target->write(bytes);
    else
        pair.pending.append(bytes);
    if (fin) {
        pair.clientFinished = true;
        if (pair.connected)
            pair.target->disconnectFromHost();
    }
}

void FakeKubePortForward::openStream(const SpdyFrame &frame)
{
    m_lastStream = frame.streamId;
    // kubectl waits for the reply to every stream it opens.
    write(m_framer.synReply(frame.streamId));
    const QByteArray type = frame.headers.value("streamtype");
    const QByteArray requestId = frame.headers.value("requestid", frame.headers.value("port"));
    m_streamRequest.insert(frame.streamId, requestId);
    Pair &pair = m_pairs[requestId];
    pair.port = frame.headers.value("port").toInt();
    if (type == "error")
        pair.errorStream = frame.streamId;
    else if (type == "data")
        pair.dataStream = frame.streamId;
    else
        write(SpdyFramer::rstStream(frame.streamId, SpdyFrame::ProtocolError));
    if (pair.errorStream && pair.dataStream && !pair.target)
        connectTarget(requestId);
}

void FakeKubePortForward::connectTarget(const QByteArray &requestId)
{
    Pair &pair = m_pairs[requestId];
    auto *target = new QTcpSocket(this);
    target->setReadBufferSize(targetReadBuffer);
    pair.target = target;
    connect(target, &QTcpSocket::connected, this, [this, requestId] {
        Pair &p = m_pairs[requestId];
        p.connected = true;
        p.target->write(p.pending);
        p.pending.clear();
        if (p.clientFinished)
            p.target->disconnectFromHost();
    });
    connect(target, &QTcpSocket::readyRead, this, [this, requestId] { fromTarget(requestId); });
    connect(target, &QTcpSocket::disconnected, this, [this, requestId] { targetClosed(requestId, {}); });
    connect(target, &QTcpSocket::errorOccurred, this, [this, requestId, target](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError && target->state() != QAbstractSocket::ConnectedState)
            targetClosed(requestId, target->errorString());
    });
    const qsizetype colon = m_forwardTo.lastIndexOf(QLatin1Char(':'));
    target->connectToHost(m_forwardTo.left(colon), quint16(m_forwardTo.mid(colon + 1).toUInt()));
}

void FakeKubePortForward::fromTarget(const QByteArray &requestId, bool all)
{
    Pair &pair = m_pairs[requestId];
    if (pair.done || !pair.target)
        return;
    while (pair.target->bytesAvailable() > 0 && (all || m_socket->bytesToWrite() + m_toKubectlBytes < maxQueued))
        write(SpdyFramer::dataFrame(pair.dataStream, pair.target->read(chunkSize), false));
}

void FakeKubePortForward::targetClosed(const QByteArray &requestId, const QString &error)
{
    Pair &pair = m_pairs[requestId];
    if (pair.done)
        return;
    fromTarget(requestId, true); // what the target sent before it closed, then the FIN
    if (!error.isEmpty()) {
        // The kubelet's words, which kubectl prints after "an error occurred forwarding".
        const QString message = QStringLiteral("error forwarding port %1 to pod %2, uid : failed to connect to "
                                               "localhost:%1 inside namespace \"%2\": %3")
                                    .arg(QString::number(pair.port), m_podUid, error);
        write(SpdyFramer::dataFrame(pair.errorStream, message.toUtf8(), false));
    }
    closePair(pair);
}

void FakeKubePortForward::closePair(Pair &pair)
{
    write(SpdyFramer::dataFrame(pair.dataStream, {}, true));
    write(SpdyFramer::dataFrame(pair.errorStream, {}, true));
    pair.done = true;
    if (pair.target)
        pair.target->deleteLater();
}

void FakeKubePortForward::write(const QByteArray &bytes)
{
    if (m_latency > 0) {
        m_toKubectl.append({m_clock.elapsed() + m_latency, bytes, false});
        m_toKubectlBytes += bytes.size();
        scheduleFlush();
    } else if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(bytes);
    }
}

// Sends what the latency held back and is due now, both ways, in order.
void FakeKubePortForward::flushDue()
{
    const qint64 now = m_clock.elapsed();
    while (!m_toKubectl.isEmpty() && m_toKubectl.first().due <= now) {
        const Delayed d = m_toKubectl.takeFirst();
        m_toKubectlBytes -= d.bytes.size();
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->write(d.bytes);
    }
    for (Pair &pair : m_pairs) {
        while (!pair.toTarget.isEmpty() && pair.toTarget.first().due <= now) {
            const Delayed d = pair.toTarget.takeFirst();
            deliver(pair, d.bytes, d.fin);
        }
    }
    scheduleFlush();
}

void FakeKubePortForward::scheduleFlush()
{
    qint64 next = m_toKubectl.isEmpty() ? -1 : m_toKubectl.first().due;
    for (const Pair &pair : m_pairs) {
        if (!pair.toTarget.isEmpty() && (next < 0 || pair.toTarget.first().due < next))
            next = pair.toTarget.first().due;
    }
    if (next >= 0)
        m_flushTimer.start(int(qMax<qint64>(0, next - m_clock.elapsed())));
}

QByteArray FakeKubePortForward::requestOf(quint32 streamId) const
{
    return m_streamRequest.value(streamId);
}
