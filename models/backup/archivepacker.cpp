#include "archivepacker.h"

#include "backup/zstdwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

// The custom archive as pg_dump 12 to 17 write it (pg_backup_archiver.c, pg_backup_custom.c): a header, a
// table of contents, then one block per table's data (or per group of large objects), each a series of
// length-prefixed chunks ended by a zero length. Integers are a sign byte and intSize bytes, least significant
// first; a string is an integer length (negative: none) and its bytes.

namespace {

constexpr int BlockData = 1; // BLK_DATA
constexpr int BlockBlobs = 3; // BLK_BLOBS
constexpr int OffsetNotSet = 1; // K_OFFSET_POS_NOT_SET
constexpr int OffsetNoData = 3; // K_OFFSET_NO_DATA
constexpr int OldestMinor = 12; // archive 1.12 (PostgreSQL 9.6)
constexpr int NewestMinor = 16; // archive 1.16 (PostgreSQL 17)
constexpr qint64 LongestString = qint64(1) << 30;

enum class Read { Done, NeedMore, Invalid };

// Reads fields of the archive from a buffer without consuming it: the caller takes the bytes when a whole
// item was there.
class FieldReader
{
public:
    FieldReader(const char *data, qsizetype size, qsizetype from, int intSize)
        : m_data(reinterpret_cast<const unsigned char *>(data))
        , m_size(size)
        , m_pos(from)
        , m_intSize(intSize)
    { }

    qsizetype position() const { return m_pos; }
    bool has(qsizetype bytes) const { return m_size - m_pos >= bytes; }

    bool byte(int *value)
    {
        if (!has(1))
            return false;
        *value = m_data[m_pos++];
        return true;
    }

    bool skip(qsizetype bytes)
    {
        if (!has(bytes))
            return false;
        m_pos += bytes;
        return true;
    }

    // An integer; *negative says its sign byte was set.
    bool integer(qint64 *value, bool *negative = nullptr)
    {
        if (!has(1 + m_intSize))
            return false;
        const bool sign = m_data[m_pos] != 0;
        quint64 magnitude = 0;
        for (int i = m_intSize - 1; i >= 0; --i)
            magnitude = (magnitude << 8) | m_data[m_pos + 1 + i];
        m_pos += 1 + m_intSize;
        *value = sign ? -qint64(magnitude) : qint64(magnitude);
        if (negative)
            *negative = sign;
        return true;
    }

    // Skips a string; *absent says it was a null one (the end of a dependency list).
    Read string(bool *absent = nullptr)
    {
        qint64 length = 0;
        if (!integer(&length))
            return Read::NeedMore;
        if (absent)
            *absent = length < 0;
        if (length > LongestString)
            return Read::Invalid;
        if (length > 0 && !skip(length))
            return Read::NeedMore;
        return Read::Done;
    }

    Read strings(int count)
    {
        for (int i = 0; i < count; ++i)
            if (const Read read = string(); read != Read::Done)
                return read;
        return Read::Done;
    }

private:
    const unsigned char *m_data;
    qsizetype m_size;
    qsizetype m_pos;
    int m_intSize;
};

} // namespace

void ArchivePacker::feed(const char *data, qsizetype size, QByteArray *out)
{
    // The caller's bytes are read where they are; only what an item still needs more input for (a few bytes,
    // or a table of contents entry) waits in m_in for the next call.
    const bool held = !m_in.isEmpty();
    if (held)
        m_in.append(data, size);
    m_data = held ? m_in.constData() : data;
    m_size = held ? m_in.size() : size;
    m_pos = 0;
    while (step(out)) { }
    if (held)
        m_in.remove(0, m_pos);
    else if (m_pos < m_size)
        m_in = QByteArray(m_data + m_pos, m_size - m_pos);
    m_data = nullptr;
    m_size = m_pos = 0;
}

void ArchivePacker::finish(QByteArray *out)
{
    m_data = m_in.constData();
    m_size = m_in.size();
    m_pos = 0;
    while (step(out)) { }
    flushChunk(out);
    out->append(m_data + m_pos, m_size - m_pos);
    m_in.clear();
    m_data = nullptr;
    m_size = m_pos = 0;
}

