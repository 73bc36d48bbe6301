-- Blind-index tokens for search without plaintext (docs/encryption.md): HMAC-SHA256 of a normalised word (notes)
-- or word prefix (clients) under the practice's search key, truncated to 12 bytes. The primary key serves the
-- look-up `workspace_id = ? AND token = ANY (?)`; the record index serves replacing a record's tokens.
CREATE TABLE search_tokens (
    workspace_id   uuid     NOT NULL,
    token          bytea    NOT NULL,
    record_id      uuid     NOT NULL,
    key_generation smallint NOT NULL,
    CONSTRAINT pk_search_tokens PRIMARY KEY (workspace_id, token, record_id),
    CONSTRAINT search_tokens_token_width CHECK (octet_length(token) = 12)
);

CREATE INDEX ix_search_tokens_record ON search_tokens (record_id);
