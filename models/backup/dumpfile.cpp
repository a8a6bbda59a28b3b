#include "dumpfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <zlib.h>

namespace {

constexpr qint64 HeadSize = 16 * 1024;

bool startsWith(const QByteArray &data, std::initializer_list<unsigned char> magic)
{
    if (data.size() < qsizetype(magic.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char byte : magic)
        if (static_cast<unsigned char>(data.at(i++)) != byte)
            return false;
    return true;
}

// The first HeadSize bytes of a gzip stream (or fewer, if it is shorter).
QByteArray gunzipHead(const QByteArray &compressed)
{
    z_stream stream {};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return {};
    QByteArray out(HeadSize, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    inflate(&stream, Z_SYNC_FLUSH);
    out.truncate(qsizetype(stream.total_out));
    inflateEnd(&stream);
    return out;
}

// The first HeadSize bytes of a zstd file, from the zstd program (which the app needs for writing these anyway).
QByteArray unzstdHead(const QString &path)
{
    QProcess zstd;
    zstd.start(QStringLiteral("zstd"), {QStringLiteral("-dcq"), QStringLiteral("--"), path});
    if (!zstd.waitForStarted(10000))
        return {};
    QByteArray out;
    while (out.size() < HeadSize && zstd.waitForReadyRead(10000))
        out += zstd.readAllStandardOutput();
    if (zstd.state() != QProcess::NotRunning)
        zstd.kill();
    zstd.waitForFinished(5000);
    out += zstd.readAllStandardOutput();
    return out.left(HeadSize);
}

} // namespace

int DumpFile::readerMajorFor(int major, int minor)
{
    if (major != 1)
        return 99;
    if (minor <= 12)
        return 10;
    if (minor == 13)
        return 11;
    if (minor == 14)
        return 12;
    if (minor == 15)
        return 16;
    if (minor == 16)
        return 17;
    return 18;
}

DumpFileInfo DumpFile::inspectHead(const QByteArray &head)
{
    DumpFileInfo info;
    const auto readArchiveHeader = [&info](const QByteArray &data) {
        const int major = static_cast<unsigned char>(data.at(5));
        const int minor = static_cast<unsigned char>(data.at(6));
        info.archiveVersion = QStringLiteral("%1.%2").arg(major).arg(minor);
        info.readerMajor = readerMajorFor(major, minor);
    };
    if (head.startsWith("PGDMP") && head.size() >= 12) {
        info.format = DumpFormat::Custom;
        readArchiveHeader(head);
        return info;
    }
    // A tar archive from pg_dump -Ft: its first member is toc.dat, which holds a PGDMP header.
    if (head.size() >= 512 + 12 && head.mid(257, 5) == "ustar" && head.startsWith("toc.dat")
        && head.mid(512, 5) == "PGDMP") {
        info.format = DumpFormat::Tar;
        readArchiveHeader(head.mid(512));
        return info;
    }
    const QString text = QString::fromUtf8(head.left(4096));
    static const QRegularExpression plainHeader(
        QStringLiteral(R"(^(?:\x{FEFF})?--\s*\n--\s*PostgreSQL database (?:cluster )?dump\s*\n)"));
    static const QRegularExpression dumpedBy(QStringLiteral(R"(-- Dumped by pg_dump(?:all)? version (\d+(?:\.\d+)?))"));
    if (plainHeader.match(text).hasMatch()) {
        info.format = DumpFormat::Plain;
        info.dumpedBy = dumpedBy.match(text).captured(1);
        return info;
    }
    info.error = {tr("Reading the backup file"),
        head.isEmpty() ? tr("The file is empty.")
                       : tr("This is not a backup written by pg_dump (no archive header and no plain SQL dump "
                            "header).")};
    return info;
}

DumpFileInfo DumpFile::inspect(const QString &path)
{
    const QFileInfo file(path);
    if (file.isDir()) {
        QFile toc(QDir(path).filePath(QStringLiteral("toc.dat")));
        if (!toc.open(QIODevice::ReadOnly)) {
            DumpFileInfo info;
            info.error = {tr("Reading the backup folder %1").arg(path),
                tr("The folder has no toc.dat, so it is not a directory-format backup.")};
            return info;
        }
        DumpFileInfo info = inspectHead(toc.read(HeadSize));
        if (info.format == DumpFormat::Custom)
            info.format = DumpFormat::Directory;
        return info;
    }
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        DumpFileInfo info;
        info.error = {tr("Opening %1").arg(path), input.errorString()};
        return info;
    }
    const QByteArray head = input.read(HeadSize);
    if (startsWith(head, {0x1f, 0x8b})) {
        DumpFileInfo info = inspectHead(gunzipHead(head));
        info.wrapper = DumpWrapper::Gzip;
        return info;
    }
    if (startsWith(head, {0x28, 0xb5, 0x2f, 0xfd})) {
        DumpFileInfo info = inspectHead(unzstdHead(path));
        info.wrapper = DumpWrapper::Zstd;
        return info;
    }
    return inspectHead(head);
}

QString DumpFile::formatName(DumpFormat format, DumpWrapper wrapper)
{
    QString name;
    switch (format) {
    case DumpFormat::Custom:
        name = tr("custom archive");
        break;
    case DumpFormat::Directory:
        name = tr("directory archive");
        break;
    case DumpFormat::Tar:
        name = tr("tar archive");
        break;
    case DumpFormat::Plain:
        name = tr("plain SQL");
        break;
    case DumpFormat::Unknown:
        name = tr("unknown");
        break;
    }
    switch (wrapper) {
    case DumpWrapper::Gzip:
        return tr("%1, gzip-compressed").arg(name);
    case DumpWrapper::Zstd:
        return tr("%1, zstd-compressed").arg(name);
    case DumpWrapper::None:
        break;
    }
    return name;
}

Error DumpFile::checkTar(const QString &path)
{
    QFile file(path);
    const QString what = tr("Checking the tar archive %1").arg(path);
    if (!file.open(QIODevice::ReadOnly))
        return {what, file.errorString()};
    const qint64 size = file.size();
    qint64 offset = 0;
    int members = 0;
    while (true) {
        if (!file.seek(offset))
            return {what, file.errorString()};
        const QByteArray header = file.read(512);
        if (header.size() < 512)
            return {what, tr("The archive is cut short after %n member(s): its end is missing.", "", members)};
        if (header.count('\0') == 512)
            return {}; // the end-of-archive block
        bool ok = false;
        const qint64 length = header.mid(124, 12).trimmed().replace('\0', "").toLongLong(&ok, 8);
        if (!ok || length < 0)
            return {what, tr("The archive is damaged: member %1 has no readable size.").arg(members + 1)};
        offset += 512 + (length + 511) / 512 * 512;
        ++members;
        if (offset > size)
            return {what,
                tr("The archive is cut short inside member %1 (%2).")
                    .arg(members)
                    .arg(QString::fromLatin1(header.left(100).constData()))};
    }
}
