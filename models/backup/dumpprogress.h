#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// A table whose rows a dump copies, with what the catalog says of its size.
struct DumpTable
{
    QString name; // "public.messages", as pg_dump --verbose names it
    qint64 bytes = 0; // heap plus TOAST
    qint64 rows = 0; // reltuples
};

// What a running backup or restore has done, for the wizard's progress page and the command line.
struct DumpProgress
{
    double fraction = 0; // 0..1, weighted by table size
    int tablesDone = 0;
    int tablesTotal = 0;
    QString currentTable;
    qint64 currentRows = 0; // rows copied of the current table (pg_stat_progress_copy), -1 unknown
    qint64 currentRowsEstimate = 0;
    qint64 bytesWritten = 0;
    qint64 elapsedMs = 0;
    qint64 remainingMs = -1; // -1 while unknown
    QString phase; // "Dumping", "Verifying", ...

    // "mm:ss" for an elapsed or remaining time, as the wizards and the command line show it.
    static QString clockText(qint64 ms);
};

// Follows pg_dump's and pg_restore's --verbose lines ("dumping contents of table", "processing data for
// table", "finished item … TABLE DATA") and the server's copy progress, and turns them into a fraction
// weighted by each table's size: a big table counts for what it costs. Pure: no processes, no server.
class DumpProgressTracker
{
public:
    void setTables(const QList<DumpTable> &tables);
    // With --jobs several tables run at once and only "finished item" lines say one is done.
    void setParallel(bool parallel) { m_parallel = parallel; }
    // One line of pg_dump/pg_restore standard error.
    void takeLine(const QString &line);
    // Rows copied so far of the named table (from pg_stat_progress_copy).
    void takeCopyProgress(const QString &table, qint64 rows);
    // All tables done (the process ended successfully).
    void finishAll();
    // The last word on a job that ended well: everything done, no estimate, no current table.
    DumpProgress finished(qint64 elapsedMs, const QString &phase);

    // Fills fraction, table counts, current table and rows, and the estimate from elapsedMs.
    DumpProgress progress(qint64 elapsedMs) const;

private:
    void markDone(QString table); // by value: callers pass elements of m_running

    QHash<QString, DumpTable> m_tables;
    qint64 m_totalBytes = 0;
    QSet<QString> m_done;
    QList<QString> m_running; // started, not known to be done (several with --jobs)
    QHash<QString, qint64> m_copied;
    bool m_parallel = false;
};
