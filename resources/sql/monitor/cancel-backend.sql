-- Cancels the statement a session runs. Every version. $1: the session's pid.
SELECT pg_cancel_backend($1::int);
