#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>

#include <algorithm>

// The processes alive now (zombies left out) whose command line contains every one of the needles: the
// tests' way to see that a kubectl, pg_dump or child of theirs has ended.
struct RunningProcess
{
    qint64 pid = 0;
    qint64 parent = 0;
};

inline QList<RunningProcess> processesWith(const QList<QByteArray> &needles)
{
    QList<RunningProcess> found;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || pid <= 0)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly) || !status.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = cmdline.readAll();
        if (!std::all_of(needles.cbegin(), needles.cend(), [&line](const QByteArray &n) { return line.contains(n); }))
            continue;
        const QByteArray fields = status.readAll();
        if (fields.contains("State:\tZ"))
            continue;
        RunningProcess process {pid, 0};
        for (const QByteArray &field : fields.split('\n')) {
            if (field.startsWith("PPid:"))
                process.parent = field.mid(5).trimmed().toLongLong();
        }
        found << process;
    }
    return found;
}

// Whether the process is still running (not ended, not a zombie).
inline bool processAlive(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    return status.open(QIODevice::ReadOnly) && !status.readAll().contains("State:\tZ");
}
