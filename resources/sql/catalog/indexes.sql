-- Indexes of user tables with their definition (as psql's \d shows it), method and size.
-- PostgreSQL 10 and later.
SELECT i.indrelid::bigint AS oid,
       ic.relname AS name,
       pg_get_indexdef(i.indexrelid) AS definition,
       i.indisunique AS is_unique,
       i.indisprimary AS is_primary,
       am.amname AS method,
       pg_relation_size(i.indexrelid) AS bytes
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY i.indrelid, i.indisprimary DESC, ic.relname;
