-- Create user
INSERT INTO users (email, username, hashed_password) 
VALUES ('user@example.com', 'johndoe', 'hash...');

-- Get user by email
SELECT * FROM users WHERE email = 'user@example.com';

-- Update username
UPDATE users SET username = 'newname' WHERE id = 1;

-- Delete user
DELETE FROM users WHERE id = 1;

-- Get recent messages
SELECT m.*, u.username FROM messages m
JOIN users u ON m.user_id = u.id
ORDER BY m.created_at DESC
LIMIT 10;

-- Count messages per user
SELECT u.username, COUNT(m.id) as message_count
FROM users u
LEFT JOIN messages m ON u.id = m.user_id
GROUP BY u.username;
