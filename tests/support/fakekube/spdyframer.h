#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <optional>
#include <zlib.h>

// One SPDY/3.1 frame as read from the wire: a data frame (stream, flags, bytes) or a control frame (type,
// flags, stream, headers or a value).
struct SpdyFrame
{
    enum Type : quint16 {
        Data = 0,
        SynStream = 1,
        SynReply = 2,
        RstStream = 3,
        Settings = 4,
        Ping = 6,
        GoAway = 7,
        Headers = 8,
        WindowUpdate = 9,
    };
    enum Status : quint32 { ProtocolError = 1, InvalidStream = 2, Cancel = 5 };

    quint16 type = Data;
    quint8 flags = 0;
    quint32 streamId = 0; // data, SYN_STREAM, SYN_REPLY, RST_STREAM, HEADERS, WINDOW_UPDATE
    quint32 value = 0; // PING id, RST_STREAM and GOAWAY status, WINDOW_UPDATE delta
    QByteArray data; // a data frame's bytes
    QMap<QByteArray, QByteArray> headers; // SYN_STREAM, SYN_REPLY, HEADERS (names lower case)

    bool fin() const { return flags & 0x01; }
};

// Reads and writes the SPDY/3.1 frames of one connection, as kubectl's port-forward speaks them. The header
// blocks of each direction share one zlib stream (with the SPDY/3 dictionary) for the whole connection, so
// one framer belongs to one connection.
class SpdyFramer
{
public:
    SpdyFramer();
    ~SpdyFramer();
    SpdyFramer(const SpdyFramer &) = delete;
    SpdyFramer &operator=(const SpdyFramer &) = delete;

    // Takes one whole frame off the front of buffer; nothing while the frame is incomplete or the connection
    // broken (hasError()).
    std::optional<SpdyFrame> read(QByteArray &buffer);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    QByteArray synReply(quint32 streamId, const QMap<QByteArray, QByteArray> &headers = {});
    static QByteArray dataFrame(quint32 streamId, const QByteArray &data, bool fin);
    static QByteArray rstStream(quint32 streamId, quint32 status);
    static QByteArray ping(quint32 id);
    static QByteArray goAway(quint32 lastGoodStreamId);

private:
    bool parseControl(quint16 type, const QByteArray &payload, SpdyFrame *frame);
    bool inflateHeaders(const QByteArray &block, QMap<QByteArray, QByteArray> *headers);
    QByteArray deflateHeaders(const QMap<QByteArray, QByteArray> &headers);

    z_stream m_inflate {};
    z_stream m_deflate {};
    QString m_error;
};
