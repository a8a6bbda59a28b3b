-- Deterministic, realistic SayTruth sample data. The same scale always gives the same rows (no random()):
-- every value is derived from the row number through a multiplicative hash.
-- Scale from the setting saytruth.scale (set by LocalCluster): 1 = 1,000 users, 20,000 messages,
-- 3,000 links, about 10,000 follows; saytruth.user_scale (when set) sizes the users alone. For PostgreSQL 13
-- and later.

SET ROLE saytruth_user;

CREATE TEMPORARY TABLE seed_scale AS
SELECT current_setting('saytruth.scale')::int AS scale,
       1000 * coalesce(nullif(current_setting('saytruth.user_scale', true), ''),
                       current_setting('saytruth.scale'))::int AS users,
       20000 * current_setting('saytruth.scale')::bigint AS messages,
       3000 * current_setting('saytruth.scale')::int AS links,
       10000 * current_setting('saytruth.scale')::int AS follows;

-- h(i, salt): a well-spread non-negative integer for row i.
CREATE FUNCTION pg_temp.h(i bigint, salt int) RETURNS bigint LANGUAGE sql IMMUTABLE AS
$$ SELECT ((i * 2654435761 + salt * 40503) # ((i + salt) * 2246822519)) % 4294967296 $$;

-- When user n signed up: spread over the two years from 2023-01-01.
CREATE FUNCTION pg_temp.user_created(n bigint, users bigint) RETURNS timestamp LANGUAGE sql IMMUTABLE AS
$$ SELECT timestamp '2023-01-01 08:00' + (n::float8 / users) * interval '700 days'
          + (pg_temp.h(n, 7) % 86400) * interval '1 second' $$;

INSERT INTO users (email, username, hashed_password, created_at)
SELECT lower(f.name || '.' || l.name) || n || '@' || (ARRAY['example.com', 'mail.test', 'saytruth.dev',
           'inbox.example', 'post.test'])[1 + pg_temp.h(n, 3) % 5],
       lower(f.name) || '_' || lower(l.name) || CASE WHEN n > 400 THEN n::text ELSE '' END,
       '$2b$12$' || substr(translate(encode(sha256(('saytruth-' || n)::bytea), 'base64'), '+/=', './'), 1, 53),
       pg_temp.user_created(n, s.users)
FROM seed_scale s, generate_series(1, s.users) AS n,
LATERAL (SELECT (ARRAY['Amira', 'Ben', 'Chloe', 'Daniel', 'Elif', 'Felix', 'Grace', 'Hugo', 'Ines', 'Jonas',
          'Kaito', 'Lena', 'Mateo', 'Nadia', 'Oscar', 'Priya', 'Quentin', 'Rosa', 'Samir', 'Tara'])
          [1 + pg_temp.h(n, 1) % 20] AS name) f,
LATERAL (SELECT (ARRAY['Adams', 'Bauer', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito',
          'Jensen', 'Kowalski', 'Lopez', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Rossi', 'Silva',
          'Tanaka', 'Weber'])[1 + (n + pg_temp.h(n, 2) / 20) % 20] AS name) l
ORDER BY n;

-- Popular users get more messages: the recipient is skewed towards low ids.
INSERT INTO messages (user_id, content, created_at)
SELECT u.id,
       (ARRAY['Honestly,', 'To be fair,', 'I never told you this, but', 'Not going to lie,', 'Just saying:',
              'Since it''s anonymous:', 'Real talk:', 'No offence, but', 'For what it''s worth,',
              'Between us,', 'I have to say', 'Truth is,'])[1 + pg_temp.h(i, 11) % 12]
       || ' ' ||
       (ARRAY['your presentation last week', 'the way you handled that meeting', 'your code reviews',
              'your playlist', 'your cooking', 'your last blog post', 'your sense of humour',
              'that photo you posted', 'your advice on my project', 'your running pace',
              'your handwriting', 'the way you explain things', 'your taste in films',
              'your group chat messages', 'your garden'])[1 + pg_temp.h(i, 12) % 15]
       || ' ' ||
       (ARRAY['was really inspiring', 'could use a bit more patience', 'made my whole week',
              'is underrated', 'was a little too long', 'helped me more than you know',
              'is the best in the office', 'needs more coffee', 'surprised everyone',
              'deserves more credit', 'was hard to follow at times', 'is pure gold'])[1 + pg_temp.h(i, 13) % 12]
       || (ARRAY['.', '!', '. Keep it up!', '. Thanks for that.', ' :)', '. Just my two cents.',
                 '. Please never change.', '. Maybe slow down a little?'])[1 + pg_temp.h(i, 14) % 8],
       greatest(pg_temp.user_created(u.id, s.users),
                timestamp '2023-01-01 08:00' + (i::float8 / s.messages) * interval '730 days')
           + (pg_temp.h(i, 15) % 3600) * interval '1 second'
FROM seed_scale s, generate_series(1, s.messages) AS i,
LATERAL (SELECT 1 + floor(s.users * power(pg_temp.h(i, 10) / 4294967296.0, 2))::int AS id) u
ORDER BY i;

INSERT INTO links (user_id, url, visibility)
SELECT 1 + pg_temp.h(i, 21) % s.users,
       'https://saytruth.app/u/' || (SELECT username FROM users WHERE id = 1 + pg_temp.h(i, 21) % s.users)
           || '/' || to_hex(pg_temp.h(i, 22)),
       CASE WHEN pg_temp.h(i, 23) % 10 < 7 THEN 'public' ELSE 'private' END
FROM seed_scale s, generate_series(1, s.links) AS i
ORDER BY i;

INSERT INTO follows (follower_id, following_id)
SELECT DISTINCT a, b
FROM seed_scale s, generate_series(1, s.follows) AS i,
LATERAL (SELECT 1 + pg_temp.h(i, 31) % s.users AS a,
                1 + floor(s.users * power(pg_temp.h(i, 32) / 4294967296.0, 2))::int AS b) p
WHERE a <> b
ON CONFLICT DO NOTHING;

RESET ROLE;
ANALYZE;
