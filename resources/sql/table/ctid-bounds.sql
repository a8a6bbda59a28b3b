-- Where a table read in ctid order (no key, no sort) begins and ends, as SeekEstimate bounds: no NULLs,
-- blocks 0 to the table's size in blocks (rows spread over the blocks about evenly), no key bounds. A seek
-- then reads "ctid >= '(block,0)'", which PostgreSQL 14 and later answer with a TID range scan. $1 the
-- quoted "schema"."table".
SELECT 0::float8,
       format('{"(0,0)","(%s,0)"}', pg_relation_size($1::regclass) / current_setting('block_size')::bigint),
       NULL::text;
