#pragma once

#include "common/error.h"
#include "monitor/monitortypes.h"
#include "monitor/ratecalculator.h"

#include <QElapsedTimer>
#include <QObject>

class Session;

// One fast refresh of the dashboard: the header figures and the sessions, read in one job on the
// dashboard's own Session (two statements, one worker round trip), with the rates since the previous one.
struct MonitorSample
{
    ServerOverview overview;
    RateCalculator::Rates rates;
    QList<ActivityRow> sessions;
    Error error;
    int statementsRun = 0;
    qint64 statementsMs = 0; // the statements from sending to the last row, as the client measured them
    qint64 elapsedMs = 0; // the whole job on the worker
};
Q_DECLARE_METATYPE(MonitorSample)

// Reads the dashboard's fast figures on a Session. refresh() never overlaps itself: while one is in flight
// the next is skipped (and counted), so a slow server is never queued up with work. Each query carries the
// dashboard's statement and lock timeouts for its own transaction (see MonitorQueries).
class MonitorSampler : public QObject
{
    Q_OBJECT
public:
    explicit MonitorSampler(Session *session, QObject *parent = nullptr);

    // Starts a refresh; false when skipped (one in flight, or not connected).
    bool refresh();
    bool isRefreshing() const { return m_refreshing; }
    int refreshCount() const { return m_started; }
    // Refreshes skipped because the one before was still running.
    int skippedCount() const { return m_skipped; }
    const MonitorSample &lastSample() const { return m_last; }
    // How long the refresh under way has been running, as the client sees it; 0 when none is.
    qint64 inFlightMs() const { return m_refreshing ? m_inFlight.elapsed() : 0; }
    // How long the last finished refresh took, failed or not (a failed one has no sample).
    qint64 lastElapsedMs() const { return m_lastElapsedMs; }

Q_SIGNALS:
    void sampled(const MonitorSample &sample);
    void failed(const Error &error);

private:
    Session *m_session;
    RateCalculator m_rates;
    MonitorSample m_last;
    QElapsedTimer m_inFlight;
    qint64 m_lastElapsedMs = 0;
    bool m_refreshing = false;
    int m_started = 0;
    int m_skipped = 0;
};
