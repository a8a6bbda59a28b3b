// ArchivePacker (models/backup/archivepacker.*): custom archives built here field by field as pg_dump 15, 16
// and 17 write them (archive 1.14, 1.15, 1.16), fed in pieces of every size; the result must be the same archive
// with each data block's chunks joined, and anything not understood must come out byte for byte. A real
// pg_dump's archive, packed and restored, is in tst_backupjob::customArchiveIsPacked.
#include "backup/archivepacker.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Writes a custom archive the way pg_backup_archiver.c does.
class ArchiveWriter
{
public:
    explicit ArchiveWriter(int minor, int compression = 0, int offsetFlag = 1)
        : m_minor(minor)
    {
        m_bytes = QByteArray("PGDMP") + char(1) + char(minor) + char(0) + char(4) + char(8) + char(1);
        if (minor >= 15)
            m_bytes += char(compression);
        else
            integer(compression);
        for (int field : {5, 4, 3, 2, 1, 126, 0}) // sec, min, hour, day, month, year - 1900, dst
            integer(field);
        string("saytruth_db");
        string("15.18");
        string("15.18");
        integer(3); // entries
        tocEntry(1, false, 3, "ENCODING", "SET client_encoding = 'UTF8';\n");
        tocEntry(2, true, offsetFlag, "TABLE DATA", {});
        tocEntry(3, true, offsetFlag, "BLOBS", {});
    }

    void integer(qint64 value)
    {
        m_bytes += char(value < 0 ? 1 : 0);
        quint64 magnitude = value < 0 ? quint64(-value) : quint64(value);
        for (int i = 0; i < 4; ++i, magnitude >>= 8)
            m_bytes += char(magnitude & 0xff);
    }
    void string(const QByteArray &text)
    {
        integer(text.size());
        m_bytes += text;
    }
    void null() { integer(-1); }

    void tocEntry(int id, bool data, int offsetFlag, const QByteArray &kind, const QByteArray &definition)
    {
        integer(id);
        integer(data ? 1 : 0);
        string("0");
        string("0");
        string(kind.toLower());
        string(kind);
        integer(3); // section
        string(definition);
        null(); // drop
        null(); // copy statement
        string("public");
        null(); // tablespace
        if (m_minor >= 14)
            string("heap");
        if (m_minor >= 16)
            integer('r');
        string("saytruth_user");
        string("false");
        string("1"); // a dependency, then the end of them
        null();
        m_bytes += char(offsetFlag);
        m_bytes += QByteArray(8, '\0');
    }

    // A table's data block: one chunk per given piece, then the zero length.
    void dataBlock(int id, const QList<QByteArray> &chunks)
    {
        m_bytes += char(1);
        integer(id);
        for (const QByteArray &chunk : chunks)
            string(chunk);
        integer(0);
    }

    // A BLOBS block: per large object its oid, its chunks and a zero; then a zero oid.
    void blobsBlock(int id, const QList<QPair<int, QList<QByteArray>>> &objects)
    {
        m_bytes += char(3);
        integer(id);
        for (const auto &[oid, chunks] : objects) {
            integer(oid);
            for (const QByteArray &chunk : chunks)
                string(chunk);
            integer(0);
        }
        integer(0);
    }

    void raw(const QByteArray &bytes) { m_bytes += bytes; }
    QByteArray bytes() const { return m_bytes; }

private:
    int m_minor;
    QByteArray m_bytes;
};

QList<QByteArray> rows(int count, int from = 0)
{
    QList<QByteArray> list;
    for (int i = from; i < from + count; ++i)
        list << QByteArray::number(i) + "\tuser " + QByteArray::number(i % 7) + "\tsome message text\n";
    return list;
}

QByteArray joined(const QList<QByteArray> &pieces)
{
    QByteArray all;
    for (const QByteArray &piece : pieces)
        all += piece;
    return all;
}

// Feeds input in pieces of the given size and returns everything written.
QByteArray pack(const QByteArray &input, qsizetype piece, bool *packing = nullptr)
{
    ArchivePacker packer;
    QByteArray out;
    for (qsizetype at = 0; at < input.size(); at += piece)
        packer.feed(input.constData() + at, qMin(piece, input.size() - at), &out);
    if (packing)
        *packing = packer.isPacking();
    packer.finish(&out);
    return out;
}

const QList<qsizetype> PieceSizes {1, 3, 7, 64, 4096, 1 << 22};

} // namespace

