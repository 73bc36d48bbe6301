package com.pazpaz.query.common;

import com.pazpaz.infra.sql.RowsByKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A read table kept by folding events into rows, as the batch writer ({@link ReadModelRows}) needs it: how a row
 * is written (one multi-row upsert per batch), read back, which existing row an event changes, the fold itself,
 * and what deleting a row also changes.
 *
 * @param columns  the row's columns, its id first
 * @param changes  the id of the existing row an event changes, or null (a creation, or not this table's event)
 * @param fold     the new row from the current one (null if there is none yet) and an event; null: no row any more
 * @param onDelete statements run with the row's id before it is deleted: the ON DELETE actions of the foreign keys
 *                 that point at it, done explicitly, because a rebuild fills tables that have no foreign keys yet
 */
public record RowTable<R>(
        String name,
        List<TableColumn<R>> columns,
        RowReader<R> reader,
        Function<Object, UUID> changes,
        BiFunction<R, Object, R> fold,
        List<String> onDelete) {

    /** Makes a row from the current result-set row, whose columns are {@link #columns} in order. */
    @FunctionalInterface
    public interface RowReader<R> {
        R read(ResultSet rs) throws SQLException;
    }

    public RowTable {
        if (!columns.get(0).name().equals("id")) {
            throw new IllegalArgumentException("the id comes first");
        }
        columns = List.copyOf(columns);
        onDelete = List.copyOf(onDelete);
    }

    /** A table whose rows are only inserted or replaced whole ({@link ReadModelRows#put}), never folded. */
    public static <R> RowTable<R> insertOnly(String name, List<TableColumn<R>> columns, RowReader<R> reader) {
        return new RowTable<>(
                name,
                columns,
                reader,
                event -> null,
                (row, event) -> {
                    throw new UnsupportedOperationException(name + " rows are not folded from events");
                },
                List.of());
    }

    UUID id(R row) {
        return (UUID) columns.get(0).value().apply(row);
    }

    /** A row for every row given, inserted or replaced: one statement, whatever the number of rows. */
    BatchStatement<R> upsert() {
        String names = columnNames();
        String updates = columns.stream()
                .skip(1)
                .map(c -> c.name() + " = EXCLUDED." + c.name())
                .collect(Collectors.joining(", "));
        return new BatchStatement<>(
                "INSERT INTO " + name + " (" + names + ") " + BatchStatement.select(columns)
                        + " ON CONFLICT (id) DO UPDATE SET " + updates,
                columns);
    }

    /** The rows of an array of ids, each looked up by the primary key at every size of the table (decision 302). */
    String selectByIds() {
        return RowsByKey.select(columnNames(), "", name, "id", "uuid");
    }

    /** Every column of the table's rows in one workspace; the caller adds the rest of the condition. */
    String selectInWorkspace() {
        return "SELECT " + columnNames() + " FROM " + name + " WHERE workspace_id = ?";
    }

    List<String> deleteStatements() {
        return java.util.stream.Stream.concat(
                        onDelete.stream(), java.util.stream.Stream.of("DELETE FROM " + name + " WHERE id = ?"))
                .toList();
    }

    private String columnNames() {
        return columns.stream().map(TableColumn::name).collect(Collectors.joining(", "));
    }
}
