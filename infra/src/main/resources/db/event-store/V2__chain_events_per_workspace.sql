-- Tamper evidence: every event is hash-chained to the previous event of its workspace as it is appended
-- (docs/audit.md). The chain is written by a trigger in the appending transaction, so no writer can skip it;
-- the per-workspace head row is locked while the transaction lasts, which also makes the chain order the
-- commit order within a workspace.

CREATE TABLE event_chain (
    global_index    BIGINT NOT NULL,
    workspace_id    UUID   NOT NULL,
    chain_sequence  BIGINT NOT NULL,
    previous_hash   BYTEA  NOT NULL,
    hash            BYTEA  NOT NULL,
    CONSTRAINT event_chain_pkey PRIMARY KEY (global_index),
    CONSTRAINT event_chain_workspace_sequence_key UNIQUE (workspace_id, chain_sequence)
);
COMMENT ON TABLE event_chain IS 'SHA-256 chain of each workspace''s events: hash = sha256(previous_hash || canonical event)';

CREATE TABLE chain_head (
    workspace_id   UUID                     NOT NULL,
    chain_sequence BIGINT                   NOT NULL,
    hash           BYTEA                    NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT chain_head_pkey PRIMARY KEY (workspace_id)
);
COMMENT ON TABLE chain_head IS 'Latest link of each workspace''s chain; published outside the database regularly';

-- The canonical form of an event: every stored column, each prefixed by its length, so that no change can
-- hide by moving bytes from one column to the next. EventChainVerifier computes the same bytes.
CREATE FUNCTION canonical_event(e domain_event_entry) RETURNS bytea
    LANGUAGE sql IMMUTABLE
    SET search_path FROM CURRENT AS
$$
SELECT convert_to(
           length(e.event_identifier) || ':' || e.event_identifier ||
           length(e.aggregate_identifier) || ':' || e.aggregate_identifier ||
           length(e.sequence_number::text) || ':' || e.sequence_number::text ||
           length(coalesce(e.type, '')) || ':' || coalesce(e.type, '') ||
           length(e.payload_type) || ':' || e.payload_type ||
           length(coalesce(e.payload_revision, '')) || ':' || coalesce(e.payload_revision, '') ||
           length(e.time_stamp) || ':' || e.time_stamp ||
           length(e.payload) || ':' || e.payload ||
           length(coalesce(e.meta_data, '')) || ':' || coalesce(e.meta_data, ''),
           'UTF8')
$$;

-- The workspace an event belongs to (the nil UUID for events of no workspace). Falls back to a pattern match
-- when the payload is not valid JSON, so that the verifier can still name a tampered event instead of failing.
CREATE FUNCTION event_workspace(payload TEXT) RETURNS UUID
    LANGUAGE plpgsql IMMUTABLE AS
$$
BEGIN
    RETURN coalesce((payload::jsonb ->> 'workspaceId')::uuid, '00000000-0000-0000-0000-000000000000');
EXCEPTION WHEN others THEN
    RETURN coalesce(substring(payload FROM '"workspaceId":"([0-9a-f-]{36})"')::uuid,
                    '00000000-0000-0000-0000-000000000000');
END;
$$;

-- SET search_path FROM CURRENT: the trigger runs in the appending session, whose search path need not
-- include the event store's schema.
CREATE FUNCTION chain_appended_event() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT AS
$$
DECLARE
    workspace UUID := event_workspace(NEW.payload);
    head      RECORD;
    new_hash  BYTEA;
BEGIN
    INSERT INTO chain_head (workspace_id, chain_sequence, hash, updated_at)
    VALUES (workspace, 0, '\x0000000000000000000000000000000000000000000000000000000000000000', now())
    ON CONFLICT (workspace_id) DO NOTHING;
    SELECT chain_sequence, hash INTO head FROM chain_head WHERE workspace_id = workspace FOR UPDATE;
    new_hash := sha256(head.hash || canonical_event(NEW));
    INSERT INTO event_chain (global_index, workspace_id, chain_sequence, previous_hash, hash)
    VALUES (NEW.global_index, workspace, head.chain_sequence + 1, head.hash, new_hash);
    UPDATE chain_head SET chain_sequence = head.chain_sequence + 1, hash = new_hash, updated_at = now()
     WHERE workspace_id = workspace;
    RETURN NULL;
END;
$$;

CREATE TRIGGER chain_appended_event
    AFTER INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION chain_appended_event();

-- The chain is as immutable as the events it protects.
CREATE TRIGGER prevent_chain_update_or_delete
    BEFORE UPDATE OR DELETE ON event_chain
    FOR EACH ROW EXECUTE FUNCTION prevent_event_modification();
