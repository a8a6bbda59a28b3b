-- Where the values of one column lie in its order, as the planner's statistics see them: the fraction of
-- NULLs and the histogram's bounds (equal-frequency buckets) as text. The table browser seeks to an
-- estimated position with them instead of OFFSET. $1 schema, $2 table, $3 column. Every version from 8.x;
-- a partitioned table's statistics are the inherited ones.
SELECT null_frac::float8, histogram_bounds::text
FROM pg_catalog.pg_stats
WHERE schemaname = $1 AND tablename = $2 AND attname = $3
ORDER BY inherited DESC
LIMIT 1;
