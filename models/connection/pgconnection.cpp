#include "pgconnection.h"

#include "connection/pgerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <libpq-fe.h>
#include <vector>

void PgResultDeleter::operator()(pg_result *result) const
{
    PQclear(result);
}

namespace {

// Type OIDs from pg_type.h (stable across server versions).
enum : quint32 {
    BoolOid = 16,
    Int8Oid = 20,
    Int2Oid = 21,
    Int4Oid = 23,
    OidOid = 26,
    Float4Oid = 700,
    Float8Oid = 701,
    DateOid = 1082,
    TimestampOid = 1114,
    TimestampTzOid = 1184
};

void fillRows(PgResult &out, const PGresult *result)
{
    const int columns = PQnfields(result);
    for (int c = 0; c < columns; ++c) {
        out.columns << QString::fromUtf8(PQfname(result, c));
        out.columnTypes << quint32(PQftype(result, c));
    }
    const int rows = PQntuples(result);
    out.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            if (PQgetisnull(result, r, c))
                row << QVariant();
            else
                row << QString::fromUtf8(PQgetvalue(result, r, c), PQgetlength(result, r, c));
        }
        out.rows << row;
    }
}

void receiveNotice(void *arg, const PGresult *result)
{
    const auto *handler = static_cast<const std::function<void(const QString &, const QString &)> *>(arg);
    if (handler && *handler)
        (*handler)(PgError::field(result, PG_DIAG_SEVERITY), PgError::field(result, PG_DIAG_MESSAGE_PRIMARY));
}

void ignoreNotice(void *, const PGresult *) { }

// Bound values as libpq takes them: UTF-8 text, or a null pointer for NULL. The copies must outlive the call
// that sends them.
class BoundValues
{
public:
    explicit BoundValues(const QVariantList &binds)
    {
        m_storage.reserve(size_t(binds.size()));
        for (const QVariant &bind : binds) {
            if (bind.isNull()) {
                m_values.push_back(nullptr);
            } else {
                m_storage.push_back(bind.toString().toUtf8());
                m_values.push_back(m_storage.back().constData());
            }
        }
    }
    int count() const { return int(m_values.size()); }
    const char *const *values() const { return m_values.empty() ? nullptr : m_values.data(); }

private:
    std::vector<QByteArray> m_storage;
    std::vector<const char *> m_values;
};

} // namespace

QVariant PgResult::value(int row, int column) const
{
    const QVariant cell = rows.value(row).value(column);
    if (cell.isNull())
        return cell;
    const QString text = cell.toString();
    switch (columnTypes.value(column)) {
    case BoolOid:
        return text == QLatin1String("t");
    case Int2Oid:
    case Int4Oid:
        return text.toInt();
    case Int8Oid:
        return text.toLongLong();
    case OidOid:
        return text.toUInt();
    case Float4Oid:
    case Float8Oid:
        return text.toDouble();
    case DateOid:
        return QDate::fromString(text, Qt::ISODate);
    case TimestampOid:
    case TimestampTzOid: {
        // "2026-11-30 22:09:16.123456+00": ISO 8601 once the zone has minutes.
        QString iso = text;
        if (iso.size() > 3 && (iso.at(iso.size() - 3) == u'+' || iso.at(iso.size() - 3) == u'-'))
            iso += QStringLiteral(":00");
        return QDateTime::fromString(iso, Qt::ISODateWithMs);
    }
    default:
        return text;
    }
}

bool PgConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

Error PgConnection::lastError(const QString &what) const
{
    if (!m_conn)
        return {
            what, QCoreApplication::translate("PgConnection", "The connection is not open."), QStringLiteral("08003")};
    return PgError::fromResult(nullptr, m_conn, what);
}

static QString readOnlyTransaction()
{
    return QStringLiteral("SET TRANSACTION READ ONLY");
}

bool PgConnection::guards() const
{
    // A BEGIN too: the transaction it opens stays read-only unless it asks for READ WRITE itself (the server
    // lets a transaction switch before its first query), as an unlocked table's save does.
    return m_readOnly && transaction() == Transaction::Idle;
}

