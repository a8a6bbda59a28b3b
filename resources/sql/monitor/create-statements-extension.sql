-- Creates pg_stat_statements in the current database (a superuser's right: the extension is not trusted).
-- Every version; the library must be in shared_preload_libraries for it to collect anything.
CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
