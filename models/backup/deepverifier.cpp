#include "deepverifier.h"

#include "backup/restorejob.h"
#include "common/whenfinished.h"
#include "connection/session.h"
#include "table/pgstatement.h"

#include <QRandomGenerator>

namespace {

// Exact row counts of tables, one statement each, in one job on the worker thread.
QHash<QString, qint64> countRows(PgConnection &connection, const QStringList &tables, Error *error)
{
    QHash<QString, qint64> counts;
    for (const QString &table : tables) {
        const qsizetype dot = table.indexOf(QLatin1Char('.'));
        const QString quoted = PgStatement::quoteIdentifier(table.left(dot)) + QLatin1Char('.')
            + PgStatement::quoteIdentifier(table.mid(dot + 1));
        const PgResult result = connection.exec(QStringLiteral("SELECT count(*) FROM ") + quoted);
        if (!result.ok()) {
            *error = result.error;
            return counts;
        }
        counts.insert(table, result.value(0, 0).toLongLong());
    }
    return counts;
}

} // namespace

DeepVerifier::DeepVerifier(const ConnectionProfile &source, const QString &password, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_scratch(source)
    , m_password(password)
{
    m_scratch.database
        = QStringLiteral("saytruth_verify_%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    m_scratch.kind = ConnectionProfile::Kind::Development;
}

DeepVerifier::~DeepVerifier() = default;

void DeepVerifier::start(const QString &backupPath, const QStringList &tables)
{
    m_running = true;
    m_tables = tables;
    RestoreOptions options;
    options.path = backupPath;
    options.createDatabase = true;
    options.noOwner = true;
    options.noPrivileges = true;
    options.jobs = 2;
    m_restore = std::make_unique<RestoreJob>(m_scratch, m_password, options);
    connect(m_restore.get(), &RestoreJob::logLine, this, &DeepVerifier::logLine);
    connect(m_restore.get(), &RestoreJob::prepared, m_restore.get(), &RestoreJob::run);
    connect(m_restore.get(), &RestoreJob::finished, this, [this](const RestoreResult &result) {
        if (result.outcome != RestoreResult::Outcome::Restored) {
            done(result.outcome == RestoreResult::Outcome::Cancelled
                    ? Error {}
                    : Error {tr("Checking the backup by restoring it into %1").arg(m_scratch.database),
                        result.error.why, {}, result.error.detail});
            return;
        }
        restored();
    });
    Q_EMIT logLine(tr("Deep check: restoring into the scratch database %1").arg(m_scratch.database));
    m_restore->prepare();
}

void DeepVerifier::restored()
{
    Q_EMIT logLine(tr("Deep check: counting the rows of %n table(s) in both databases", "", int(m_tables.size())));
    m_sourceSession = std::make_unique<Session>(m_source, m_password, QStringLiteral("deep check"));
    m_scratchSession = std::make_unique<Session>(m_scratch, m_password, QStringLiteral("deep check"));
    m_pending = 2;
    const QStringList tables = m_tables;
    for (Session *session : {m_sourceSession.get(), m_scratchSession.get()}) {
        QHash<QString, qint64> *counts = session == m_sourceSession.get() ? &m_sourceCounts : &m_scratchCounts;
        connect(session, &Session::openFailed, this, [this](const Error &error) {
            m_error = error;
            if (--m_pending == 0)
                compare();
        });
        connect(session, &Session::opened, this, [this, session, counts, tables] {
            whenFinished(session->call([tables](PgConnection &connection) {
                Error error;
                auto counted = countRows(connection, tables, &error);
                return std::make_pair(counted, error);
            }),
                this, [this, counts](const std::pair<QHash<QString, qint64>, Error> &result) {
                    *counts = result.first;
                    if (result.second && !m_error)
                        m_error = result.second;
                    if (--m_pending == 0)
                        compare();
                });
        });
        session->open();
    }
}

void DeepVerifier::compare()
{
    m_scratchSession.reset(); // disconnect before the database is dropped
    if (m_error) {
        done(m_error);
        return;
    }
    QStringList differences;
    for (const QString &table : std::as_const(m_tables)) {
        if (m_sourceCounts.value(table) != m_scratchCounts.value(table))
            differences << tr("%1: %2 rows in the database, %3 in the backup")
                               .arg(table)
                               .arg(m_sourceCounts.value(table))
                               .arg(m_scratchCounts.value(table));
    }
    if (differences.isEmpty()) {
        Q_EMIT logLine(tr("Deep check: every table's row count matches"));
        done({});
        return;
    }
    done({tr("Checking the backup by restoring it"),
        tr("The restored copy differs from the database in %n table(s) (rows written during the backup also show "
           "here).",
            "", int(differences.size())),
        {}, differences.join(QLatin1Char('\n'))});
}

void DeepVerifier::cancel()
{
    if (m_restore && m_restore->isRunning())
        m_restore->cancel();
}

void DeepVerifier::done(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_scratchSession.reset();
    // Drop the scratch database from the source's connection (it cannot drop the one it is connected to).
    if (!m_sourceSession) {
        m_sourceSession = std::make_unique<Session>(m_source, m_password, QStringLiteral("deep check"));
        m_sourceSession->open();
    }
    const QString drop = QStringLiteral("DROP DATABASE IF EXISTS ") + PgStatement::quoteIdentifier(m_scratch.database);
    whenFinished(m_sourceSession->call([drop](PgConnection &connection) { return connection.exec(drop); }), this,
        [this, error](const PgResult &result) {
            if (!result.ok())
                Q_EMIT logLine(
                    tr("Could not drop the scratch database %1: %2").arg(m_scratch.database, result.error.toString()));
            Q_EMIT finished(error);
        });
}