class TestArchivePacker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void joinsChunks_data();
    void joinsChunks();
    void largeDataIsCutAtTheChunkSize();
    void passesThroughWhatItDoesNotKnow_data();
    void passesThroughWhatItDoesNotKnow();
    void unknownBlockPassesThroughFromThere();
    void truncatedInputComesOutAsFarAsItWent();
    void packedArchiveStaysAsItIs();
    void compressesAsZstdDoes();
    void commandRefusesWhatItDoesNotKnow();
};

void TestArchivePacker::joinsChunks_data()
{
    QTest::addColumn<int>("minor");
    QTest::newRow("archive 1.14 (pg_dump 15)") << 14;
    QTest::newRow("archive 1.15 (pg_dump 16, compression as an algorithm byte)") << 15;
    QTest::newRow("archive 1.16 (pg_dump 17, relkind)") << 16;
    QTest::newRow("archive 1.13 (pg_dump 12, no table access method)") << 13;
}

void TestArchivePacker::joinsChunks()
{
    QFETCH(int, minor);
    const QList<QByteArray> tableRows = rows(500);
    const QList<QByteArray> blobA {QByteArray(16384, 'a'), QByteArray(16384, 'b'), QByteArray(100, 'c')};
    const QList<QByteArray> blobB {QByteArray(10, 'z')};

    ArchiveWriter input(minor);
    input.dataBlock(2, tableRows);
    input.blobsBlock(3, {{16400, blobA}, {16401, blobB}});
    ArchiveWriter expected(minor);
    expected.dataBlock(2, {joined(tableRows)});
    expected.blobsBlock(3, {{16400, {joined(blobA)}}, {16401, blobB}});

    for (qsizetype piece : PieceSizes) {
        bool packing = false;
        QCOMPARE(pack(input.bytes(), piece, &packing), expected.bytes());
        QVERIFY(packing);
    }
    ArchivePacker packer;
    QByteArray out;
    packer.feed(input.bytes().constData(), input.bytes().size(), &out);
    packer.finish(&out);
    QCOMPARE(packer.chunksRead(), 500 + 3 + 1);
    QCOMPARE(packer.chunksWritten(), 3);
}

void TestArchivePacker::largeDataIsCutAtTheChunkSize()
{
    const QByteArray big(ArchivePacker::ChunkBytes * 5 / 2, 'x');
    QList<QByteArray> pieces;
    for (qsizetype at = 0; at < big.size(); at += 1000)
        pieces << big.mid(at, 1000);
    ArchiveWriter input(14);
    input.dataBlock(2, pieces);
    input.blobsBlock(3, {});
    ArchiveWriter expected(14);
    expected.dataBlock(2,
        {big.left(ArchivePacker::ChunkBytes), big.mid(ArchivePacker::ChunkBytes, ArchivePacker::ChunkBytes),
            big.mid(2 * ArchivePacker::ChunkBytes)});
    expected.blobsBlock(3, {});
    for (qsizetype piece : {qsizetype(999), qsizetype(1 << 20), qsizetype(1 << 23)})
        QCOMPARE(pack(input.bytes(), piece), expected.bytes());
}

void TestArchivePacker::passesThroughWhatItDoesNotKnow_data()
{
    QTest::addColumn<QByteArray>("input");
    const auto archive = [](int minor, int compression, int offsetFlag) {
        ArchiveWriter writer(minor, compression, offsetFlag);
        writer.dataBlock(2, rows(50));
        writer.blobsBlock(3, {});
        return writer.bytes();
    };
    QTest::newRow("data offsets written (a seekable file)") << archive(14, 0, 2);
    QTest::newRow("compressed by pg_dump (1.14, level 6)") << archive(14, 6, 1);
    QTest::newRow("compressed by pg_dump (1.14, default level)") << archive(14, -1, 1);
    QTest::newRow("compressed by pg_dump (1.15, gzip)") << archive(15, 1, 1);
    QTest::newRow("a newer archive (1.17)") << archive(17, 0, 1);
    QTest::newRow("an older archive (1.11)") << archive(11, 0, 1);
    QByteArray tar = archive(14, 0, 1);
    tar[10] = 3; // the tar format's header
    QTest::newRow("not the custom format") << tar;
    QTest::newRow("plain SQL") << QByteArray("--\n-- PostgreSQL database dump\n--\nSET x = 1;\n").repeated(50);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("shorter than a header") << QByteArray("PGDMP\x01");
    QByteArray hugeString = archive(14, 0, 1);
    hugeString.replace(QByteArray("\x0b\x00\x00\x00saytruth_db", 15), QByteArray("\x00\x00\x00\x7fsaytruth_db", 15));
    QTest::newRow("a string longer than any archive holds") << hugeString;
}

