-- Tables of every user schema with their sizes, rows and upkeep, largest first; read on opening the panel and
-- on request, never on the fast timer. PostgreSQL 12 and later. Sizes by oid, so no name is ever spliced
-- into SQL (the seed's schemaname||'.'||tablename breaks on names that need quoting). $1: the most rows.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       pg_total_relation_size(c.oid) AS total_bytes,
       pg_relation_size(c.oid) AS table_bytes,
       pg_indexes_size(c.oid) AS index_bytes,
       CASE WHEN c.reltoastrelid <> 0 THEN pg_total_relation_size(c.reltoastrelid) ELSE 0 END AS toast_bytes,
       s.n_live_tup AS live_rows,
       s.n_dead_tup AS dead_rows,
       s.seq_scan,
       s.idx_scan,
       extract(epoch FROM clock_timestamp() - greatest(s.last_vacuum, s.last_autovacuum)) AS vacuum_age_s,
       extract(epoch FROM clock_timestamp() - greatest(s.last_analyze, s.last_autoanalyze)) AS analyze_age_s
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
WHERE c.relkind IN ('r', 'm', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY total_bytes DESC, n.nspname, c.relname
LIMIT $1;