PgResult PgConnection::exec(const QString &sql, const QVariantList &binds) const
{
    if (guards()) {
        const QList<PgResult> results
            = pipeline({qMakePair(readOnlyTransaction(), QVariantList()), qMakePair(sql, binds)});
        return results.value(0).ok() ? results.value(1) : results.value(0);
    }
    PgResult out;
    const QString what = QCoreApplication::translate("PgConnection", "Running the statement");
    if (!isOpen()) {
        out.error = {
            what, QCoreApplication::translate("PgConnection", "The connection is not open."), QStringLiteral("08003")};
        return out;
    }
    QElapsedTimer timer;
    timer.start();
    const BoundValues values(binds);
    const PgResultHandle result(
        PQexecParams(m_conn, sql.toUtf8().constData(), values.count(), nullptr, values.values(), nullptr, nullptr, 0));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_TUPLES_OK)
        fillRows(out, result.get());
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
        out.rowsAffected = QByteArray(PQcmdTuples(result.get())).toInt();
    } else {
        out.error = PgError::fromResult(result.get(), m_conn, what);
        out.constraint = PgError::field(result.get(), PG_DIAG_CONSTRAINT_NAME);
        out.column = PgError::field(result.get(), PG_DIAG_COLUMN_NAME);
        out.table = PgError::field(result.get(), PG_DIAG_TABLE_NAME);
    }
    out.elapsedMs = timer.elapsed();
    return out;
}

QList<PgResult> PgConnection::execTogether(const QList<QPair<QString, QVariantList>> &statements) const
{
    if (!statements.isEmpty() && guards()) {
        QList<PgResult> results = pipeline(QList {qMakePair(readOnlyTransaction(), QVariantList())} + statements);
        const PgResult guard = results.takeFirst();
        if (!guard.ok())
            results.first() = guard;
        return results;
    }
    return pipeline(statements);
}

QList<PgResult> PgConnection::pipeline(const QList<QPair<QString, QVariantList>> &statements) const
{
    QList<PgResult> out(statements.size());
    const QString what = QCoreApplication::translate("PgConnection", "Running the statement");
    // What an earlier job left unread (as PQexec itself discards it): pipeline mode starts only when idle.
    while (isOpen()) {
        PGresult *left = PQgetResult(m_conn);
        if (!left)
            break;
        const ExecStatusType status = PQresultStatus(left);
        PQclear(left);
        if (status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH)
            break;
    }
    if (!isOpen() || PQenterPipelineMode(m_conn) != 1) {
        for (PgResult &result : out)
            result.error = lastError(what);
        return out;
    }
    QElapsedTimer timer;
    timer.start();
    int sent = 0;
    for (const auto &[sql, binds] : statements) {
        const BoundValues values(binds);
        if (!PQsendQueryParams(
                m_conn, sql.toUtf8().constData(), values.count(), nullptr, values.values(), nullptr, nullptr, 0))
            break;
        ++sent;
    }
    const bool synced = PQpipelineSync(m_conn) == 1;
    for (int i = 0; i < statements.size(); ++i) {
        PgResult &result = out[i];
        if (i >= sent || !synced) {
            result.error = lastError(what);
            continue;
        }
        // One result per statement, then a null that ends it. Row by row when libpq's single-row mode is still
        // on from an earlier streamed query (pipeline mode does not reset it): each row, then an empty end.
        PgResultHandle handle(PQgetResult(m_conn));
        while (handle && PQresultStatus(handle.get()) == PGRES_SINGLE_TUPLE) {
            PgResult row;
            fillRows(row, handle.get());
            if (result.columns.isEmpty()) {
                result.columns = row.columns;
                result.columnTypes = row.columnTypes;
            }
            result.rows += row.rows;
            handle = PgResultHandle(PQgetResult(m_conn));
        }
        while (PgResultHandle(PQgetResult(m_conn))) { }
        const ExecStatusType status = handle ? PQresultStatus(handle.get()) : PGRES_FATAL_ERROR;
        if (status == PGRES_TUPLES_OK && !result.columns.isEmpty() && PQntuples(handle.get()) == 0) {
            result.rowsAffected = int(result.rows.size());
            result.elapsedMs = timer.elapsed();
            continue;
        }
        if (status == PGRES_TUPLES_OK)
            fillRows(result, handle.get());
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            result.rowsAffected = QByteArray(PQcmdTuples(handle.get())).toInt();
        } else if (status == PGRES_PIPELINE_ABORTED) {
            result.error = {what,
                QCoreApplication::translate("PgConnection", "Not run: an earlier statement of the same batch failed."),
                QStringLiteral("25P02")};
        } else {
            result.error = PgError::fromResult(handle.get(), m_conn, what);
            result.constraint = PgError::field(handle.get(), PG_DIAG_CONSTRAINT_NAME);
            result.column = PgError::field(handle.get(), PG_DIAG_COLUMN_NAME);
            result.table = PgError::field(handle.get(), PG_DIAG_TABLE_NAME);
        }
        result.elapsedMs = timer.elapsed();
    }
    // Up to the sync's own result; only then does libpq leave pipeline mode.
    if (synced) {
        while (PgResultHandle handle {PQgetResult(m_conn)}) {
            if (PQresultStatus(handle.get()) == PGRES_PIPELINE_SYNC)
                break;
        }
    }
    PQexitPipelineMode(m_conn);
    return out;
}

