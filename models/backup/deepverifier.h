#pragma once

#include "common/error.h"
#include "connection/connectionprofile.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <memory>

class RestoreJob;
class Session;

// The optional deep check of a backup: restores it into a scratch database on the same server, counts every
// table's rows there and in the source, and drops the scratch database again. Needs the right to create
// databases. On a database written to during the backup the source's counts may have moved on since pg_dump's
// snapshot; the difference is then reported table by table, for the user to judge.
class DeepVerifier : public QObject
{
    Q_OBJECT
public:
    DeepVerifier(const ConnectionProfile &source, const QString &password, QObject *parent = nullptr);
    ~DeepVerifier() override;

    // tables: "schema.table" whose rows the backup holds.
    void start(const QString &backupPath, const QStringList &tables);
    void cancel();
    QString scratchDatabase() const { return m_scratch.database; }

Q_SIGNALS:
    void logLine(const QString &line);
    void finished(const Error &error); // null when every count matched

private:
    void restored();
    void compare();
    void done(const Error &error);

    ConnectionProfile m_source;
    ConnectionProfile m_scratch;
    QString m_password;
    QStringList m_tables;
    std::unique_ptr<RestoreJob> m_restore;
    std::unique_ptr<Session> m_sourceSession;
    std::unique_ptr<Session> m_scratchSession;
    QHash<QString, qint64> m_sourceCounts;
    QHash<QString, qint64> m_scratchCounts;
    int m_pending = 0;
    Error m_error;
    bool m_running = false;
};
