-- The client list's change stamp per workspace (decision 89): the id of the last transaction that inserted,
-- updated or deleted one of the workspace's clients. A list request compares it with the stamp its cached order
-- was built at (one primary-key read) instead of reading every client's row stamp. Transaction ids never repeat,
-- also across a rebuild (whose transactions are new), so an order cached before a rebuild can never look current
-- after it. No foreign key: a workspace's delete cascades to its clients, whose trigger must not need the
-- workspace row that is going away.
CREATE TABLE client_list_stamps (
    workspace_id UUID   NOT NULL,
    stamp        BIGINT NOT NULL,
    CONSTRAINT client_list_stamps_pkey PRIMARY KEY (workspace_id)
);
COMMENT ON TABLE client_list_stamps IS 'Last transaction that changed a workspace''s clients (client list cache check)';

-- Statement-level: a projection batch of 500 rows moves each workspace's stamp once, not 500 times.
CREATE FUNCTION stamp_client_list_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO client_list_stamps (workspace_id, stamp)
    SELECT DISTINCT workspace_id, pg_current_xact_id()::text::bigint FROM changed_clients
    ON CONFLICT (workspace_id) DO UPDATE SET stamp = EXCLUDED.stamp
        WHERE client_list_stamps.stamp IS DISTINCT FROM EXCLUDED.stamp;
    RETURN NULL;
END;
$$;
CREATE TRIGGER stamp_client_list_on_insert AFTER INSERT ON clients
    REFERENCING NEW TABLE AS changed_clients FOR EACH STATEMENT EXECUTE FUNCTION stamp_client_list_change();
CREATE TRIGGER stamp_client_list_on_update AFTER UPDATE ON clients
    REFERENCING NEW TABLE AS changed_clients FOR EACH STATEMENT EXECUTE FUNCTION stamp_client_list_change();
CREATE TRIGGER stamp_client_list_on_delete AFTER DELETE ON clients
    REFERENCING OLD TABLE AS changed_clients FOR EACH STATEMENT EXECUTE FUNCTION stamp_client_list_change();
