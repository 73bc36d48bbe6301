-- Attachment names are patient data more often than not ("Jane Doe - MRI.pdf"), so the documented plaintext
-- column holds the file's storage name (<attachment id>.<ext>) and the display name is kept encrypted beside it
-- (docs/decisions.md, docs/attachments.md).
ALTER TABLE session_attachments ADD COLUMN file_name_encrypted BYTEA NOT NULL;
COMMENT ON COLUMN session_attachments.file_name_encrypted IS
    'display name, AES-256-GCM under the note''s or client''s data key, bound to this row';
