-- The services' database roles, in one place: every migration SchemaOwner runs adds this location, so whichever
-- schema a database gets first (the event store in a service, the key vault alone in its tests and benchmark),
-- the roles its afterMigrate grants to exist by then. Idempotent; runs before every migration.
-- Flyway connects as the owner role, which alone runs DDL; the services connect as pazpaz_command / pazpaz_query,
-- which own nothing and are no superusers. In production the DBA creates the roles with LOGIN and a password
-- (docs/runbook.md); here they are created NOLOGIN if missing, so that the grants always have a grantee.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pazpaz_command') THEN
        CREATE ROLE pazpaz_command NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pazpaz_query') THEN
        CREATE ROLE pazpaz_query NOLOGIN;
    END IF;
    -- query-service's event processing (projectors, rebuild, search index): pazpaz_query's rights, and through a
    -- row policy of the read tables every practice's rows (docs/decisions.md 101); never BYPASSRLS
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pazpaz_projection') THEN
        CREATE ROLE pazpaz_projection NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- another database of the same cluster created it concurrently
END
$$;
-- a member inherits the query role's grants and the key vault's row policies for pazpaz_query (decision 102)
GRANT pazpaz_query TO pazpaz_projection;
