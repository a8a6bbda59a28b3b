#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

enum class DumpFormat { Unknown, Custom, Directory, Tar, Plain };
// A compression wrapped around the whole file by another program (pg_dump -Fc -Z0 | zstd, pg_dump | gzip).
enum class DumpWrapper { None, Gzip, Zstd };

// What a backup file is, read from its content, never from its name.
struct DumpFileInfo
{
    DumpFormat format = DumpFormat::Unknown;
    DumpWrapper wrapper = DumpWrapper::None;
    QString archiveVersion; // "1.14": the archive header's version (custom, directory, tar)
    int readerMajor = 0; // the oldest pg_restore major version that reads that archive version
    QString dumpedBy; // "15.18": the pg_dump that wrote a plain file, from its header comment
    Error error; // why the file cannot be used; format stays Unknown

    bool isArchive() const
    {
        return format == DumpFormat::Custom || format == DumpFormat::Directory || format == DumpFormat::Tar;
    }
};

class DumpFile
{
    Q_DECLARE_TR_FUNCTIONS(DumpFile)
public:
    // Reads the first few kilobytes of path (decompressing a gzip or zstd wrapper on the way) and says what
    // it is. Blocking; call it off the GUI thread.
    static DumpFileInfo inspect(const QString &path);
    // The same for the first bytes of an unwrapped file (pure: for tests and for inspect()).
    static DumpFileInfo inspectHead(const QByteArray &head);
    // The oldest pg_restore major that reads archive version major.minor (1.14: 12, 1.15: 16, 1.16: 17).
    static int readerMajorFor(int major, int minor);
    static QString formatName(DumpFormat format, DumpWrapper wrapper);
    // Walks a tar archive's member headers: every member's data must be there in full, and the archive must
    // end with its zero blocks. (pg_restore 15 spins forever on a tar cut short inside a member.) Blocking.
    static Error checkTar(const QString &path);
};
