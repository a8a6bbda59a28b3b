#pragma once

#include "console/historystore.h"

// What the history tests append: one statement, ok or failed, with its duration and rows.
inline HistoryEntry makeEntry(const QString &sql, qint64 durationMs = 5, bool ok = true)
{
    HistoryEntry entry;
    entry.sql = sql;
    entry.durationMs = durationMs;
    entry.rowCount = ok ? 3 : -1;
    entry.ok = ok;
    entry.error = ok ? QString() : QStringLiteral("relation \"nope\" does not exist\nLINE 1: SELECT * FROM nope");
    entry.database = QStringLiteral("saytruth_db");
    return entry;
}

inline const QString Profile = QStringLiteral("SayTruth demo");
