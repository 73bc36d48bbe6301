-- Retention (docs/retention.md): when each client's record was last touched, whether it is archived, and whether
-- it was erased. Written in the same transaction as the events; read by the retention job.
CREATE TABLE client_retention (
    client_id        UUID                     NOT NULL,
    workspace_id     UUID                     NOT NULL,
    last_activity_at TIMESTAMP WITH TIME ZONE NOT NULL,
    archived         BOOLEAN                  NOT NULL DEFAULT false,
    erased           BOOLEAN                  NOT NULL DEFAULT false,
    CONSTRAINT client_retention_pkey PRIMARY KEY (client_id)
);

CREATE INDEX ix_client_retention_due ON client_retention (last_activity_at) WHERE archived AND NOT erased;

COMMENT ON TABLE client_retention IS 'Command-side retention clock of each client: last activity, archived, erased';
