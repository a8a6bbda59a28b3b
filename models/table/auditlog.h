#pragma once

#include "common/error.h"
#include "table/pendingchanges.h"

#include <QString>

class ConnectionProfile;

// The local audit log of saved changes on production profiles: one JSON line per change (who, when,
// profile, table, key, before, after, reason), appended to AppDataLocation/audit.jsonl. Never holds
// passwords: values of columns named like password, secret or token are written as "***".
class AuditLog
{
public:
    // filePath empty: AppDataLocation + "/audit.jsonl".
    explicit AuditLog(const QString &filePath = {});

    QString filePath() const { return m_filePath; }
    bool append(const ConnectionProfile &profile, const QString &databaseUser, const QList<PendingChange> &changes,
        const QString &reason, Error *error = nullptr);

private:
    QString m_filePath;
};
