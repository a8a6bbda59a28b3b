SELECT ';', E'\';', 'it''s;', U&'d\0061t;a', "weird;ident", U&"a;b";
SELECT $$;$$; SELECT $tag$ $$ ; $$ $tag$;
/* outer /* nested ; */ still ; */ SELECT 1 -- trailing; comment
;
DO $$ BEGIN PERFORM 1; RAISE NOTICE 'a;b'; END $$;
CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END $body$ LANGUAGE plpgsql;
CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END;
CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2);
