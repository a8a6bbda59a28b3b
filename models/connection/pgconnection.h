#pragma once

#include "connection/pgresult.h"

#include <QPair>
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

    // A production session's guard, per transaction (never a session setting, which a transaction-pooling
    // PgBouncer would not keep, and would hand on to its next client): while no transaction is open, exec()
    // and execTogether() send "SET TRANSACTION READ ONLY" ahead of their statements in the same round trip
    // (pipeline mode: one implicit transaction). A BEGIN sent that way opens a read-only transaction, unless it
    // asks for READ WRITE itself, which the server allows before the transaction's first query: that is how a
    // writer whose lock is unlocked (a table's save) writes. Session turns it on for production profiles;
    // writers that apply their own lock (the console) or run what cannot be inside a transaction (VACUUM) turn
    // it off for their job.
    void setReadOnlyTransactions(bool on) { m_readOnly = on; }
    bool readOnlyTransactions() const { return m_readOnly; }

    // Runs one statement and returns all its rows (text format).
    PgResult exec(const QString &sql, const QVariantList &binds = {}) const;
    // Runs several statements in one round trip (libpq's pipeline mode) as one transaction: without a BEGIN
    // among them the server commits them together at the end, or rolls all of them back at the first error
    // (the later ones then fail with "not run"). So `SELECT set_config(..., true)` first applies to the rest
    // alone, and nothing outlives the call on the connection: safe behind a transaction-pooling PgBouncer.
    QList<PgResult> execTogether(const QList<QPair<QString, QVariantList>> &statements) const;

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
    // Pipeline mode, one round trip, no guard of its own.
    QList<PgResult> pipeline(const QList<QPair<QString, QVariantList>> &statements) const;
    bool guards() const;

    pg_conn *m_conn;
    bool m_readOnly = false;
    std::function<void(const QString &, const QString &)> m_notice;
};
