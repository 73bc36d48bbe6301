-- Runs after every migration of the command model (idempotent), after the event store's, whose script creates
-- the roles (docs/decisions.md 98). The command model is command-service's own bookkeeping (set checks, the
-- directory, idempotent answers): it reads and writes every row, and owns none of the tables.
REVOKE ALL ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} FROM pazpaz_command, pazpaz_query;
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO pazpaz_command;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO pazpaz_command;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO pazpaz_command;
