-- Whether the server is a standby and, if so, how far its replay is behind the primary (seconds since the
-- last replayed transaction committed there; NULL before the first one). Every version from 9.1 on; from 14 the
-- first column also comes for free as the in_hot_standby parameter.
SELECT pg_is_in_recovery() AS in_recovery,
       CASE WHEN pg_is_in_recovery()
            THEN extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp())::float8 END AS replay_lag_s;
