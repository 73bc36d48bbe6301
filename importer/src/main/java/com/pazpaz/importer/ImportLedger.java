package com.pazpaz.importer;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which steps of which reference rows are already imported (table {@code importer.imported_rows}). A step is
 * recorded inside the transaction of its command, so it is recorded exactly when its events are committed.
 */
final class ImportLedger {

    private final JdbcTemplate jdbc;
    private final Set<String> done = new HashSet<>();

    ImportLedger(DataSource eventStore) {
        this.jdbc = new JdbcTemplate(eventStore);
    }

    /** Creates the ledger's schema on first use (its own Flyway history) and loads what earlier runs did. */
    void open() {
        Flyway.configure().dataSource(jdbc.getDataSource()).schemas("importer").createSchemas(true)
                .locations("classpath:db/importer").load().migrate();
        jdbc.query("SELECT reference_table, reference_id, step FROM importer.imported_rows",
                rs -> {
                    done.add(key(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3)));
                });
    }

    boolean isDone(String table, UUID referenceId, String step) {
        return done.contains(key(table, referenceId, step));
    }

    /** Call inside the step's command transaction. */
    void record(String table, UUID referenceId, String step) {
        jdbc.update("INSERT INTO importer.imported_rows (reference_table, reference_id, step) VALUES (?, ?, ?)",
                table, referenceId, step);
    }

    /** After the step's transaction committed. */
    void remember(String table, UUID referenceId, String step) {
        done.add(key(table, referenceId, step));
    }

    private static String key(String table, UUID id, String step) {
        return table + '/' + id + '/' + step;
    }
}
