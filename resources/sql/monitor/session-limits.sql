-- The dashboard's own limits, so that watching never holds locks or runs long: for the transaction of the one
-- query sent with it (is_local = true), never for the session. Every version.
SELECT set_config('statement_timeout', '10s', true), set_config('lock_timeout', '2s', true);
