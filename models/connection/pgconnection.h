#pragma once

#include "connection/pgresult.h"

#include <QString>
#include <QVariantList>
#include <functional>

struct pg_conn;

// The one door to a Session's libpq connection, handed to jobs on the session's worker thread (see
// Session::call). Values always travel as server-side parameters ($1..$n, a null QVariant is NULL), never
// inside the SQL text; every server error becomes an Error through PgError. Valid only during the job.
class PgConnection
{
public:
    explicit PgConnection(pg_conn *conn = nullptr)
        : m_conn(conn)
    { }

    bool isOpen() const;

    // Runs one statement and returns all its rows (text format).
    PgResult exec(const QString &sql, const QVariantList &binds = {}) const;

    // Streaming: sends one statement (with binds: the extended protocol; without: the simple one, which also
    // takes statements that the extended protocol refuses), optionally in single-row mode; then read its
    // results with nextResult() until it returns null. False (and the error) when it could not be sent.
    bool send(const QString &sql, const QVariantList &binds, bool singleRow, Error *error) const;
    PgResultHandle nextResult() const;
    // Ends a COPY FROM STDIN the server started (refusing it) and drains a COPY TO STDOUT.
    void refuseCopyIn(const QString &message) const;
    void drainCopyOut() const;
    // Asks the server to cancel what this connection runs now (from the worker: e.g. at a row cap).
    void cancelRunning() const;

    enum class Transaction { Idle, Active, InTransaction, Failed, Unknown };
    Transaction transaction() const;
    // Server notices while a job runs (severity, message); pass {} to drop them again.
    void setNoticeHandler(std::function<void(const QString &severity, const QString &message)> handler);
    Error lastError(const QString &what) const;

private:
    pg_conn *m_conn;
    std::function<void(const QString &, const QString &)> m_notice;
};
