-- The key vault: one data key per key owner (a client; a session note that has its own key), wrapped under a
-- versioned master key. Kept in its own schema so that data backups can leave it out (docs/encryption.md).
CREATE SEQUENCE data_key_ids;

CREATE TABLE data_keys (
    id             bigint      PRIMARY KEY,
    owner_id       uuid        NOT NULL UNIQUE,
    parent_id      uuid,
    master_version integer     NOT NULL,
    wrapped        bytea,
    created_at     timestamptz NOT NULL DEFAULT now(),
    rewrapped_at   timestamptz,
    destroyed_at   timestamptz,
    CONSTRAINT data_keys_live_or_destroyed CHECK ((wrapped IS NULL) = (destroyed_at IS NOT NULL))
);

CREATE INDEX ix_data_keys_parent ON data_keys (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX ix_data_keys_live_master_version ON data_keys (master_version) WHERE wrapped IS NOT NULL;
