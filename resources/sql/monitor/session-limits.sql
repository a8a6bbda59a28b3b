-- The dashboard session's own limits, so that watching never holds locks or runs long. Every version.
SELECT set_config('statement_timeout', '10s', false), set_config('lock_timeout', '2s', false);
