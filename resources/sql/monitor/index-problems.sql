-- Indexes worth a look: invalid ones (a failed CREATE INDEX CONCURRENTLY), duplicates of another index of the
-- same table (same columns, operator classes, expressions and predicate; of two valid ones, the one that enforces
-- nothing, else the newer, is the duplicate), and ones never scanned since the statistics were reset
-- (primary keys, unique and constraint indexes left out: they enforce something even when never read).
-- PostgreSQL 12 and later.
WITH idx AS (
    SELECT i.indexrelid, i.indrelid, i.indisvalid,
           i.indisunique OR i.indisprimary
               OR EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) AS enforces,
           i.indkey::text || ' ' || i.indclass::text || ' ' || coalesce(pg_get_expr(i.indexprs, i.indrelid), '')
               || ' ' || coalesce(pg_get_expr(i.indpred, i.indrelid), '') AS shape
    FROM pg_index i
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
),
checked AS (
    SELECT x.*,
           (SELECT d.indexrelid::regclass::text FROM idx d
            WHERE d.indrelid = x.indrelid AND d.shape = x.shape AND d.indexrelid <> x.indexrelid AND d.indisvalid
              AND (d.enforces > x.enforces OR (d.enforces = x.enforces AND d.indexrelid < x.indexrelid))
            ORDER BY d.enforces DESC, d.indexrelid
            LIMIT 1) AS duplicate_of
    FROM idx x
)
SELECT n.nspname AS schema_name,
       t.relname AS table_name,
       ic.relname AS index_name,
       CASE WHEN NOT c.indisvalid THEN 'invalid'
            WHEN c.duplicate_of IS NOT NULL THEN 'duplicate'
            ELSE 'unused' END AS problem,
       pg_relation_size(c.indexrelid) AS index_bytes,
       s.idx_scan,
       c.duplicate_of
FROM checked c
JOIN pg_class ic ON ic.oid = c.indexrelid
JOIN pg_class t ON t.oid = c.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
LEFT JOIN pg_stat_user_indexes s ON s.indexrelid = c.indexrelid
WHERE NOT c.indisvalid
   OR c.duplicate_of IS NOT NULL
   OR (coalesce(s.idx_scan, 0) = 0 AND NOT c.enforces)
ORDER BY c.indisvalid, problem, index_bytes DESC, n.nspname, t.relname, ic.relname
LIMIT 500;
