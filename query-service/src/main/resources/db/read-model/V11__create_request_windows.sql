-- Read rate limits shared by every query-service instance (issue 13, decision 179): one counter per caller and
-- minute. Not a read table and not part of a rebuild: its own schema, created once (IF NOT EXISTS, so that the
-- rebuild's replay of these migrations into its shadow schema leaves it alone). UNLOGGED: a counter needs no
-- write-ahead log, and a commit that wrote only unlogged rows does not wait for a WAL flush; a crash merely
-- forgets the current minute's counts.
CREATE SCHEMA IF NOT EXISTS rate_limits;

CREATE UNLOGGED TABLE IF NOT EXISTS rate_limits.request_windows (
    subject      VARCHAR(80)              NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    requests     INTEGER                  NOT NULL,
    CONSTRAINT request_windows_pkey PRIMARY KEY (subject, window_start)
);
COMMENT ON TABLE rate_limits.request_windows IS 'Requests per caller (user id or IP address) and minute';
