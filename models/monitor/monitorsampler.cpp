#include "monitorsampler.h"

#include "common/whenfinished.h"
#include "connection/session.h"
#include "monitor/monitorqueries.h"

MonitorSampler::MonitorSampler(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // A job lost with its connection never reports back: a new connection starts afresh.
    connect(m_session, &Session::opened, this, [this] {
        m_refreshing = false;
        m_rates.clear();
    });
}

bool MonitorSampler::refresh()
{
    if (!m_session->isConnected())
        return false;
    if (m_refreshing) {
        ++m_skipped;
        return false;
    }
    m_refreshing = true;
    m_inFlight.start();
    ++m_started;
    auto job = [](PgConnection &connection) {
        MonitorSample sample;
        QElapsedTimer timer;
        timer.start();
        qint64 overviewMs = 0;
        qint64 sessionsMs = 0;
        sample.overview = MonitorQueries::readOverview(connection, &sample.error, &overviewMs);
        sample.statementsRun = 1;
        if (!sample.error) {
            sample.sessions
                = MonitorQueries::readSessions(connection, MonitorQueries::SessionRowCap, &sample.error, &sessionsMs);
            sample.statementsRun = 2;
        }
        sample.statementsMs = overviewMs + sessionsMs;
        sample.elapsedMs = timer.elapsed();
        return sample;
    };
    whenFinished(m_session->call(std::move(job)), this, [this](MonitorSample sample) {
        m_refreshing = false;
        m_lastElapsedMs = m_inFlight.elapsed();
        if (sample.error) {
            Q_EMIT failed(sample.error);
            return;
        }
        sample.rates = m_rates.add(sample.overview.counters);
        m_last = sample;
        Q_EMIT sampled(m_last);
    });
    return true;
}
