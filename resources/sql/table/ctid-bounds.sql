-- Where a table read in ctid order (no key, no sort) begins and ends, as SeekEstimate bounds: no NULLs,
-- blocks 0 to the last block that holds a row (rows spread over the blocks about evenly), no key bounds. A seek
-- then reads "ctid >= '(block,0)'", which PostgreSQL 14 and later answer with a TID range scan. The file's
-- last blocks can hold no row: PostgreSQL 16 and later extend a bulk-loaded table by many blocks at once, and
-- rows deleted at the end stay until a vacuum truncates them. So the last row of the file's last 256 blocks
-- (a TID range scan of at most 2 MB) marks the end; the file's size when none is there.
-- $1 the quoted "schema"."table"; %1 the same, as a name in the text.
SELECT 0::float8,
       format('{"(0,0)","(%s,0)"}',
              coalesce((SELECT (max(ctid)::text::point)[0]::bigint + 1 FROM %1
                        WHERE ctid >= format('(%s,0)', greatest(b.blocks - 256, 0))::tid), b.blocks)),
       NULL::text
FROM (SELECT pg_relation_size($1::regclass) / current_setting('block_size')::bigint AS blocks) AS b;