bool ArchivePacker::step(QByteArray *out)
{
    const qsizetype available = m_size - m_pos;
    const qsizetype intBytes = 1 + m_intSize;
    switch (m_state) {
    case State::Header:
    case State::TocEntry: {
        const qsizetype from = m_pos;
        if (!(m_state == State::Header ? readHeader() : readTocEntry()))
            return m_state == State::PassThrough; // passes through from here, or needs more input
        out->append(m_data + from, m_pos - from);
        return true;
    }
    case State::BlockStart: {
        if (available < 1 + intBytes)
            return false;
        const int type = static_cast<unsigned char>(m_data[m_pos]);
        if (type != BlockData && type != BlockBlobs) {
            m_state = State::PassThrough;
            return true;
        }
        consumeInto(1 + intBytes, out);
        m_inBlob = false;
        m_state = type == BlockData ? State::ChunkLength : State::BlobOid;
        return true;
    }
    case State::BlobOid: {
        FieldReader reader(m_data, m_size, m_pos, m_intSize);
        qint64 oid = 0;
        bool negative = false;
        if (!reader.integer(&oid, &negative))
            return false;
        if (negative) {
            m_state = State::PassThrough;
            return true;
        }
        consumeInto(intBytes, out);
        m_inBlob = oid != 0;
        m_state = m_inBlob ? State::ChunkLength : State::BlockStart;
        return true;
    }
    case State::ChunkLength: {
        FieldReader reader(m_data, m_size, m_pos, m_intSize);
        qint64 length = 0;
        bool negative = false;
        if (!reader.integer(&length, &negative))
            return false;
        if (negative) {
            flushChunk(out);
            m_state = State::PassThrough;
            return true;
        }
        if (length == 0) { // the end of the table's data, or of one large object
            flushChunk(out);
            consumeInto(intBytes, out);
            m_state = m_inBlob ? State::BlobOid : State::BlockStart;
            return true;
        }
        m_pos += intBytes; // the length is written anew for the joined chunk
        ++m_chunksRead;
        m_payloadLeft = length;
        m_state = State::Payload;
        return true;
    }
    case State::Payload: {
        const qsizetype take = qMin<qint64>(qMin<qint64>(available, m_payloadLeft), ChunkBytes - m_chunk.size());
        if (take == 0)
            return false;
        if (m_chunk.capacity() < ChunkBytes)
            m_chunk.reserve(ChunkBytes);
        m_chunk.append(m_data + m_pos, take);
        m_pos += take;
        m_payloadLeft -= take;
        if (m_chunk.size() >= ChunkBytes)
            flushChunk(out);
        if (m_payloadLeft == 0)
            m_state = State::ChunkLength;
        return true;
    }
    case State::PassThrough:
        passThrough(out);
        return false;
    }
    return false;
}

// Header: "PGDMP", the format's version, integer and offset sizes, the format, the compression, the time it
// was made, the database's name and the server's and pg_dump's versions; then the number of entries.
bool ArchivePacker::readHeader()
{
    if (m_size - m_pos < 11)
        return false;
    const auto at = [this](int i) {
        return static_cast<unsigned char>(m_data[m_pos + i]);
    };
    const bool known = std::memcmp(m_data + m_pos, "PGDMP", 5) == 0 && at(5) == 1 && at(6) >= OldestMinor
        && at(6) <= NewestMinor && at(8) >= 1 && at(8) <= 8 && at(9) >= 1 && at(9) <= 8 && at(10) == 1;
    if (!known) {
        m_state = State::PassThrough;
        return false;
    }
    m_version = at(6);
    m_intSize = at(8);
    m_offSize = at(9);
    FieldReader reader(m_data, m_size, m_pos + 11, m_intSize);
    qint64 compression = 0;
    int algorithm = 0;
    if (m_version >= 15 ? !reader.byte(&algorithm) : !reader.integer(&compression))
        return false;
    if (compression != 0 || algorithm != 0) { // compressed by pg_dump itself: nothing to join
        m_state = State::PassThrough;
        return false;
    }
    qint64 ignored = 0;
    for (int i = 0; i < 7; ++i) // the time it was made
        if (!reader.integer(&ignored))
            return false;
    const Read names = reader.strings(3);
    if (names != Read::Done || !reader.integer(&m_tocLeft)) {
        if (names == Read::Invalid)
            m_state = State::PassThrough;
        return false;
    }
    if (m_tocLeft < 0) {
        m_state = State::PassThrough;
        return false;
    }
    m_pos = reader.position();
    m_state = m_tocLeft > 0 ? State::TocEntry : State::BlockStart;
    return true;
}

// One entry of the table of contents. The custom format adds where the entry's data is: only "not known"
// (a pipe) and "no data" leave nothing to move when chunks are joined.
bool ArchivePacker::readTocEntry()
{
    FieldReader reader(m_data, m_size, m_pos, m_intSize);
    qint64 ignored = 0;
    const auto fail = [this](Read read) {
        if (read == Read::Invalid)
            m_state = State::PassThrough;
        return false;
    };
    // dump id, had dumper; table oid, oid, tag, kind
    if (!reader.integer(&ignored) || !reader.integer(&ignored))
        return false;
    if (const Read read = reader.strings(4); read != Read::Done)
        return fail(read);
    if (!reader.integer(&ignored)) // section
        return false;
    // definition, drop, copy statement, schema, tablespace, table access method (1.14)
    if (const Read read = reader.strings(m_version >= 14 ? 6 : 5); read != Read::Done)
        return fail(read);
    if (m_version >= 16 && !reader.integer(&ignored)) // relkind
        return false;
    if (const Read read = reader.strings(2); read != Read::Done) // owner, "with oids"
        return fail(read);
    for (bool end = false; !end;) { // dependencies, up to a null string
        if (const Read read = reader.string(&end); read != Read::Done)
            return fail(read);
    }
    int offsetFlag = 0;
    if (!reader.byte(&offsetFlag) || !reader.skip(m_offSize))
        return false;
    if (offsetFlag != OffsetNotSet && offsetFlag != OffsetNoData) {
        m_state = State::PassThrough;
        return false;
    }
    m_pos = reader.position();
    if (--m_tocLeft == 0)
        m_state = State::BlockStart;
    return true;
}

