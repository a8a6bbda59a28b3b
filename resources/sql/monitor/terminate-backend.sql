-- Ends a session (its connection). Every version. $1: the session's pid.
SELECT pg_terminate_backend($1::int);
