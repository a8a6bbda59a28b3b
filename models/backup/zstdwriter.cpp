#include "zstdwriter.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <zstd.h>

ZstdWriter::ZstdWriter(int fd, int level)
    : m_fd(fd)
    , m_context(ZSTD_createCCtx())
    , m_out(qsizetype(ZSTD_CStreamOutSize()) * 8, Qt::Uninitialized)
{
    ZSTD_CCtx_setParameter(m_context, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(m_context, ZSTD_c_checksumFlag, 1);
    // A libzstd built without threads refuses this and compresses in this thread: slower, same stream.
    const long processors = ::sysconf(_SC_NPROCESSORS_ONLN);
    ZSTD_CCtx_setParameter(m_context, ZSTD_c_nbWorkers, int(processors > 0 ? processors : 1));
}

ZstdWriter::~ZstdWriter()
{
    ZSTD_freeCCtx(m_context);
}

bool ZstdWriter::write(const char *data, qsizetype size)
{
    return size == 0 || compress(data, size, false);
}

bool ZstdWriter::finish()
{
    return compress(nullptr, 0, true);
}

bool ZstdWriter::compress(const char *data, qsizetype size, bool last)
{
    ZSTD_inBuffer input {data, size_t(size), 0};
    for (;;) {
        ZSTD_outBuffer output {m_out.data(), size_t(m_out.size()), 0};
        const size_t left = ZSTD_compressStream2(m_context, &output, &input, last ? ZSTD_e_end : ZSTD_e_continue);
        if (ZSTD_isError(left)) {
            m_error = QByteArray("compressing: ") + ZSTD_getErrorName(left);
            return false;
        }
        if (!writeAll(m_fd, m_out.constData(), qsizetype(output.pos))) {
            m_error = QByteArray("writing: ") + std::strerror(errno);
            return false;
        }
        // Done when all input is taken and, at the end, the frame is complete (left == 0).
        if (last ? left == 0 : input.pos == input.size)
            return true;
    }
}

bool ZstdWriter::writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        size -= written;
    }
    return true;
}
