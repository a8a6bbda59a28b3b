-- The text of the statements the dashboard shows, and only of those (the figures are read without text).
-- Every pg_stat_statements version. $1: the queryids as a bigint array literal.
SELECT DISTINCT ON (s.queryid) s.queryid::text AS queryid, s.query
FROM pg_stat_statements(showtext := true) s
WHERE s.queryid = ANY ($1::bigint[])
  AND s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database());
