#pragma once

#include "connection/connectionprofile.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

// The benchmarks' baseline client: psql run on the fixture's server with its output thrown away
// (`psql -X -q -h … -p … -U … -d … <what> -o /dev/null`); returns the wall time in milliseconds.
inline double runPsqlMs(const QString &psql, const ConnectionProfile &p, const QStringList &what, int timeoutMs)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(psql,
        QStringList {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), p.host, QStringLiteral("-p"),
            QString::number(p.port), QStringLiteral("-U"), p.user, QStringLiteral("-d"), p.database}
            + what + QStringList {QStringLiteral("-o"), QStringLiteral("/dev/null")});
    process.waitForFinished(timeoutMs);
    return double(timer.nsecsElapsed()) / 1e6;
}