void ArchivePacker::passThrough(QByteArray *out)
{
    out->append(m_data + m_pos, m_size - m_pos);
    m_pos = m_size;
}

void ArchivePacker::flushChunk(QByteArray *out)
{
    if (m_chunk.isEmpty())
        return;
    writeInt(m_chunk.size(), out);
    out->append(m_chunk.constData(), m_chunk.size());
    m_chunk.resize(0); // keeps its memory for the next chunk
    ++m_chunksWritten;
}

void ArchivePacker::writeInt(qint64 value, QByteArray *out) const
{
    out->append(char(value < 0 ? 1 : 0));
    quint64 magnitude = value < 0 ? quint64(-value) : quint64(value);
    for (int i = 0; i < m_intSize; ++i) {
        out->append(char(magnitude & 0xff));
        magnitude >>= 8;
    }
}

void ArchivePacker::consumeInto(qsizetype bytes, QByteArray *out)
{
    out->append(m_data + m_pos, bytes);
    m_pos += bytes;
}

int ArchivePacker::run(int inputFd, int outputFd, int zstdLevel)
{
    // Pipes of 1 MiB instead of 64 kB: pg_dump and this stop and wake each other a sixteenth as often (no
    // effect on files; best effort: a smaller system limit leaves the pipe as it is).
    for (const int fd : {inputFd, outputFd})
        ::fcntl(fd, F_SETPIPE_SZ, int(ChunkBytes));
    std::unique_ptr<ZstdWriter> zstd;
    if (zstdLevel > 0)
        zstd = std::make_unique<ZstdWriter>(outputFd, zstdLevel);
    ArchivePacker packer;
    QByteArray buffer(ChunkBytes, Qt::Uninitialized);
    QByteArray out;
    out.reserve(3 * ChunkBytes);
    for (;;) {
        const ssize_t got = ::read(inputFd, buffer.data(), size_t(buffer.size()));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            std::fprintf(stderr, "saytruth-studio pack-archive: error: reading: %s\n", std::strerror(errno));
            return 1;
        }
        out.resize(0); // keeps its memory
        if (got == 0)
            packer.finish(&out);
        else
            packer.feed(buffer.constData(), got, &out);
        const bool written = zstd ? zstd->write(out.constData(), out.size()) && (got > 0 || zstd->finish())
                                  : ZstdWriter::writeAll(outputFd, out.constData(), out.size());
        if (!written) {
            std::fprintf(stderr, "saytruth-studio pack-archive: error: %s\n",
                zstd ? zstd->errorString().constData() : (QByteArray("writing: ") + std::strerror(errno)).constData());
            return 1;
        }
        if (got == 0)
            return 0;
    }
}

int ArchivePacker::command(int argc, char *argv[])
{
    int level = 0;
    const char *output = nullptr;
    for (int i = 2; i < argc; ++i) {
        char *end = nullptr;
        if (std::strncmp(argv[i], "--zstd=", 7) == 0) {
            level = int(std::strtol(argv[i] + 7, &end, 10));
            if (*end == '\0' && level >= 1 && level <= 19)
                continue;
        } else if (std::strncmp(argv[i], "--output=", 9) == 0 && argv[i][9] != '\0') {
            output = argv[i] + 9;
            continue;
        }
        std::fprintf(stderr,
            "usage: saytruth-studio pack-archive [--zstd=LEVEL] [--output=FILE] < ARCHIVE\n"
            "Joins the data chunks of an uncompressed pg_dump custom archive; with --zstd, compresses it as\n"
            "\"zstd -LEVEL -T0\" does. Writes to FILE, or to standard output.\n");
        return 2;
    }
    int fd = 1;
    if (output) {
        fd = ::open(output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
        if (fd < 0) {
            std::fprintf(stderr, "saytruth-studio pack-archive: error: %s: %s\n", output, std::strerror(errno));
            return 1;
        }
    }
    int status = run(0, fd, level);
    if (output && ::close(fd) != 0 && status == 0) {
        std::fprintf(stderr, "saytruth-studio pack-archive: error: writing: %s\n", std::strerror(errno));
        status = 1;
    }
    return status;
}

QString ArchivePacker::program()
{
    const QString configured = qEnvironmentVariable("SAYTRUTH_STUDIO_PROGRAM");
    if (!configured.isEmpty())
        return configured;
    const QString self = QCoreApplication::applicationFilePath();
    return QFileInfo(self).fileName() == QLatin1String("saytruth-studio") ? self : QString();
}
