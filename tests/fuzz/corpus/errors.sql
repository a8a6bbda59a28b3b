SELEC 1; foo; \dt
SELECT 1); SELECT (2;
SELECT 1e, 0x, $1a, "";
SELECT E'\u12;x', E'\uD800;', E'\xff;';
SELECT * FORM users;
SELECT 'unterminated; SELECT 2
