#pragma once

#include "common/error.h"

#include <QObject>
#include <memory>

class Session;

// VACUUM (ANALYZE) of one table, on a connection of its own: it may run for minutes, and must neither hold up
// the dashboard's figures nor meet the dashboard session's statement timeout. The session is opened on first
// use. A role that does not own the table gets a refusal in words (the server only warns and skips it).
class TableMaintenance : public QObject
{
    Q_OBJECT
public:
    explicit TableMaintenance(std::unique_ptr<Session> session, QObject *parent = nullptr);
    ~TableMaintenance() override;

    Session *session() const { return m_session.get(); }
    bool isRunning() const { return !m_table.isEmpty(); }
    // Starts VACUUM (ANALYZE) of schema.table; ends in finished(). One at a time: false while one runs.
    bool vacuumAnalyze(const QString &schema, const QString &table);

Q_SIGNALS:
    // table is "schema.table"; error is null when it was done.
    void finished(const QString &table, const Error &error);

private:
    void send();
    void finish(const Error &error);

    std::unique_ptr<Session> m_session;
    QString m_schema;
    QString m_table; // non-empty while one is asked for or runs
};
