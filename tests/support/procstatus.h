#pragma once

#include <QByteArray>
#include <QFile>

// Reads a field of /proc/<pid>/status in kB ("VmRSS:", "VmHWM:"), for the benchmarks' memory figures.
inline qint64 procStatusKb(const char *field, qint64 pid = 0)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}
