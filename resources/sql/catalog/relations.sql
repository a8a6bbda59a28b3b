-- Tables, partitioned tables, views, materialized views and foreign tables in user schemas, with the
-- planner's row estimate (no count(*): instant on any size) and the total size on disk.
-- reltuples is -1 for never-analyzed tables from PostgreSQL 14 on (0 before). PostgreSQL 10 and later.
SELECT c.oid::bigint AS oid,
       n.nspname AS schema,
       c.relname AS name,
       c.relkind::text AS kind,
       CASE WHEN c.reltuples < 0 THEN -1 ELSE c.reltuples::bigint END AS estimated_rows,
       CASE WHEN c.relkind IN ('r', 'm', 'p') THEN pg_total_relation_size(c.oid) ELSE 0 END AS total_bytes,
       obj_description(c.oid, 'pg_class') AS comment,
       -- A view PostgreSQL can update by itself, over exactly one relation: its definition and that relation,
       -- from which the browser takes a key (ViewKey). Others read by OFFSET.
       CASE WHEN c.relkind = 'v' AND pg_relation_is_updatable(c.oid::regclass, false) & 16 <> 0
            THEN pg_get_viewdef(c.oid) END AS view_definition,
       CASE WHEN c.relkind = 'v'
            THEN (SELECT min(d.refobjid)::bigint
                  FROM pg_rewrite r
                  JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
                   AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> c.oid
                  WHERE r.ev_class = c.oid
                  HAVING count(DISTINCT d.refobjid) = 1) END AS view_base
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND NOT c.relispartition
  -- Objects that belong to an extension (pg_stat_statements' views) are the extension's, not the schema's.
  AND NOT EXISTS (SELECT 1 FROM pg_depend dep
                  WHERE dep.classid = 'pg_class'::regclass AND dep.objid = c.oid AND dep.deptype = 'e')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY n.nspname, c.relname;
