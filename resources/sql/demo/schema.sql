-- The SayTruth schema as described in seeds/000_37275331ca436dd7.txt: users, messages, links, follows,
-- their keys and indexes (idx_users_email, the GIN full-text index on messages.content).
-- Run by LocalCluster as the superuser in saytruth_db; tables are owned by saytruth_user.
-- For PostgreSQL 13 and later.

CREATE EXTENSION IF NOT EXISTS pg_stat_statements;

SET ROLE saytruth_user;

CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    email VARCHAR(255) UNIQUE,
    username VARCHAR(255),
    hashed_password VARCHAR(255),
    created_at TIMESTAMP DEFAULT NOW()
);

CREATE TABLE messages (
    id SERIAL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    content TEXT,
    created_at TIMESTAMP DEFAULT NOW()
);

CREATE TABLE links (
    id SERIAL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    url VARCHAR(2048) NOT NULL,
    visibility VARCHAR(16) NOT NULL DEFAULT 'public',
    CONSTRAINT links_visibility_check CHECK (visibility IN ('public', 'private'))
);

CREATE TABLE follows (
    follower_id INTEGER NOT NULL REFERENCES users(id),
    following_id INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (follower_id, following_id),
    CONSTRAINT follows_not_self CHECK (follower_id <> following_id)
);

CREATE INDEX idx_users_email ON users(email);
CREATE INDEX idx_messages_user_id ON messages(user_id);
CREATE INDEX idx_messages_created_at ON messages(created_at);
CREATE INDEX idx_messages_content ON messages USING gin (to_tsvector('english', content));
CREATE INDEX idx_links_user_id ON links(user_id);
CREATE INDEX idx_follows_following_id ON follows(following_id);

COMMENT ON TABLE users IS 'SayTruth accounts';
COMMENT ON TABLE messages IS 'Anonymous messages received by a user';
COMMENT ON TABLE links IS 'Shareable links to a user''s message page';
COMMENT ON TABLE follows IS 'Who follows whom';

RESET ROLE;