void TestArchivePacker::passesThroughWhatItDoesNotKnow()
{
    QFETCH(QByteArray, input);
    for (qsizetype piece : PieceSizes)
        QCOMPARE(pack(input, piece), input);
}

void TestArchivePacker::unknownBlockPassesThroughFromThere()
{
    ArchiveWriter input(14);
    input.dataBlock(2, rows(10));
    input.raw(QByteArray("\x09") + QByteArray(40, '\x05')); // no block type pg_dump writes
    ArchiveWriter expected(14);
    expected.dataBlock(2, {joined(rows(10))});
    expected.raw(QByteArray("\x09") + QByteArray(40, '\x05'));
    for (qsizetype piece : PieceSizes)
        QCOMPARE(pack(input.bytes(), piece), expected.bytes());
}

void TestArchivePacker::truncatedInputComesOutAsFarAsItWent()
{
    // pg_dump died inside the data: what arrived comes out, joined, and the verification refuses the file as it
    // would have refused pg_dump's own.
    ArchiveWriter input(14);
    input.dataBlock(2, rows(20));
    const QByteArray whole = input.bytes();
    const QByteArray cut = whole.left(whole.size() - 30); // inside the last row
    const QByteArray arrived = joined(rows(20)).chopped(30 - 5); // the zero length's 5 bytes went first
    ArchiveWriter expected(14);
    expected.raw(QByteArray("\x01\x00\x02\x00\x00\x00", 6)); // the block's type and dump id
    expected.string(arrived);
    for (qsizetype piece : PieceSizes)
        QCOMPARE(pack(cut, piece), expected.bytes());
}

void TestArchivePacker::packedArchiveStaysAsItIs()
{
    ArchiveWriter input(16);
    input.dataBlock(2, rows(300));
    input.blobsBlock(3, {{7, {QByteArray(5000, 'q'), QByteArray(5000, 'r')}}});
    const QByteArray once = pack(input.bytes(), 4096);
    QCOMPARE(pack(once, 4096), once);
    QVERIFY(once.size() < input.bytes().size());
}

void TestArchivePacker::compressesAsZstdDoes()
{
    ArchiveWriter input(14);
    input.dataBlock(2, rows(20000));
    input.blobsBlock(3, {{9, {QByteArray(70000, 'o')}}});
    QTemporaryDir dir;
    QFile source(dir.filePath(QStringLiteral("in.dump")));
    QVERIFY(source.open(QIODevice::WriteOnly));
    QCOMPARE(source.write(input.bytes()), input.bytes().size());
    source.close();
    QVERIFY(source.open(QIODevice::ReadOnly));
    QFile target(dir.filePath(QStringLiteral("out.zst")));
    QVERIFY(target.open(QIODevice::WriteOnly));
    QCOMPARE(ArchivePacker::run(source.handle(), target.handle(), 1), 0);
    target.close();

    // The zstd program reads it back, checksum and all, as the packed archive.
    QProcess zstd;
    zstd.start(QStringLiteral("zstd"), {QStringLiteral("-dc"), target.fileName()});
    QVERIFY(zstd.waitForFinished(30000));
    QCOMPARE(zstd.exitCode(), 0);
    QCOMPARE(zstd.readAllStandardOutput(), pack(input.bytes(), 4096));
    QProcess list;
    list.start(QStringLiteral("zstd"), {QStringLiteral("-lv"), target.fileName()});
    QVERIFY(list.waitForFinished(30000));
    QVERIFY(list.readAllStandardOutput().contains("XXH64"));
    QVERIFY(QFileInfo(target.fileName()).size() < input.bytes().size() / 10);
}

void TestArchivePacker::commandRefusesWhatItDoesNotKnow()
{
    for (const QByteArray &argument : {QByteArray("--zstd=0"), QByteArray("--zstd=20"), QByteArray("--zstd=1x"),
             QByteArray("--output="), QByteArray("--fast")}) {
        QByteArray program("saytruth-studio");
        QByteArray command("pack-archive");
        QByteArray given = argument;
        char *argv[] = {program.data(), command.data(), given.data(), nullptr};
        QCOMPARE(ArchivePacker::command(3, argv), 2);
    }
}

QTEST_GUILESS_MAIN(TestArchivePacker)
#include "tst_archivepacker.moc"
