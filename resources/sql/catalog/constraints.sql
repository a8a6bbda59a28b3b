-- Primary keys, unique, check, foreign key and exclusion constraints, with the columns they cover and, for
-- foreign keys, the referenced table and columns. PostgreSQL 10 and later.
SELECT con.conrelid::bigint AS oid,
       con.conname AS name,
       con.contype::text AS type,
       pg_get_constraintdef(con.oid, true) AS definition,
       array_to_string(con.conkey, ',') AS columns,
       rn.nspname AS referenced_schema,
       rc.relname AS referenced_table,
       array_to_string(con.confkey, ',') AS referenced_columns,
       con.confrelid::bigint AS referenced_oid
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
ORDER BY con.conrelid, con.contype = 'p' DESC, con.conname;
