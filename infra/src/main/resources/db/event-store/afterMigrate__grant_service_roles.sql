-- Runs after every migration of the event store (idempotent). Flyway connects as the owner role, which alone
-- runs DDL; the services connect as pazpaz_command / pazpaz_query, which own nothing and are no superusers, so
-- neither can disable the immutability triggers (ALTER TABLE needs ownership) nor UPDATE/DELETE/TRUNCATE an
-- event (no such privilege). Both append (commands; query-service its access events) and both run the chainer.
-- The roles come from db/service-roles (beforeMigrate), which every migration of SchemaOwner runs first.

REVOKE ALL ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} FROM pazpaz_command, pazpaz_query;
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO pazpaz_command, pazpaz_query;
GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO pazpaz_command, pazpaz_query;
-- the rows that are bookkeeping, not history: tracking tokens, the chainer's queue and heads, snapshots
GRANT UPDATE, DELETE ON ${flyway:defaultSchema}.token_entry, ${flyway:defaultSchema}.chain_queue,
    ${flyway:defaultSchema}.chain_head, ${flyway:defaultSchema}.snapshot_event_entry
    TO pazpaz_command, pazpaz_query;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO pazpaz_command, pazpaz_query;
