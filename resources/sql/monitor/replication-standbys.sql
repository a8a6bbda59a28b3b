-- Each standby streaming from this server (pg_stat_replication; on a primary, or a cascading standby) and how
-- far behind it is: in bytes of WAL at each stage (sent, written, flushed, replayed) and, for the last three,
-- in time. PostgreSQL 12 and later. A role without pg_read_all_stats sees the rows with most columns null.
-- One row per standby: few, never capped.
SELECT r.pid,
       r.application_name,
       coalesce(r.client_hostname, host(r.client_addr)) AS client,
       r.state,
       r.sync_state,
       pg_wal_lsn_diff(here.lsn, r.sent_lsn) AS sent_lag_bytes,
       pg_wal_lsn_diff(here.lsn, r.write_lsn) AS write_lag_bytes,
       pg_wal_lsn_diff(here.lsn, r.flush_lsn) AS flush_lag_bytes,
       pg_wal_lsn_diff(here.lsn, r.replay_lsn) AS replay_lag_bytes,
       extract(epoch FROM r.write_lag) AS write_lag_s,
       extract(epoch FROM r.flush_lag) AS flush_lag_s,
       extract(epoch FROM r.replay_lag) AS replay_lag_s
FROM pg_stat_replication r
-- Where this server's WAL is: written here on a primary, replayed here on a cascading standby.
CROSS JOIN (SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()
                        ELSE pg_current_wal_lsn() END AS lsn) here
ORDER BY r.application_name, r.pid;
