-- The dashboard's header figures and counters, one row, read on every fast refresh. PostgreSQL 12 and later.
-- The counters are cumulative (pg_stat_database); rates come from two samples and their clock_timestamp().
-- The dashboard's own backend is left out of the per-state counts, and counted in the connections used.
WITH activity AS (
    SELECT a.pid, a.usesysid, a.datid, a.state, a.wait_event_type, a.xact_start
    FROM pg_stat_activity a
    WHERE a.backend_type = 'client backend'
)
SELECT current_setting('server_version') AS server_version,
       extract(epoch FROM clock_timestamp()) AS sampled_at,
       extract(epoch FROM clock_timestamp() - pg_postmaster_start_time()) AS uptime_s,
       pg_database_size(d.oid) AS database_bytes,
       (SELECT count(*) FROM activity) AS connections,
       current_setting('max_connections')::int AS max_connections,
       current_setting('superuser_reserved_connections')::int AS reserved_connections,
       r.rolconnlimit AS role_limit,
       (SELECT count(*) FROM activity WHERE usesysid = r.oid) AS role_connections,
       d.datconnlimit AS database_limit,
       (SELECT count(*) FROM activity WHERE datid = d.oid) AS database_connections,
       (SELECT count(*) FROM activity WHERE pid <> pg_backend_pid() AND state = 'active'
                                      AND wait_event_type IS DISTINCT FROM 'Lock') AS active,
       (SELECT count(*) FROM activity WHERE pid <> pg_backend_pid() AND state = 'idle') AS idle,
       (SELECT count(*) FROM activity WHERE pid <> pg_backend_pid()
                                      AND state LIKE 'idle in transaction%') AS idle_in_transaction,
       (SELECT count(*) FROM activity WHERE pid <> pg_backend_pid() AND wait_event_type = 'Lock') AS waiting,
       (SELECT extract(epoch FROM clock_timestamp() - min(xact_start))
        FROM activity WHERE pid <> pg_backend_pid()) AS oldest_xact_s,
       s.xact_commit, s.xact_rollback, s.blks_read, s.blks_hit,
       s.tup_returned, s.tup_fetched, s.tup_inserted, s.tup_updated, s.tup_deleted,
       s.deadlocks, s.temp_files, s.temp_bytes,
       extract(epoch FROM s.stats_reset) AS stats_reset,
       pg_is_in_recovery() AS in_recovery,
       -- On a standby: how long ago the last replayed transaction committed on the primary.
       CASE WHEN pg_is_in_recovery()
            THEN extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) END AS replay_lag_s,
       (SELECT count(*) FROM pg_stat_replication) AS standbys,
       (SELECT e.extversion FROM pg_extension e WHERE e.extname = 'pg_stat_statements') AS statements_version,
       -- Its settings exist only where the library is loaded (shared_preload_libraries is not readable by all).
       EXISTS (SELECT 1 FROM pg_settings WHERE name LIKE 'pg\_stat\_statements.%') AS statements_loaded
FROM pg_database d
JOIN pg_stat_database s ON s.datid = d.oid
JOIN pg_roles r ON r.rolname = current_user
WHERE d.datname = current_database();
