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
