#pragma once

#include <QByteArray>

struct ZSTD_CCtx_s;

// Compresses what it is given into a zstd stream on a file descriptor, as the zstd program does with -T0:
// one worker per processor, a content checksum (so that "zstd -t" and "zstd -dc" find a damaged file), frames
// any zstd reads. For the pack-archive stage, which would otherwise hand every byte through one more pipe to
// a zstd process (measured: that hop cost the default backup about a tenth of its time on 2 cores).
class ZstdWriter
{
public:
    ZstdWriter(int fd, int level);
    ~ZstdWriter();
    ZstdWriter(const ZstdWriter &) = delete;
    ZstdWriter &operator=(const ZstdWriter &) = delete;

    // False when compressing or writing failed; errorString() says which and why.
    bool write(const char *data, qsizetype size);
    bool finish(); // ends the stream
    QByteArray errorString() const { return m_error; }

    // Every byte to fd, through interrupted and short writes; false (errno set) when a write failed.
    static bool writeAll(int fd, const char *data, qsizetype size);

private:
    bool compress(const char *data, qsizetype size, bool last);

    int m_fd;
    ZSTD_CCtx_s *m_context;
    QByteArray m_out;
    QByteArray m_error;
};
