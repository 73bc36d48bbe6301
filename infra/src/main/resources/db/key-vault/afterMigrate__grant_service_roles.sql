-- Runs after every migration of the key vault (idempotent); the roles come from db/service-roles (beforeMigrate).
-- command-service creates and shreds data keys; query-service reads them (to decrypt) and keeps its own search
-- keys: it creates and, when a rotation retires one, shreds their data keys, and only theirs (the row policies
-- below: a client's or a note's key is out of its reach, docs/decisions.md 102).
REVOKE ALL ON ALL TABLES IN SCHEMA key_vault FROM pazpaz_command, pazpaz_query;
GRANT USAGE ON SCHEMA key_vault TO pazpaz_command, pazpaz_query;
GRANT SELECT, INSERT, UPDATE ON key_vault.data_keys TO pazpaz_command;
GRANT SELECT, INSERT, UPDATE (wrapped, destroyed_at) ON key_vault.data_keys TO pazpaz_query;
GRANT SELECT, INSERT, DELETE ON key_vault.search_keys TO pazpaz_query;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA key_vault TO pazpaz_command, pazpaz_query;

-- Row policies on data_keys (not FORCEd: the owner migrates and backs up every row). Recreated on every run, so
-- that they always match this script.
ALTER TABLE key_vault.data_keys ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS command_service_keys ON key_vault.data_keys;
DROP POLICY IF EXISTS query_service_reads_keys ON key_vault.data_keys;
DROP POLICY IF EXISTS query_service_adds_search_keys ON key_vault.data_keys;
DROP POLICY IF EXISTS query_service_shreds_search_keys ON key_vault.data_keys;
CREATE POLICY command_service_keys ON key_vault.data_keys TO pazpaz_command USING (true) WITH CHECK (true);
CREATE POLICY query_service_reads_keys ON key_vault.data_keys FOR SELECT TO pazpaz_query USING (true);
CREATE POLICY query_service_adds_search_keys ON key_vault.data_keys FOR INSERT TO pazpaz_query
    WITH CHECK (owner_id IN (SELECT key_owner FROM key_vault.search_keys));
CREATE POLICY query_service_shreds_search_keys ON key_vault.data_keys FOR UPDATE TO pazpaz_query
    USING (owner_id IN (SELECT key_owner FROM key_vault.search_keys))
    WITH CHECK (owner_id IN (SELECT key_owner FROM key_vault.search_keys));
