-- The chainer links a batch with a constant number of statements per workspace instead of five per event
-- (docs/adr/0004-chain-after-commit.md, "Linking in sets"). V3's loop locked, read and rewrote the workspace's
-- head row for every event: within one batch of one busy practice that made hundreds of versions of the same
-- row, each found by walking the versions before it. Now the batch is taken in (workspace, position) order;
-- each workspace's head is locked and read once, the links are computed in memory, and the batch ends with one
-- INSERT of all links, one UPDATE per head and one DELETE of the queue entries. The links are the same bytes
-- as before: hash = sha256(previous hash || canonical event), positions in order within each workspace.
-- Heads are locked in workspace order, so two callers (which the advisory lock already prevents) cannot
-- deadlock; the second waits and then fails on the duplicate link, as before.
CREATE OR REPLACE FUNCTION chain_queued_events(max_events INTEGER) RETURNS INTEGER
    LANGUAGE plpgsql
    SET search_path FROM CURRENT AS
$$
DECLARE
    queued       RECORD;
    workspace    UUID;
    head_seq     BIGINT;
    head_hash    BYTEA;
    positions    BIGINT[] := '{}';
    workspaces   UUID[]   := '{}';
    sequences    BIGINT[] := '{}';
    previous     BYTEA[]  := '{}';
    hashes       BYTEA[]  := '{}';
BEGIN
    FOR queued IN
        SELECT event_workspace(e.payload) AS workspace_id, e.global_index, canonical_event(e) AS canonical
          FROM (SELECT global_index FROM chain_queue ORDER BY global_index LIMIT max_events) batch
          JOIN domain_event_entry e ON e.global_index = batch.global_index
         ORDER BY 1, 2
    LOOP
        IF workspace IS DISTINCT FROM queued.workspace_id THEN
            IF workspace IS NOT NULL THEN
                UPDATE chain_head SET chain_sequence = head_seq, hash = head_hash, updated_at = now()
                 WHERE workspace_id = workspace;
            END IF;
            workspace := queued.workspace_id;
            INSERT INTO chain_head (workspace_id, chain_sequence, hash, updated_at)
            VALUES (workspace, 0, '\x0000000000000000000000000000000000000000000000000000000000000000', now())
            ON CONFLICT (workspace_id) DO NOTHING;
            SELECT chain_sequence, hash INTO head_seq, head_hash FROM chain_head
             WHERE workspace_id = workspace FOR UPDATE;
        END IF;
        positions := positions || queued.global_index;
        workspaces := workspaces || workspace;
        previous := previous || head_hash;
        head_seq := head_seq + 1;
        head_hash := sha256(head_hash || queued.canonical);
        sequences := sequences || head_seq;
        hashes := hashes || head_hash;
    END LOOP;
    IF workspace IS NULL THEN
        RETURN 0;
    END IF;
    UPDATE chain_head SET chain_sequence = head_seq, hash = head_hash, updated_at = now()
     WHERE workspace_id = workspace;
    INSERT INTO event_chain (global_index, workspace_id, chain_sequence, previous_hash, hash)
    SELECT * FROM unnest(positions, workspaces, sequences, previous, hashes);
    DELETE FROM chain_queue WHERE global_index = ANY (positions);
    PERFORM pg_notify('pazpaz_events', '');
    RETURN cardinality(positions);
END;
$$;
