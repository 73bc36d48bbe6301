-- Runs after every migration of the key vault (idempotent); see the event store's afterMigrate script for the
-- roles. command-service creates and shreds data keys; query-service reads them (to decrypt) and keeps its own
-- search keys, wrapped under a data key per workspace it creates itself (insert only: it never changes or
-- shreds a key).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pazpaz_command') THEN
        CREATE ROLE pazpaz_command NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pazpaz_query') THEN
        CREATE ROLE pazpaz_query NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA key_vault FROM pazpaz_command, pazpaz_query;
GRANT USAGE ON SCHEMA key_vault TO pazpaz_command, pazpaz_query;
GRANT SELECT, INSERT, UPDATE ON key_vault.data_keys TO pazpaz_command;
GRANT SELECT, INSERT ON key_vault.data_keys TO pazpaz_query;
GRANT SELECT, INSERT, DELETE ON key_vault.search_keys TO pazpaz_query;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA key_vault TO pazpaz_command, pazpaz_query;
