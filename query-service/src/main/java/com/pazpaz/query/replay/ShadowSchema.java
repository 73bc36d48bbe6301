package com.pazpaz.query.replay;

import com.pazpaz.infra.schema.SchemaOwner;
import com.pazpaz.query.common.ReadTables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema a rebuild writes into, created from the same migrations as the live read tables, and the swap
 * that makes its tables the live ones. The tables the projectors write in batches are filled bare (primary key
 * only): their other indexes and their foreign-key and unique constraints are taken off after the migration and
 * put back, from the catalog's own definitions, once the rows are in. Table and function names come from the
 * catalog, never from input.
 */
class ShadowSchema {

    static final String SHADOW = "read_model_rebuild";

    private final SchemaOwner owner;
    /** As the owner: the shadow schema's DDL (the service's role runs none). */
    private final JdbcTemplate jdbc;
    /** As the service: the transactions the projectors write the shadow tables in. */
    private final JdbcTemplate service;
    /** What {@link #bare()} took off, to be put back by {@link #complete()}: constraints, then indexes. */
    private final List<String> deferred = new ArrayList<>();

    ShadowSchema(SchemaOwner owner, JdbcTemplate service) {
        this.owner = owner;
        this.jdbc = new JdbcTemplate(owner.dataSource());
        this.service = service;
    }

    /** A fresh, empty copy of the read schema. */
    void create() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + SHADOW + " CASCADE");
        owner.migration(SHADOW, "read-model").migrate();
    }

    /**
     * Takes the secondary indexes, foreign keys and unique constraints off the batch-written shadow tables and
     * makes them unlogged: each row then costs one primary-key entry and no write-ahead log while the tables fill. Primary keys, checks and partial indexes stay:
     * a partial index's predicate does not survive {@code pg_get_indexdef} and back unchanged (an {@code IN}
     * list of varchar comes back as a text array), and the live index must be exactly the documented one.
     */
    void bare() {
        deferred.clear();
        String[] tables = ReadTables.BATCH_WRITTEN.toArray(String[]::new);
        List<String[]> constraints = jdbc.query(
                """
                SELECT t.relname, con.conname, pg_get_constraintdef(con.oid) FROM pg_constraint con
                  JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                 WHERE n.nspname = ? AND t.relname = ANY (?) AND con.contype IN ('f', 'u')
                 ORDER BY con.contype, t.relname, con.conname""", (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, SHADOW, tables);
        List<String[]> indexes =
                jdbc.query("""
                SELECT ix.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i
                  JOIN pg_class ix ON ix.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
                  JOIN pg_namespace n ON n.oid = t.relnamespace
                 WHERE n.nspname = ? AND t.relname = ANY (?) AND i.indpred IS NULL
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                       WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
                 ORDER BY t.relname, ix.relname""", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, SHADOW, tables);
        for (String[] constraint : constraints) {
            jdbc.execute("ALTER TABLE " + SHADOW + "." + constraint[0] + " DROP CONSTRAINT " + constraint[1]);
        }
        for (String[] index : indexes) {
            jdbc.execute("DROP INDEX " + SHADOW + "." + index[0]);
            deferred.add(index[1]);
        }
        // unlogged while they fill (decision 91): no WAL per row; made logged again, in one pass each, before
        // their indexes and constraints are built, so the tables swapped in are as durable as any other
        for (String table : tables) {
            jdbc.execute("ALTER TABLE " + SHADOW + "." + table + " SET UNLOGGED");
        }
        deferred.addAll(
                0,
                Arrays.stream(tables)
                        .map(table -> "ALTER TABLE " + SHADOW + "." + table + " SET LOGGED")
                        .toList());
        // put back in reverse: unique constraints before the foreign keys, which came off first
        for (int i = constraints.size() - 1; i >= 0; i--) {
            String[] constraint = constraints.get(i);
            deferred.add("ALTER TABLE " + SHADOW + "." + constraint[0] + " ADD CONSTRAINT " + constraint[1] + " "
                    + constraint[2]);
        }
    }

    /**
     * Builds the indexes and constraints {@link #bare()} took off, each in one pass over the filled table; a
     * foreign key or uniqueness the rows break fails the rebuild here, before the swap. Then gathers the
     * planner's statistics, so the swapped-in tables are queried well from the first request.
     */
    void complete() {
        for (String statement : deferred) {
            jdbc.execute(statement);
        }
        deferred.clear();
        for (String table : tables()) {
            jdbc.execute("ANALYZE " + SHADOW + "." + table);
        }
    }

    /** Makes this transaction's unqualified table names resolve to the shadow tables. */
    void useInCurrentTransaction() {
        service.execute("SET LOCAL search_path TO " + SHADOW);
    }

    List<String> tables() {
        return jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                        + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' ORDER BY table_name",
                String.class,
                SHADOW);
    }

    /** Counted as the service (the rebuild's worker works for every practice): the owner is held by the rows' policies. */
    long rows(String table) {
        Long rows = service.queryForObject("SELECT count(*) FROM " + SHADOW + "." + table, Long.class);
        return rows == null ? 0 : rows;
    }

    /**
     * Swaps every shadow table (and the functions its triggers use) with the live one and drops the old ones,
     * through the owner's {@code swap_in_rebuilt_read_model()} (V100): the service's role owns no table, so it
     * cannot move one itself. Must run inside the service's transaction, which also stores the projector's
     * token: readers see either all old tables or all new ones, and the token always matches them.
     */
    void swapIntoLive() {
        service.execute("SELECT public.swap_in_rebuilt_read_model()");
    }
}
