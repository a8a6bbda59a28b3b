-- Indexes worth a look: invalid ones (a failed CREATE INDEX CONCURRENTLY), exact duplicates of another index
-- of the same table, and ones never scanned since the statistics were reset (primary keys, unique indexes and
-- constraint indexes left out: they enforce something even when never read). PostgreSQL 12 and later.
WITH idx AS (
    SELECT i.indexrelid, i.indrelid, i.indisvalid, i.indisunique, i.indisprimary,
           i.indkey::text || ' ' || i.indclass::text || ' ' || coalesce(pg_get_expr(i.indexprs, i.indrelid), '')
               || ' ' || coalesce(pg_get_expr(i.indpred, i.indrelid), '') AS shape
    FROM pg_index i
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
)
SELECT n.nspname AS schema_name,
       t.relname AS table_name,
       ic.relname AS index_name,
       CASE WHEN NOT x.indisvalid THEN 'invalid'
            WHEN EXISTS (SELECT 1 FROM idx d WHERE d.indrelid = x.indrelid AND d.shape = x.shape
                                                AND d.indexrelid < x.indexrelid) THEN 'duplicate'
            ELSE 'unused' END AS problem,
       pg_relation_size(x.indexrelid) AS index_bytes,
       s.idx_scan,
       (SELECT d.indexrelid::regclass::text FROM idx d
        WHERE d.indrelid = x.indrelid AND d.shape = x.shape AND d.indexrelid < x.indexrelid
        ORDER BY d.indexrelid LIMIT 1) AS duplicate_of
FROM idx x
JOIN pg_class ic ON ic.oid = x.indexrelid
JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
LEFT JOIN pg_stat_user_indexes s ON s.indexrelid = x.indexrelid
WHERE NOT x.indisvalid
   OR EXISTS (SELECT 1 FROM idx d WHERE d.indrelid = x.indrelid AND d.shape = x.shape AND d.indexrelid < x.indexrelid)
   OR (coalesce(s.idx_scan, 0) = 0 AND NOT x.indisunique AND NOT x.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid))
ORDER BY problem, index_bytes DESC, n.nspname, t.relname, ic.relname
LIMIT 500;
