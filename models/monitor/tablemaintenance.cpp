#include "tablemaintenance.h"

#include "common/sqlresource.h"
#include "common/whenfinished.h"
#include "connection/session.h"
#include "table/pgstatement.h"

namespace {

struct VacuumOutcome
{
    Error error;
    QStringList warnings;
};

} // namespace

TableMaintenance::TableMaintenance(std::unique_ptr<Session> session, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
{
    connect(m_session.get(), &Session::opened, this, [this] {
        if (isRunning())
            send();
    });
    connect(m_session.get(), &Session::openFailed, this, [this](const Error &error) {
        if (isRunning())
            finish(error);
    });
}

TableMaintenance::~TableMaintenance() = default;

bool TableMaintenance::vacuumAnalyze(const QString &schema, const QString &table)
{
    if (isRunning() || table.isEmpty())
        return false;
    m_schema = schema;
    m_table = table;
    if (m_session->isConnected())
        send();
    else
        m_session->open();
    return true;
}

void TableMaintenance::send()
{
    const QString name
        = PgStatement::quoteIdentifier(m_schema) + QLatin1Char('.') + PgStatement::quoteIdentifier(m_table);
    const QString sql = SqlResource::text(QStringLiteral("monitor/vacuum-analyze.sql")).arg(name);
    auto job = [sql](PgConnection &connection) {
        // VACUUM cannot run inside a transaction (read-only or not); the server lets it run on production as it
        // always did, since it changes no data. The user confirmed it.
        connection.setReadOnlyTransactions(false);
        VacuumOutcome outcome;
        connection.setNoticeHandler([&outcome](const QString &severity, const QString &message) {
            if (severity == QLatin1String("WARNING"))
                outcome.warnings << message;
        });
        outcome.error = connection.exec(sql).error;
        connection.setNoticeHandler({});
        return outcome;
    };
    whenFinished(m_session->call(std::move(job)), this, [this](const VacuumOutcome &outcome) {
        Error error = outcome.error;
        if (!error && !outcome.warnings.isEmpty()) {
            // Not the owner: the server skips the table with a warning instead of failing.
            error
                = Error {QString(), tr("Only the table's owner (or a superuser) may vacuum it; the server skipped it."),
                    QStringLiteral("42501"), outcome.warnings.join(QLatin1Char('\n'))};
        }
        finish(error);
    });
}

void TableMaintenance::finish(const Error &error)
{
    const QString table = m_schema + QLatin1Char('.') + m_table;
    Error outcome = error;
    if (outcome)
        outcome.what = tr("VACUUM (ANALYZE) of %1").arg(table);
    m_schema.clear();
    m_table.clear();
    Q_EMIT finished(table, outcome);
}
