-- The search keys of the practices (docs/encryption.md, "Search without plaintext"): each generation names the
-- data key (owner key_owner, in data_keys) its blind-index tokens are computed with. Normally one generation per
-- practice; two while a rotation rebuilds the tokens under the newer one. Kept beside the data keys, out of the
-- read model, so that a rebuild of the read tables keeps the practice's key.
CREATE TABLE search_keys (
    workspace_id uuid        NOT NULL,
    generation   integer     NOT NULL,
    key_owner    uuid        NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_search_keys PRIMARY KEY (workspace_id, generation),
    CONSTRAINT search_keys_generation_positive CHECK (generation > 0)
);