bool PgConnection::send(const QString &sql, const QVariantList &binds, bool singleRow, Error *error) const
{
    const QString what = QCoreApplication::translate("PgConnection", "Sending the statement");
    if (!isOpen()) {
        if (error)
            *error = lastError(what);
        return false;
    }
    int sent = 0;
    if (binds.isEmpty()) {
        sent = PQsendQuery(m_conn, sql.toUtf8().constData());
    } else {
        const BoundValues values(binds);
        sent = PQsendQueryParams(
            m_conn, sql.toUtf8().constData(), values.count(), nullptr, values.values(), nullptr, nullptr, 0);
    }
    if (!sent) {
        if (error)
            *error = PgError::fromResult(nullptr, m_conn, what);
        return false;
    }
    if (singleRow)
        PQsetSingleRowMode(m_conn);
    return true;
}

PgResultHandle PgConnection::nextResult() const
{
    return PgResultHandle(m_conn ? PQgetResult(m_conn) : nullptr);
}

void PgConnection::refuseCopyIn(const QString &message) const
{
    PQputCopyEnd(m_conn, message.toUtf8().constData());
}

void PgConnection::drainCopyOut() const
{
    char *buffer = nullptr;
    while (PQgetCopyData(m_conn, &buffer, 0) > 0)
        PQfreemem(buffer);
}

void PgConnection::cancelRunning() const
{
    PGcancel *cancel = PQgetCancel(m_conn);
    char error[256];
    PQcancel(cancel, error, sizeof error);
    PQfreeCancel(cancel);
}

PgConnection::Transaction PgConnection::transaction() const
{
    switch (m_conn ? PQtransactionStatus(m_conn) : PQTRANS_UNKNOWN) {
    case PQTRANS_IDLE:
        return Transaction::Idle;
    case PQTRANS_ACTIVE:
        return Transaction::Active;
    case PQTRANS_INTRANS:
        return Transaction::InTransaction;
    case PQTRANS_INERROR:
        return Transaction::Failed;
    default:
        return Transaction::Unknown;
    }
}

void PgConnection::setNoticeHandler(std::function<void(const QString &, const QString &)> handler)
{
    if (!m_conn)
        return;
    m_notice = std::move(handler);
    if (m_notice)
        PQsetNoticeReceiver(m_conn, receiveNotice, &m_notice);
    else
        PQsetNoticeReceiver(m_conn, ignoreNotice, nullptr);
}
