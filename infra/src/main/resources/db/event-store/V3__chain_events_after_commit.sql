-- Chain after commit (docs/adr/0004-chain-after-commit.md). V2's trigger locked the workspace's chain head
-- until the appending transaction committed, so the commands of one practice ran one commit at a time.
-- Now an append only queues its events (one index entry, no shared row); the command-service's chainer links
-- the committed ones in batches, in the order it sees them, and moves the heads.

DROP TRIGGER chain_appended_event ON domain_event_entry;
DROP FUNCTION chain_appended_event();

-- V1's NOTIFY on every append goes too: PostgreSQL serialises the commits of all transactions that NOTIFY
-- (a cluster-wide lock held until the commit is flushed), so it made every append wait for the previous
-- append's commit. The chainer sends the NOTIFY instead, once per linked batch (chain_queued_events below);
-- it is woken in-process by the appending service and polls for the appends of other processes.
DROP TRIGGER notify_event_appended ON domain_event_entry;
DROP FUNCTION notify_event_appended();

-- Events appended by the application and not chained yet. An event written with triggers disabled never
-- gets a row here, so it is never chained, and the verifier still names it as inserted.
CREATE TABLE chain_queue (
    global_index BIGINT                   NOT NULL,
    queued_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT chain_queue_pkey PRIMARY KEY (global_index)
);
COMMENT ON TABLE chain_queue IS 'Committed events the chainer has not linked into their workspace''s chain yet';

CREATE FUNCTION queue_appended_events() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT AS
$$
BEGIN
    INSERT INTO chain_queue (global_index) SELECT global_index FROM appended;
    RETURN NULL;
END;
$$;

CREATE TRIGGER queue_appended_events
    AFTER INSERT ON domain_event_entry
    REFERENCING NEW TABLE AS appended
    FOR EACH STATEMENT EXECUTE FUNCTION queue_appended_events();

-- Links up to max_events queued events, oldest position first, each to the head of its workspace's chain,
-- removes them from the queue, and notifies pazpaz_events (delivered on commit) when it linked any, so that
-- event processors in other processes fetch at once; returns how many it linked. Only the chainer calls it. The head row lock
-- and the primary key of event_chain keep two concurrent callers from linking an event twice: the second
-- waits for the first to commit and then fails on the duplicate link.
CREATE FUNCTION chain_queued_events(max_events INTEGER) RETURNS INTEGER
    LANGUAGE plpgsql
    SET search_path FROM CURRENT AS
$$
DECLARE
    queued    domain_event_entry;
    workspace UUID;
    head      RECORD;
    new_hash  BYTEA;
    chained   INTEGER := 0;
BEGIN
    FOR queued IN
        SELECT e.* FROM chain_queue q JOIN domain_event_entry e ON e.global_index = q.global_index
         ORDER BY q.global_index
         LIMIT max_events
    LOOP
        workspace := event_workspace(queued.payload);
        SELECT chain_sequence, hash INTO head FROM chain_head WHERE workspace_id = workspace FOR UPDATE;
        IF NOT FOUND THEN
            INSERT INTO chain_head (workspace_id, chain_sequence, hash, updated_at)
            VALUES (workspace, 0, '\x0000000000000000000000000000000000000000000000000000000000000000', now());
            SELECT chain_sequence, hash INTO head FROM chain_head WHERE workspace_id = workspace FOR UPDATE;
        END IF;
        new_hash := sha256(head.hash || canonical_event(queued));
        INSERT INTO event_chain (global_index, workspace_id, chain_sequence, previous_hash, hash)
        VALUES (queued.global_index, workspace, head.chain_sequence + 1, head.hash, new_hash);
        UPDATE chain_head SET chain_sequence = head.chain_sequence + 1, hash = new_hash, updated_at = now()
         WHERE workspace_id = workspace;
        DELETE FROM chain_queue WHERE global_index = queued.global_index;
        chained := chained + 1;
    END LOOP;
    IF chained > 0 THEN
        PERFORM pg_notify('pazpaz_events', '');
    END IF;
    RETURN chained;
END;
$$;

-- The chain head moves only by chain_queued_events; a head row is never removed.
CREATE TRIGGER prevent_chain_head_delete
    BEFORE DELETE ON chain_head
    FOR EACH ROW EXECUTE FUNCTION prevent_event_modification();
CREATE TRIGGER prevent_chain_head_truncate
    BEFORE TRUNCATE ON chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION prevent_event_modification();
CREATE TRIGGER prevent_chain_truncate
    BEFORE TRUNCATE ON event_chain
    FOR EACH STATEMENT EXECUTE FUNCTION prevent_event_modification();
