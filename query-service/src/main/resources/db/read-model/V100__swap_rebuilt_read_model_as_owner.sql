-- The read-model rebuild's swap (docs/decisions.md 99), run with the owner's rights: query-service's role owns no
-- table, so it may not move one between schemas, yet the swap must share its transaction, which also stores the
-- projector's token. This function is that one door: it moves exactly the rebuilt tables (and their trigger
-- functions) of read_model_rebuild into public, retires the live ones and drops both leftovers. Names come from
-- the catalog, never from the caller, who passes nothing. Always created in public (the shadow schema's run of
-- this migration replaces it with the same body), so the swap never moves the function that runs it.
CREATE OR REPLACE FUNCTION public.swap_in_rebuilt_read_model() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    moved record;
BEGIN
    CREATE SCHEMA read_model_retired;
    FOR moved IN SELECT tablename FROM pg_tables
                  WHERE schemaname = 'read_model_rebuild' AND tablename <> 'flyway_schema_history'
                  ORDER BY tablename LOOP
        EXECUTE format('ALTER TABLE public.%I SET SCHEMA read_model_retired', moved.tablename);
        EXECUTE format('ALTER TABLE read_model_rebuild.%I SET SCHEMA public', moved.tablename);
    END LOOP;
    FOR moved IN SELECT p.proname AS name, pg_get_function_identity_arguments(p.oid) AS arguments
                   FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE n.nspname = 'read_model_rebuild' ORDER BY p.proname LOOP
        EXECUTE format('ALTER FUNCTION public.%I(%s) SET SCHEMA read_model_retired', moved.name, moved.arguments);
        EXECUTE format('ALTER FUNCTION read_model_rebuild.%I(%s) SET SCHEMA public', moved.name, moved.arguments);
    END LOOP;
    -- dropping the old tables also invalidates every cached plan that still pointed at them
    DROP SCHEMA read_model_retired CASCADE;
    DROP SCHEMA read_model_rebuild CASCADE;
END
$$;

REVOKE ALL ON FUNCTION public.swap_in_rebuilt_read_model() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.swap_in_rebuilt_read_model() TO pazpaz_query;
