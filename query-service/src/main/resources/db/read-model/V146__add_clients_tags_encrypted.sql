-- A client's tags as one ciphertext under the client's data key (issue 13, decision 260), so that erasure shreds
-- them with the other fields. The documented plaintext column "tags" stays: it holds only tags last set by events
-- stored before tags were encrypted; the read model is rebuilt from the events, so nothing is copied here.
ALTER TABLE clients ADD COLUMN tags_encrypted BYTEA;

COMMENT ON COLUMN clients.tags_encrypted IS
    'The tags as one ciphertext (a JSON array of strings) under the client''s data key; see docs/encryption.md';
