-- Attachments (docs/attachments.md): what each practice stores and may store, and every file's size and place,
-- written in the same transaction as the attachment events. An upload locks its practice's storage row, so the
-- per-note, per-client and per-practice limits hold exactly under concurrent uploads, on one instance or many.

CREATE TABLE workspace_storage (
    workspace_id UUID   NOT NULL,
    used_bytes   BIGINT NOT NULL DEFAULT 0,
    quota_bytes  BIGINT NOT NULL,
    CONSTRAINT workspace_storage_pkey PRIMARY KEY (workspace_id),
    CONSTRAINT workspace_storage_used_not_negative CHECK (used_bytes >= 0)
);

COMMENT ON TABLE workspace_storage IS 'Command-side storage usage and quota of each practice';

-- Practices opened before this table existed: their quota as the events last set it, nothing stored yet.
INSERT INTO workspace_storage (workspace_id, quota_bytes)
SELECT DISTINCT ON (payload::jsonb ->> 'workspaceId') (payload::jsonb ->> 'workspaceId')::uuid,
       (payload::jsonb ->> 'storageQuotaBytes')::bigint
  FROM event_store.domain_event_entry
 WHERE payload_type IN ('com.pazpaz.kernel.workspace.WorkspaceCreatedEvent',
                        'com.pazpaz.kernel.workspace.WorkspaceStorageQuotaChangedEvent')
 ORDER BY payload::jsonb ->> 'workspaceId', global_index DESC;

CREATE TABLE attachment_ledger (
    attachment_id UUID    NOT NULL,
    workspace_id  UUID    NOT NULL,
    client_id     UUID    NOT NULL,
    session_id    UUID,
    size_bytes    BIGINT  NOT NULL,
    file_name     TEXT    NOT NULL,
    blob_key      TEXT    NOT NULL,
    deleted       BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT attachment_ledger_pkey PRIMARY KEY (attachment_id)
);

CREATE INDEX ix_attachment_ledger_client ON attachment_ledger (client_id);
CREATE INDEX ix_attachment_ledger_session ON attachment_ledger (session_id) WHERE session_id IS NOT NULL;

COMMENT ON TABLE attachment_ledger IS 'Command-side list of attachments: owner, size, encrypted name, blob key';
COMMENT ON COLUMN attachment_ledger.file_name IS 'base64 of the encrypted display name (as in the events)';
