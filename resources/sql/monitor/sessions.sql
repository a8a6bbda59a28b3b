-- The dashboard's sessions (client backends in pg_stat_activity) with what blocks them, read on every fast
-- refresh. PostgreSQL 12 and later. $1: the most rows to return. pg_blocking_pids() only for sessions that
-- wait on a lock, and pg_locks read once, so a server with many locks stays cheap to watch.
WITH waiting AS (
    SELECT l.pid,
           string_agg(l.mode || ' on ' || l.locktype
                      || coalesce(' ' || l.relation::regclass::text, '')
                      || coalesce(' (transaction ' || l.transactionid || ')', ''), ', ') AS waits_for
    FROM pg_locks l
    WHERE NOT l.granted
    GROUP BY l.pid
)
SELECT a.pid,
       a.usename,
       a.application_name,
       coalesce(host(a.client_addr), CASE WHEN a.client_port = -1 THEN 'local socket' END) AS client,
       a.datname,
       a.state,
       a.wait_event_type,
       a.wait_event,
       extract(epoch FROM clock_timestamp() - a.xact_start) AS xact_age_s,
       extract(epoch FROM clock_timestamp() - a.query_start) AS query_age_s,
       extract(epoch FROM clock_timestamp() - a.state_change) AS state_age_s,
       left(a.query, 4000) AS query,
       a.pid = pg_backend_pid() AS own,
       CASE WHEN a.wait_event_type = 'Lock' THEN array_to_string(pg_blocking_pids(a.pid), ',') END AS blocked_by,
       w.waits_for
FROM pg_stat_activity a
LEFT JOIN waiting w ON w.pid = a.pid
WHERE a.backend_type = 'client backend'
ORDER BY a.backend_start, a.pid
LIMIT $1;
