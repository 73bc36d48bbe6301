-- Command-side lookups: small tables written in the same transaction as the events that change them, so that
-- decisions spanning many records (who is this user? is this e-mail taken?) are strongly consistent.

CREATE TABLE user_accounts (
    user_id      UUID         NOT NULL,
    workspace_id UUID,
    role         VARCHAR(20)  NOT NULL,
    email        VARCHAR(255) NOT NULL,
    is_active    BOOLEAN      NOT NULL,
    CONSTRAINT user_accounts_pkey PRIMARY KEY (user_id),
    CONSTRAINT user_accounts_workspace_email_key UNIQUE (workspace_id, email)
);

COMMENT ON TABLE user_accounts IS 'Command-side directory of users: workspace, role, active flag';
