-- Staff names and e-mails are ciphertext under each user's own data key (decision 265), stored as the events carry
-- them. The documented columns email and full_name keep their type, NOT NULL and UNIQUE (workspace_id, email)
-- (schema.md §2.2), so for such users they hold a marker instead: 'encrypted:<user id>' and 'encrypted', or, once
-- the user is erased, 'erased:<user id>' and 'erased'. Users added before revision 2 of their events keep their
-- plaintext there until they are erased.
ALTER TABLE users ADD COLUMN email_encrypted BYTEA;
ALTER TABLE users ADD COLUMN full_name_encrypted BYTEA;
ALTER TABLE users ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;

COMMENT ON COLUMN users.email IS 'Plaintext only for users of revision-1 events; else a marker (decision 265)';
COMMENT ON COLUMN users.full_name IS 'Plaintext only for users of revision-1 events; else a marker (decision 265)';
COMMENT ON COLUMN users.email_encrypted IS 'E-mail, AES-GCM under the user''s data key (docs/encryption.md)';
COMMENT ON COLUMN users.full_name_encrypted IS 'Full name, AES-GCM under the user''s data key (docs/encryption.md)';
COMMENT ON COLUMN users.erased_at IS 'When the user was erased; their name and e-mail are gone';
