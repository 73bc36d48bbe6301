-- The steps write the ledger in command-service's own transactions, as its role (docs/decisions.md 99): it may
-- read and add rows, nothing else; the owner alone changes the table.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pazpaz_command') THEN
        GRANT USAGE ON SCHEMA importer TO pazpaz_command;
        GRANT SELECT, INSERT ON importer.imported_rows TO pazpaz_command;
    END IF;
END
$$;
