#include "spdyframer.h"

#include <QtEndian>

namespace {

// The zlib dictionary of SPDY/3 header blocks (draft-mbelshe-httpbis-spdy-00, section 2.6.10.1).
const char headerDictionary[]
    = "\000\000\000\007options\000\000\000\004head\000\000\000\004post\000\000\000\003put\000\000\000\006de"
      "lete\000\000\000\005trace\000\000\000\006accept\000\000\000\016accept-charset\000\000\000\017accept-"
      "encoding\000\000\000\017accept-language\000\000\000\015accept-ranges\000\000\000\003age\000\000\000"
      "\005allow\000\000\000\015authorization\000\000\000\015cache-control\000\000\000\012connection\000"
      "\000\000\014content-base\000\000\000\020content-encoding\000\000\000\020content-language\000\000\000"
      "\016content-length\000\000\000\020content-location\000\000\000\013content-md5\000\000\000\015content"
      "-range\000\000\000\014content-type\000\000\000\004date\000\000\000\004etag\000\000\000\006expect\000"
      "\000\000\007expires\000\000\000\004from\000\000\000\004host\000\000\000\010if-match\000\000\000\021i"
      "f-modified-since\000\000\000\015if-none-match\000\000\000\010if-range\000\000\000\023if-unmodified-s"
      "ince\000\000\000\015last-modified\000\000\000\010location\000\000\000\014max-forwards\000\000\000"
      "\006pragma\000\000\000\022proxy-authenticate\000\000\000\023proxy-authorization\000\000\000\005range"
      "\000\000\000\007referer\000\000\000\013retry-after\000\000\000\006server\000\000\000\002te\000\000"
      "\000\007trailer\000\000\000\021transfer-encoding\000\000\000\007upgrade\000\000\000\012user-agent"
      "\000\000\000\004vary\000\000\000\003via\000\000\000\007warning\000\000\000\020www-authenticate\000"
      "\000\000\006method\000\000\000\003get\000\000\000\006status\000\000\000\006200 OK\000\000\000\007ver"
      "sion\000\000\000\010HTTP/1.1\000\000\000\003url\000\000\000\006public\000\000\000\012set-cookie\000"
      "\000\000\012keep-alive\000\000\000\006origin10010120120220520630030230330430530630740240540640740840"
      "9410411412413414415416417502504505203 Non-Authoritative Information204 No Content301 Moved Permanent"
      "ly400 Bad Request401 Unauthorized403 Forbidden404 Not Found500 Internal Server Error501 Not Implemen"
      "ted503 Service UnavailableJan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec 00:00:00 Mon, Tue, Wed, T"
      "hu, Fri, Sat, Sun, GMTchunked,text/html,image/png,image/jpg,image/gif,application/xml,application/xh"
      "tml+xml,text/plain,text/javascript,publicprivatemax-age=gzip,deflate,sdchcharset=utf-8charset=iso-88"
      "59-1,utf-,*,enq=0.";

constexpr quint16 spdyVersion = 3;

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

void appendBe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

QByteArray controlFrame(quint16 type, quint8 flags, const QByteArray &payload)
{
    QByteArray frame;
    frame.reserve(8 + payload.size());
    appendBe32(frame, 0x80000000u | (quint32(spdyVersion) << 16) | type);
    appendBe32(frame, (quint32(flags) << 24) | quint32(payload.size()));
    frame.append(payload);
    return frame;
}

} // namespace

SpdyFramer::SpdyFramer()
{
    if (inflateInit(&m_inflate) != Z_OK || deflateInit(&m_deflate, Z_DEFAULT_COMPRESSION) != Z_OK
        || deflateSetDictionary(
               &m_deflate, reinterpret_cast<const Bytef *>(headerDictionary), sizeof headerDictionary - 1)
            != Z_OK)
        m_error = QStringLiteral("zlib could not be set up");
}

SpdyFramer::~SpdyFramer()
{
    inflateEnd(&m_inflate);
    deflateEnd(&m_deflate);
}

std::optional<SpdyFrame> SpdyFramer::read(QByteArray &buffer)
{
    if (hasError() || buffer.size() < 8)
        return std::nullopt;
    const quint32 first = be32(buffer.constData());
    const quint32 second = be32(buffer.constData() + 4);
    const qsizetype length = second & 0xffffff;
    if (buffer.size() < 8 + length)
        return std::nullopt;
    SpdyFrame frame;
    frame.flags = quint8(second >> 24);
    const QByteArray payload = buffer.mid(8, length);
    buffer.remove(0, 8 + length);
    if (!(first & 0x80000000u)) {
        frame.streamId = first & 0x7fffffff;
        frame.data = payload;
        return frame;
    }
    if (((first >> 16) & 0x7fff) != spdyVersion) {
        m_error = QStringLiteral("SPDY version %1 is not 3").arg((first >> 16) & 0x7fff);
        return std::nullopt;
    }
    if (!parseControl(quint16(first & 0xffff), payload, &frame))
        return std::nullopt;
    return frame;
}

