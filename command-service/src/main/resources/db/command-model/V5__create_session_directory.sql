-- Command-side directory of clinical notes (issue 5): which workspace and client a note belongs to (the client
-- owns the key its text is encrypted with) and, while it is soft-deleted, when its grace period ends (the purge
-- job's work list). Written in the same transaction as the session events.

CREATE TABLE session_directory (
    session_id             UUID                     NOT NULL,
    workspace_id           UUID                     NOT NULL,
    client_id              UUID                     NOT NULL,
    permanent_delete_after TIMESTAMP WITH TIME ZONE,
    CONSTRAINT session_directory_pkey PRIMARY KEY (session_id)
);

CREATE INDEX ix_session_directory_purge ON session_directory (permanent_delete_after)
    WHERE permanent_delete_after IS NOT NULL;

COMMENT ON TABLE session_directory IS 'Command-side directory of session notes: owner client, purge deadline';
