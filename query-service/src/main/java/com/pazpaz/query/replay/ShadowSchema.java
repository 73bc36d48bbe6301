package com.pazpaz.query.replay;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema a rebuild writes into, created from the same migrations as the live read tables, and the swap
 * that makes its tables the live ones. Table and function names come from the catalog, never from input.
 */
class ShadowSchema {

    static final String SHADOW = "read_model_rebuild";
    private static final String RETIRED = "read_model_retired";
    private static final String LIVE = "public";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    ShadowSchema(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** A fresh, empty copy of the read schema. */
    void create() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + SHADOW + " CASCADE");
        Flyway.configure().dataSource(dataSource).schemas(SHADOW).defaultSchema(SHADOW)
                .locations("classpath:db/read-model").load().migrate();
    }

    /** Makes this transaction's unqualified table names resolve to the shadow tables. */
    void useInCurrentTransaction() {
        jdbc.execute("SET LOCAL search_path TO " + SHADOW);
    }

    List<String> tables() {
        return jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' ORDER BY table_name",
                String.class, SHADOW);
    }

    long rows(String table) {
        Long rows = jdbc.queryForObject("SELECT count(*) FROM " + SHADOW + "." + table, Long.class);
        return rows == null ? 0 : rows;
    }

    /**
     * Swaps every shadow table (and the functions its triggers use) with the live one and drops the old ones.
     * Must run inside a transaction: readers see either all old tables or all new ones.
     */
    void swapIntoLive() {
        jdbc.execute("CREATE SCHEMA " + RETIRED);
        for (String table : tables()) {
            jdbc.execute("ALTER TABLE " + LIVE + "." + table + " SET SCHEMA " + RETIRED);
            jdbc.execute("ALTER TABLE " + SHADOW + "." + table + " SET SCHEMA " + LIVE);
        }
        List<String> functions = jdbc.queryForList("SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid)"
                + " || ')' FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ?",
                String.class, SHADOW);
        for (String function : functions) {
            jdbc.execute("ALTER FUNCTION " + LIVE + "." + function + " SET SCHEMA " + RETIRED);
            jdbc.execute("ALTER FUNCTION " + SHADOW + "." + function + " SET SCHEMA " + LIVE);
        }
        // dropping the old tables also invalidates every cached plan that still pointed at them
        jdbc.execute("DROP SCHEMA " + RETIRED + " CASCADE");
        jdbc.execute("DROP SCHEMA " + SHADOW + " CASCADE");
    }
}
