-- On a standby: how far it has received and replayed the primary's WAL, how long ago the last replayed
-- transaction committed there, and where it streams from. No row on a primary. PostgreSQL 12 and later.
SELECT pg_last_wal_receive_lsn()::text AS receive_lsn,
       pg_last_wal_replay_lsn()::text AS replay_lsn,
       pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()) AS replay_behind_bytes,
       extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) AS replay_lag_s,
       -- pg_is_wal_replay_paused() fails outside recovery (a promotion between the two calls).
       CASE WHEN pg_is_in_recovery() THEN pg_is_wal_replay_paused() END AS replay_paused,
       w.status AS receiver_status,
       w.sender_host,
       w.sender_port
FROM (SELECT 1) AS one
LEFT JOIN pg_stat_wal_receiver w ON true
WHERE pg_is_in_recovery();
