-- The practices a platform administrator has closed (decision 272): written in the event transaction with
-- WorkspaceDeactivated / WorkspaceReactivated, so the token check refuses a closed practice's users by the very next
-- request. A practice is open unless it is listed; ids and a time only.

CREATE TABLE inactive_workspaces (
    workspace_id   UUID        NOT NULL,
    deactivated_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT inactive_workspaces_pkey PRIMARY KEY (workspace_id)
);

COMMENT ON TABLE inactive_workspaces IS 'Command-side list of deactivated practices, for the token check';
