-- Runs after every migration of the read tables (idempotent), after the event store's, whose script creates the
-- roles (docs/decisions.md 98). Also runs for the rebuild's shadow schema, whose tables then carry these grants
-- when they are swapped in. query-service's projectors write every read table; it owns none of them, so its
-- role runs no DDL (the rebuild's DDL runs as the owner: docs/decisions.md 99).
REVOKE ALL ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} FROM pazpaz_command, pazpaz_query;
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO pazpaz_query;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO pazpaz_query;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO pazpaz_query;
-- the read rate limiter's counters (V11), shared by every query-service instance
GRANT USAGE ON SCHEMA rate_limits TO pazpaz_query;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA rate_limits TO pazpaz_query;

-- Row-level security (docs/decisions.md 101): every table of this schema with a workspace_id shows a role only the
-- rows of the workspace its transaction named (query-service sets app.workspace_id from the token at transaction
-- begin); no setting, no rows. FORCE: the policies hold for the tables' owner too. The event processing's own role
-- writes and reads every practice through the second policy; pazpaz_query is no member of it. An unset setting
-- reads NULL, a setting reset after its transaction reads '' (hence the nullif): both match no row. Only tables
-- that lack any of it are altered, so a restart takes no table lock; the shadow schema's tables get the same.
DO $$
DECLARE
    missing record;
BEGIN
    FOR missing IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = '${flyway:defaultSchema}' AND c.relkind IN ('r', 'p')
                      AND EXISTS (SELECT 1 FROM pg_attribute a
                                   WHERE a.attrelid = c.oid AND a.attname = 'workspace_id' AND NOT a.attisdropped)
                      AND NOT (c.relrowsecurity AND c.relforcerowsecurity
                               AND EXISTS (SELECT 1 FROM pg_policy p
                                            WHERE p.polrelid = c.oid AND p.polname = 'workspace_isolation')
                               AND EXISTS (SELECT 1 FROM pg_policy p
                                            WHERE p.polrelid = c.oid AND p.polname = 'projection_every_practice'))
                    ORDER BY c.relname LOOP
        EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', '${flyway:defaultSchema}', missing.relname);
        EXECUTE format('ALTER TABLE %I.%I FORCE ROW LEVEL SECURITY', '${flyway:defaultSchema}', missing.relname);
        EXECUTE format('DROP POLICY IF EXISTS workspace_isolation ON %I.%I', '${flyway:defaultSchema}',
                       missing.relname);
        EXECUTE format('CREATE POLICY workspace_isolation ON %I.%I USING (workspace_id = '
                       || 'nullif(current_setting(''app.workspace_id'', true), '''')::uuid)',
                       '${flyway:defaultSchema}', missing.relname);
        EXECUTE format('DROP POLICY IF EXISTS projection_every_practice ON %I.%I', '${flyway:defaultSchema}',
                       missing.relname);
        EXECUTE format('CREATE POLICY projection_every_practice ON %I.%I TO pazpaz_projection USING (true)'
                       || ' WITH CHECK (true)', '${flyway:defaultSchema}', missing.relname);
    END LOOP;
END
$$;
