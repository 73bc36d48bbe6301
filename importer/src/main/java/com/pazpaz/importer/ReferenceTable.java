package com.pazpaz.importer;

import com.pazpaz.importer.ImportSteps.Act;
import com.pazpaz.kernel.ids.TypedId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The loop every reference table shares (issue 17): read its rows in order, leave out (reported) a row whose
 * practice was not imported, let the table's importer read the row and name its steps, then run them and count the
 * row: imported now, imported by an earlier run, or skipped with the reason its refused step gave. A table's
 * importer only says what its rows mean here.
 */
final class ReferenceTable {

    /** Reads one row and gives its steps, or null when the row is not imported on its own (reported if need be). */
    @FunctionalInterface
    interface RowImporter {
        BooleanSupplier stepsOf(Row row) throws SQLException;
    }

    /** Whose practice a row is in, and who stands as its author when the reference records none. */
    @FunctionalInterface
    interface OwnerOfRow {
        /** The owner, or null when the row is not imported (the reason reported). */
        UUID ownerOf(ResultSet rs, UUID id, UUID workspaceId) throws SQLException;
    }

    private final JdbcTemplate reference;
    private final ImportSteps steps;
    private final String table;
    private final String query;
    private final String workspaceColumn;
    private final OwnerOfRow owners;

    private ReferenceTable(
            JdbcTemplate reference,
            ImportSteps steps,
            String table,
            String query,
            String workspaceColumn,
            OwnerOfRow owners) {
        this.reference = reference;
        this.steps = steps;
        this.table = table;
        this.query = query;
        this.workspaceColumn = workspaceColumn;
        this.owners = owners;
    }

    /** A table whose rows belong to a practice ({@code workspace_id}), read in the order they were created. */
    static ReferenceTable of(JdbcTemplate reference, ImportSteps steps, ImportedPractices practices, String table) {
        return new ReferenceTable(
                reference,
                steps,
                table,
                "SELECT * FROM " + table + " ORDER BY created_at, id",
                "workspace_id",
                (rs, id, workspaceId) -> practices.ownerFor(table, id, workspaceId));
    }

    /** A table read by its own query, each row in the practice named by {@code workspaceColumn}. */
    static ReferenceTable query(
            JdbcTemplate reference,
            ImportSteps steps,
            String table,
            String query,
            String workspaceColumn,
            OwnerOfRow owners) {
        return new ReferenceTable(reference, steps, table, query, workspaceColumn, owners);
    }

    void importEach(RowImporter importer) {
        reference.query(query, rs -> {
            UUID id = rs.getObject("id", UUID.class);
            UUID workspaceId = rs.getObject(workspaceColumn, UUID.class);
            UUID owner = owners.ownerOf(rs, id, workspaceId);
            if (owner == null) {
                return;
            }
            BooleanSupplier rowSteps = importer.stepsOf(new Row(rs, id, workspaceId, owner));
            if (rowSteps != null) {
                steps.row(table, rowSteps);
            }
        });
    }

    /** One reference row of this table, with its id, practice and owner, and the steps it can run. */
    final class Row {

        private final ResultSet rs;
        private final UUID id;
        private final UUID workspaceId;
        private final UUID owner;

        private Row(ResultSet rs, UUID id, UUID workspaceId, UUID owner) {
            this.rs = rs;
            this.id = id;
            this.workspaceId = workspaceId;
            this.owner = owner;
        }

        ResultSet columns() {
            return rs;
        }

        UUID id() {
            return id;
        }

        UUID workspaceId() {
            return workspaceId;
        }

        UUID owner() {
            return owner;
        }

        UUID uuid(String column) throws SQLException {
            return rs.getObject(column, UUID.class);
        }

        Instant time(String column) throws SQLException {
            return PracticeImport.time(rs, column);
        }

        /** Runs one step of this row, by {@code userId} at {@code at} in its practice ({@link ImportSteps#run}). */
        boolean run(String step, UUID userId, Instant at, TypedId record, Supplier<Object> command) {
            return steps.run(table, id, step, new Act(workspaceId, userId, at), record, command);
        }

        /** Appends one event of no aggregate for this row ({@link ImportSteps#append}). */
        boolean append(String step, UUID userId, Instant at, Supplier<Object> payload) {
            return steps.append(table, id, step, new Act(workspaceId, userId, at), payload);
        }

        boolean isDone(String step) {
            return steps.isDone(table, id, step);
        }

        /** Reports this row as not imported, and why; its importer then gives no steps. */
        BooleanSupplier skipped(String reason) {
            steps.report().skipped(table, id, reason);
            return null;
        }
    }
}
