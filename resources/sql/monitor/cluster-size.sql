-- Bytes in every database of the cluster: what the data volume holds, less WAL and the server's own files.
-- For the dashboard's Kubernetes panel, beside the volume's size. PostgreSQL 10 and later. pg_database_size
-- refuses a database the role may not connect to, so those count as nothing.
SELECT coalesce(sum(CASE WHEN has_database_privilege(oid, 'CONNECT') THEN pg_database_size(oid) END), 0)::bigint
           AS bytes
FROM pg_database
WHERE datallowconn
