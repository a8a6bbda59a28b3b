-- Statement figures without their text, for pg_stat_statements 1.2 – 1.7 (total_time; the PostgreSQL 12 era).
-- Top-level and nested rows of one statement are added up. $1: the most rows to return.
SELECT s.queryid::text AS queryid,
       s.userid::regrole::text AS role,
       sum(s.calls) AS calls,
       sum(s.total_time) AS total_ms,
       sum(s.total_time) / nullif(sum(s.calls), 0) AS mean_ms,
       sum(s.rows) AS rows,
       sum(s.shared_blks_hit) AS blks_hit,
       sum(s.shared_blks_read) AS blks_read,
       sum(s.blk_read_time) AS read_ms,
       100 * sum(s.total_time) / nullif(sum(sum(s.total_time)) OVER (), 0) AS share
FROM pg_stat_statements(showtext := false) s
WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND s.queryid IS NOT NULL
GROUP BY s.queryid, s.userid
ORDER BY total_ms DESC NULLS LAST
LIMIT $1;
