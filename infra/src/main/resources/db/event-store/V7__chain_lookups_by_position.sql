-- The chainer's batch query looks each queued event up by its position at every size of the store (decision 302).
-- Its plan is made once per session and kept (V6, decision 295). Made while the store was still empty or never
-- analysed, as on a new installation, at an import or on every benchmark stack, the kept plan of V4's join read
-- the whole event store for every batch (a hash join over a sequential scan) until autovacuum next analysed the
-- table; on a fresh stack under load that was most of the database's work for the first minute. Each queued
-- position now joins its event through a lateral subquery PostgreSQL may not flatten (OFFSET 0), whose only plans
-- are one lookup per position: by the primary key, or by a scan that even an empty table's estimate makes dearer.
-- The rest of the function is V4's, unchanged; the plan setting of V6 is part of the definition now.
CREATE OR REPLACE FUNCTION chain_queued_events(max_events INTEGER) RETURNS INTEGER
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
    SET plan_cache_mode = force_generic_plan AS
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
        SELECT event_workspace((e.stored).payload) AS workspace_id, batch.global_index,
               canonical_event(e.stored) AS canonical
          FROM (SELECT global_index FROM chain_queue ORDER BY global_index LIMIT max_events) batch
         CROSS JOIN LATERAL (SELECT stored FROM domain_event_entry stored
                              WHERE stored.global_index = batch.global_index OFFSET 0) e
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
