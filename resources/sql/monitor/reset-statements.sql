-- Resets pg_stat_statements (superuser, or a role granted EXECUTE on it). Every extension version.
SELECT pg_stat_statements_reset();
