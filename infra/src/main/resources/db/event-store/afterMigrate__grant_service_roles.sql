-- Runs after every migration of the event store (idempotent). Flyway connects as the owner role, which alone
-- runs DDL; the services connect as pazpaz_command / pazpaz_query, which own nothing and are no superusers, so
-- neither can disable the immutability triggers (ALTER TABLE needs ownership) nor UPDATE/DELETE/TRUNCATE an
-- event (no such privilege). Both append (commands; query-service its access events) and both run the chainer.
-- In production the DBA creates the roles with LOGIN and a password (docs/runbook.md); here they are created
-- NOLOGIN if missing, so that the grants below always have a grantee.
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

REVOKE ALL ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} FROM pazpaz_command, pazpaz_query;
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO pazpaz_command, pazpaz_query;
GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO pazpaz_command, pazpaz_query;
-- the rows that are bookkeeping, not history: tracking tokens, the chainer's queue and heads, snapshots
GRANT UPDATE, DELETE ON ${flyway:defaultSchema}.token_entry, ${flyway:defaultSchema}.chain_queue,
    ${flyway:defaultSchema}.chain_head, ${flyway:defaultSchema}.snapshot_event_entry
    TO pazpaz_command, pazpaz_query;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO pazpaz_command, pazpaz_query;
