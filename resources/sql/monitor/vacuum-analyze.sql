-- VACUUM (ANALYZE) of one table. Every version. %1: the table as a quoted identifier ("schema"."name"), the one
-- thing VACUUM cannot take as a bound value; it comes from PgStatement::quoteIdentifier, never from raw text.
VACUUM (ANALYZE) %1;