bool SpdyFramer::parseControl(quint16 type, const QByteArray &payload, SpdyFrame *frame)
{
    frame->type = type;
    // Fixed fields before the header block, or the whole payload, per frame type.
    qsizetype fixed = 0;
    switch (type) {
    case SpdyFrame::SynStream:
        fixed = 10;
        break;
    case SpdyFrame::SynReply:
    case SpdyFrame::Headers:
        fixed = 4;
        break;
    case SpdyFrame::RstStream:
    case SpdyFrame::WindowUpdate:
    case SpdyFrame::GoAway:
        fixed = 8;
        break;
    case SpdyFrame::Ping:
        fixed = 4;
        break;
    default: // SETTINGS and unknown types: read and ignored
        return true;
    }
    if (payload.size() < fixed) {
        m_error = QStringLiteral("a control frame of type %1 is too short").arg(type);
        return false;
    }
    const char *p = payload.constData();
    switch (type) {
    case SpdyFrame::Ping:
        frame->value = be32(p);
        return true;
    case SpdyFrame::GoAway:
        frame->streamId = be32(p) & 0x7fffffff;
        frame->value = be32(p + 4);
        return true;
    case SpdyFrame::RstStream:
    case SpdyFrame::WindowUpdate:
        frame->streamId = be32(p) & 0x7fffffff;
        frame->value = be32(p + 4) & 0x7fffffff;
        return true;
    default:
        frame->streamId = be32(p) & 0x7fffffff;
        return inflateHeaders(payload.mid(fixed), &frame->headers);
    }
}

bool SpdyFramer::inflateHeaders(const QByteArray &block, QMap<QByteArray, QByteArray> *headers)
{
    QByteArray plain;
    char chunk[4096];
    m_inflate.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(block.constData()));
    m_inflate.avail_in = uInt(block.size());
    for (;;) {
        m_inflate.next_out = reinterpret_cast<Bytef *>(chunk);
        m_inflate.avail_out = sizeof chunk;
        int rc = inflate(&m_inflate, Z_SYNC_FLUSH);
        if (rc == Z_NEED_DICT) {
            rc = inflateSetDictionary(
                &m_inflate, reinterpret_cast<const Bytef *>(headerDictionary), sizeof headerDictionary - 1);
            if (rc != Z_OK)
                break;
            continue;
        }
        plain.append(chunk, qsizetype(sizeof chunk - m_inflate.avail_out));
        if (rc == Z_BUF_ERROR || (rc == Z_OK && m_inflate.avail_in == 0 && m_inflate.avail_out != 0)) {
            rc = Z_OK;
            break;
        }
        if (rc != Z_OK)
            break;
    }
    m_inflate.next_in = nullptr;
    m_inflate.avail_in = 0;
    // The block: a count, then that many (length, name, length, value); all lengths 32 bits.
    qsizetype at = 0;
    auto take32 = [&](quint32 *value) {
        if (plain.size() - at < 4)
            return false;
        *value = be32(plain.constData() + at);
        at += 4;
        return true;
    };
    auto takeBytes = [&](QByteArray *bytes) {
        quint32 length = 0;
        if (!take32(&length) || quint64(plain.size() - at) < length)
            return false;
        *bytes = plain.mid(at, length);
        at += length;
        return true;
    };
    quint32 count = 0;
    if (!take32(&count)) {
        m_error = QStringLiteral("a header block could not be decompressed");
        return false;
    }
    for (quint32 i = 0; i < count; ++i) {
        QByteArray name, value;
        if (!takeBytes(&name) || !takeBytes(&value)) {
            m_error = QStringLiteral("a header block is cut short");
            return false;
        }
        headers->insert(name.toLower(), value);
    }
    return true;
}

QByteArray SpdyFramer::deflateHeaders(const QMap<QByteArray, QByteArray> &headers)
{
    QByteArray plain;
    appendBe32(plain, quint32(headers.size()));
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        appendBe32(plain, quint32(it.key().size()));
        plain.append(it.key());
        appendBe32(plain, quint32(it.value().size()));
        plain.append(it.value());
    }
    QByteArray compressed;
    char chunk[4096];
    m_deflate.next_in = reinterpret_cast<Bytef *>(plain.data());
    m_deflate.avail_in = uInt(plain.size());
    do {
        m_deflate.next_out = reinterpret_cast<Bytef *>(chunk);
        m_deflate.avail_out = sizeof chunk;
        deflate(&m_deflate, Z_SYNC_FLUSH);
        compressed.append(chunk, qsizetype(sizeof chunk - m_deflate.avail_out));
    } while (m_deflate.avail_out == 0);
    m_deflate.next_in = nullptr;
    return compressed;
}

QByteArray SpdyFramer::synReply(quint32 streamId, const QMap<QByteArray, QByteArray> &headers)
{
    QByteArray payload;
    appendBe32(payload, streamId & 0x7fffffff);
    payload.append(deflateHeaders(headers));
    return controlFrame(SpdyFrame::SynReply, 0, payload);
}

QByteArray SpdyFramer::dataFrame(quint32 streamId, const QByteArray &data, bool fin)
{
    QByteArray frame;
    frame.reserve(8 + data.size());
    appendBe32(frame, streamId & 0x7fffffff);
    appendBe32(frame, (quint32(fin ? 0x01 : 0) << 24) | quint32(data.size()));
    frame.append(data);
    return frame;
}

QByteArray SpdyFramer::rstStream(quint32 streamId, quint32 status)
{
    QByteArray payload;
    appendBe32(payload, streamId & 0x7fffffff);
    appendBe32(payload, status);
    return controlFrame(SpdyFrame::RstStream, 0, payload);
}

QByteArray SpdyFramer::ping(quint32 id)
{
    QByteArray payload;
    appendBe32(payload, id);
    return controlFrame(SpdyFrame::Ping, 0, payload);
}

QByteArray SpdyFramer::goAway(quint32 lastGoodStreamId)
{
    QByteArray payload;
    appendBe32(payload, lastGoodStreamId & 0x7fffffff);
    appendBe32(payload, 0); // OK
    return controlFrame(SpdyFrame::GoAway, 0, payload);
}
