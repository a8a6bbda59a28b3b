-- Where the values of one column lie in its order, as the planner's statistics see them: the fraction of
-- NULLs and the histogram's bounds (equal-frequency buckets) as text; the first key column's bounds,
-- which place a seek among the rows of one value (NULL, or a common one: they follow the key); and the most
-- common values with their shares, which the histogram leaves out. The table browser seeks to
-- an estimated position with them instead of OFFSET. $1 schema, $2 table, $3 column, $4 key column (or
-- NULL). Every version from 8.x; a partitioned table's statistics are the inherited ones.
SELECT s.null_frac::float8, s.histogram_bounds::text,
       (SELECT k.histogram_bounds::text
        FROM pg_catalog.pg_stats k
        WHERE k.schemaname = $1 AND k.tablename = $2 AND k.attname = $4
        ORDER BY k.inherited DESC
        LIMIT 1),
       s.most_common_vals::text, s.most_common_freqs::text
FROM pg_catalog.pg_stats s
WHERE s.schemaname = $1 AND s.tablename = $2 AND s.attname = $3
ORDER BY s.inherited DESC
LIMIT 1;
