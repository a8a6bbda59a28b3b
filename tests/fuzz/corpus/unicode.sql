-- ünïcödé 😀 漢字
SELECT 'äöü;' AS größe, '👍🏽' AS "ok;😀" FROM 表;
SELECT '😀', 1e FORM x; SELECT 'a😀b
