#include "dumpprogress.h"

#include <QRegularExpression>
#include <algorithm>

void DumpProgressTracker::setTables(const QList<DumpTable> &tables)
{
    m_tables.clear();
    m_totalBytes = 0;
    for (const DumpTable &table : tables) {
        m_tables.insert(table.name, table);
        m_totalBytes += std::max<qint64>(table.bytes, 1);
    }
}

void DumpProgressTracker::markDone(QString table)
{
    m_running.removeAll(table);
    if (m_tables.contains(table))
        m_done.insert(table);
}

void DumpProgressTracker::takeLine(const QString &line)
{
    // pg_dump: dumping contents of table "public.users"
    // pg_restore: processing data for table "public.users"
    static const QRegularExpression started(
        QStringLiteral(R"re((?:dumping contents of table|processing data for table) "([^"]+)")re"));
    // pg_dump/pg_restore with --jobs: finished item 3340 TABLE DATA public users  (schema and name)
    static const QRegularExpression finished(QStringLiteral(R"(finished item \d+ TABLE DATA (\S+) (.+)$)"));
    QRegularExpressionMatch match = started.match(line);
    if (match.hasMatch()) {
        const QString table = match.captured(1);
        // Without --jobs one table runs at a time: a new one means the previous one is done.
        if (!m_parallel)
            while (!m_running.isEmpty())
                markDone(m_running.first());
        if (!m_running.contains(table))
            m_running.append(table);
        return;
    }
    match = finished.match(line);
    if (match.hasMatch()) {
        markDone(match.captured(1) + QLatin1Char('.') + match.captured(2).trimmed());
        return;
    }
    // pg_restore with --jobs names the table without its schema: "finished item 3398 TABLE DATA users".
    static const QRegularExpression finishedBare(QStringLiteral(R"(finished item \d+ TABLE DATA (\S+)$)"));
    match = finishedBare.match(line);
    if (!match.hasMatch())
        return;
    const QString suffix = QLatin1Char('.') + match.captured(1);
    for (const QString &running : std::as_const(m_running)) {
        if (running.endsWith(suffix)) {
            markDone(running);
            return;
        }
    }
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        if (it.key().endsWith(suffix) && !m_done.contains(it.key())) {
            markDone(it.key());
            return;
        }
    }
}

void DumpProgressTracker::takeCopyProgress(const QString &table, qint64 rows)
{
    m_copied.insert(table, rows);
}

QString DumpProgress::clockText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

DumpProgress DumpProgressTracker::finished(qint64 elapsedMs, const QString &phase)
{
    finishAll();
    DumpProgress done = progress(elapsedMs);
    done.fraction = 1;
    done.remainingMs = -1;
    done.currentTable.clear();
    done.phase = phase;
    return done;
}

void DumpProgressTracker::finishAll()
{
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it)
        m_done.insert(it.key());
    m_running.clear();
}

DumpProgress DumpProgressTracker::progress(qint64 elapsedMs) const
{
    DumpProgress progress;
    progress.tablesTotal = int(m_tables.size());
    progress.tablesDone = int(m_done.size());
    progress.elapsedMs = elapsedMs;
    double doneBytes = 0;
    for (const QString &table : m_done)
        doneBytes += double(std::max<qint64>(m_tables.value(table).bytes, 1));
    for (const QString &table : m_running) {
        if (m_done.contains(table))
            continue;
        const DumpTable info = m_tables.value(table);
        const qint64 copied = m_copied.value(table, -1);
        if (copied >= 0 && info.rows > 0)
            doneBytes += double(std::max<qint64>(info.bytes, 1)) * std::min(1.0, double(copied) / double(info.rows));
    }
    if (!m_running.isEmpty()) {
        progress.currentTable = m_running.last();
        progress.currentRows = m_copied.value(progress.currentTable, -1);
        progress.currentRowsEstimate = m_tables.value(progress.currentTable).rows;
    }
    progress.fraction = m_totalBytes > 0 ? std::min(1.0, doneBytes / double(m_totalBytes)) : 0;
    if (progress.fraction > 0.01 && elapsedMs > 500)
        progress.remainingMs = qint64(double(elapsedMs) * (1.0 - progress.fraction) / progress.fraction);
    return progress;
}
