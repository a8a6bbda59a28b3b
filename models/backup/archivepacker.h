#pragma once

#include <QByteArray>
#include <QString>

// Rewrites an uncompressed pg_dump custom archive (pg_dump --format=custom --compress=0, written to a pipe)
// with its data blocks joined into 1 MiB chunks, and changes nothing else. pg_dump writes every table row as a
// chunk of its own behind a 5-byte length; those lengths break the matches zstd's fast levels find across rows,
// and cost the default backup a tenth of its size (measured on the demo database: 1.20x the seed's gzip file
// against 1.09x with the chunks joined, at the same zstd level and speed). pg_restore reads chunks of any
// length, so the result is the same archive to every stock tool: "zstd -dc FILE | pg_restore …" still restores
// it, and restores the same rows.
//
// What it does not understand it passes through byte for byte from there on: another archive version or
// format, pg_dump's own compression, data offsets written into the table of contents (only a seekable file
// gets them, and joining chunks would move the data they point at), a block it does not know, a stream that
// ends early. The result is then as pg_dump wrote it; verification judges it as it would have.
class ArchivePacker
{
public:
    static constexpr qsizetype ChunkBytes = 1 << 20;

    // Takes the next bytes of the archive and appends to out what can be written so far.
    void feed(const char *data, qsizetype size, QByteArray *out);
    // The input ended: appends everything still held.
    void finish(QByteArray *out);
    // Whether the archive was understood up to its end so far (chunks joined), or is being passed through.
    bool isPacking() const { return m_state != State::PassThrough; }
    qint64 chunksRead() const { return m_chunksRead; }
    qint64 chunksWritten() const { return m_chunksWritten; }

    // Reads inputFd to its end and writes the packed archive to outputFd, compressed by zstd at zstdLevel
    // (ZstdWriter) unless it is 0. 0, or 1 with a line on standard error when reading or writing failed.
    static int run(int inputFd, int outputFd, int zstdLevel = 0);
    // "saytruth-studio pack-archive [--zstd=LEVEL] [--output=FILE]" (argv[1] is "pack-archive"): standard
    // input to FILE or standard output. Exit status: 0, 1 (failed, with a line on standard error), 2 (usage).
    static int command(int argc, char *argv[]);
    // The program that runs "pack-archive" for a backup: $SAYTRUTH_STUDIO_PROGRAM when set (tests, packagers),
    // else this program when it is saytruth-studio, else empty (no packing: the archive stays as pg_dump wrote it).
    static QString program();

private:
    enum class State { Header, TocEntry, BlockStart, BlobOid, ChunkLength, Payload, PassThrough };

    bool step(QByteArray *out); // one item of the archive from m_in; false when it needs more input
    bool readHeader();
    bool readTocEntry();
    void passThrough(QByteArray *out);
    void flushChunk(QByteArray *out);
    void writeInt(qint64 value, QByteArray *out) const;
    void consumeInto(qsizetype bytes, QByteArray *out);

    State m_state = State::Header;
    QByteArray m_in; // input an item needed more of, held from one feed() to the next
    const char *m_data = nullptr; // the input being read: the caller's bytes, or m_in
    qsizetype m_size = 0;
    qsizetype m_pos = 0;
    QByteArray m_chunk; // payload joined so far for the chunk being built
    int m_version = 0; // minor version of the archive format (1.N)
    int m_intSize = 0;
    int m_offSize = 0;
    qint64 m_tocLeft = 0;
    qint64 m_payloadLeft = 0;
    bool m_inBlob = false; // the chunks belong to a large object of a BLOBS block
    qint64 m_chunksRead = 0;
    qint64 m_chunksWritten = 0;
};
