package com.pazpaz.importer;

import com.pazpaz.infra.schema.SchemaOwner;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which steps of which reference rows are already imported (table {@code importer.imported_rows}). A step is
 * recorded inside the transaction of its command, so it is recorded exactly when its events are committed.
 */
final class ImportLedger {

    private final JdbcTemplate jdbc;
    private final SchemaOwner owner;
    private final Set<String> done = new HashSet<>();

    /** {@code commandService}: command-service's own pool, whose transactions the steps' rows join. */
    ImportLedger(DataSource commandService, SchemaOwner owner) {
        this.jdbc = new JdbcTemplate(commandService);
        this.owner = owner;
    }

    /**
     * Creates the ledger's schema on first use as the schema owner (its own Flyway history; the migration grants
     * command-service's role what the steps need) and loads what earlier runs did.
     */
    void open() {
        owner.migration("importer", "importer").migrate();
        jdbc.query("SELECT reference_table, reference_id, step FROM importer.imported_rows", rs -> {
            done.add(key(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3)));
        });
    }

    boolean isDone(String table, UUID referenceId, String step) {
        return done.contains(key(table, referenceId, step));
    }

    /** Call inside the step's command transaction. */
    void record(String table, UUID referenceId, String step) {
        jdbc.update(
                "INSERT INTO importer.imported_rows (reference_table, reference_id, step) VALUES (?, ?, ?)",
                table,
                referenceId,
                step);
    }

    /** After the step's transaction committed. */
    void remember(String table, UUID referenceId, String step) {
        done.add(key(table, referenceId, step));
    }

    private static String key(String table, UUID id, String step) {
        return table + '/' + id + '/' + step;
    }
}
