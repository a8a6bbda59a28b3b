#include "statementsmodel.h"

#include "common/sqlresource.h"
#include "common/whenfinished.h"
#include "connection/session.h"
#include "monitor/monitorqueries.h"

#include <QElapsedTimer>
#include <QLocale>

namespace {

struct StatementsReading
{
    QList<StatementRow> rows;
    QHash<QString, QString> texts;
    Error error;
    int statementsRun = 0;
    qint64 elapsedMs = 0;
};

constexpr qsizetype TextCacheCap = 2000;

} // namespace

StatementsModel::StatementsModel(Session *session, QObject *parent)
    : KeyedTableModel(parent)
    , m_session(session)
{ }

void StatementsModel::setExtension(const QString &version, bool loaded)
{
    if (m_known && version == m_version && loaded == m_loaded)
        return;
    m_known = true;
    m_version = version;
    m_loaded = loaded;
    if (!isAvailable())
        setStatements({});
    Q_EMIT availabilityChanged();
}

QString StatementsModel::unavailableReason() const
{
    if (m_version.isEmpty()) {
        return tr("The pg_stat_statements extension is not installed in this database. To enable it, add "
                  "pg_stat_statements to shared_preload_libraries in postgresql.conf, restart the server, then "
                  "run CREATE EXTENSION pg_stat_statements; in this database (as a superuser or the database "
                  "owner).");
    }
    if (!m_loaded) {
        return tr("The pg_stat_statements extension (version %1) is installed, but its library is not loaded. "
                  "Add pg_stat_statements to shared_preload_libraries in postgresql.conf and restart the server.")
            .arg(m_version);
    }
    return {};
}

bool StatementsModel::refresh()
{
    if (m_refreshing || !isAvailable() || !m_session || !m_session->isConnected())
        return false;
    m_refreshing = true;
    if (m_texts.size() > TextCacheCap)
        m_texts.clear();
    auto job = [version = m_version, texts = m_texts](PgConnection &connection) mutable {
        StatementsReading reading;
        QElapsedTimer timer;
        timer.start();
        reading.rows = MonitorQueries::readStatements(
            connection, version, MonitorQueries::StatementRowCap, &texts, &reading.error, &reading.statementsRun);
        reading.elapsedMs = timer.elapsed();
        reading.texts = std::move(texts);
        return reading;
    };
    whenFinished(m_session->call(std::move(job)), this, [this](const StatementsReading &reading) {
        m_refreshing = false;
        if (reading.error) {
            Q_EMIT failed(reading.error);
            return;
        }
        m_texts = reading.texts;
        setStatements(reading.rows);
        Q_EMIT refreshed(reading.statementsRun, reading.elapsedMs);
    });
    return true;
}

void StatementsModel::resetStatistics()
{
    if (!m_session || !m_session->isConnected()) {
        Q_EMIT resetDone(Error {tr("Resetting the statement statistics"), tr("The dashboard is not connected.")});
        return;
    }
    whenFinished(m_session->run(SqlResource::text(QStringLiteral("monitor/reset-statements.sql"))), this,
        [this](const PgResult &result) {
            Error error = result.error;
            if (error) {
                error.what = tr("Resetting the statement statistics");
                if (error.sqlState == QLatin1String("42501"))
                    error.why = tr("Only a superuser, or a role granted EXECUTE on pg_stat_statements_reset(), "
                                   "may reset the statistics.");
            }
            Q_EMIT resetDone(error);
        });
}

bool StatementsModel::canCreateExtension() const
{
    return m_known && m_version.isEmpty() && m_session && m_session->isConnected() && m_session->serverInfo().superuser
        && !m_session->serverInfo().readOnly;
}

void StatementsModel::createExtension()
{
    const QString what = tr("Creating the pg_stat_statements extension");
    if (!m_session || !m_session->isConnected()) {
        Q_EMIT extensionCreated(Error {what, tr("The dashboard is not connected.")});
        return;
    }
    // No session setting refuses it on production any more (see WriteLock): the dashboard has no unlock.
    if (m_session->serverInfo().readOnly) {
        Q_EMIT extensionCreated(Error {what,
            m_session->serverInfo().inRecovery ? tr("The server is a standby: create the extension on the primary.")
                                               : tr("This connection is read-only (a production database).")});
        return;
    }
    const QString sql = SqlResource::text(QStringLiteral("monitor/create-statements-extension.sql"));
    whenFinished(m_session->run(sql), this, [this, what](const PgResult &result) {
        Error error = result.error;
        if (error) {
            error.what = what;
            if (error.sqlState == QLatin1String("42501"))
                error.why = tr("Only a superuser may create pg_stat_statements: it is not a trusted extension.");
        }
        Q_EMIT extensionCreated(error);
    });
}

void StatementsModel::setStatements(QList<StatementRow> statements)
{
    replaceRows(m_rows, std::move(statements),
        [](const StatementRow &row) { return row.queryId + QLatin1Char('/') + row.role; });
}

int StatementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementsModel::display(const StatementRow &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Calls:
        return locale.toString(row.calls);
    case Total:
        return tr("%1 ms").arg(locale.toString(row.totalMs, 'f', 1));
    case Mean:
        return tr("%1 ms").arg(locale.toString(row.meanMs, 'f', 2));
    case Rows:
        return locale.toString(row.rows);
    case Share:
        return tr("%1 %").arg(locale.toString(row.sharePercent, 'f', 1));
    case CacheHits: {
        const std::optional<double> ratio = row.cacheHitRatio();
        return ratio ? tr("%1 %").arg(locale.toString(*ratio * 100, 'f', 1)) : QString();
    }
    case Role:
        return row.role;
    case Query:
        return row.text.simplified().left(300);
    default:
        return {};
    }
}

QVariant StatementsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatementRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Query ? row.text : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() < Role ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Calls:
            return row.calls;
        case Total:
            return row.totalMs;
        case Mean:
            return row.meanMs;
        case Rows:
            return row.rows;
        case Share:
            return row.sharePercent;
        case CacheHits:
            return row.cacheHitRatio().value_or(-1);
        default:
            return display(row, index.column());
        }
    case QueryIdRole:
        return row.queryId;
    case TextRole:
        return row.text;
    default:
        return {};
    }
}

QVariant StatementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Calls:
        return tr("Calls");
    case Total:
        return tr("Total time");
    case Mean:
        return tr("Mean time");
    case Rows:
        return tr("Rows");
    case Share:
        return tr("Share of time");
    case CacheHits:
        return tr("Cache hits");
    case Role:
        return tr("Role");
    case Query:
        return tr("Statement");
    default:
        return {};
    }
}
