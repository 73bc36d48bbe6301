package com.pazpaz.query.common;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One SQL statement that writes any number of rows: each column's values are bound as one array and
 * {@code unnest}ed, so a batch costs one round trip and one plan, not one statement per row.
 *
 * @param sql     takes one array parameter per column, in order
 */
public record BatchStatement<R>(String sql, List<TableColumn<R>> columns) {

    /** {@code SELECT x.a, x.b::cast, … FROM unnest(?, ?, …) AS x(a, b, …)} over the columns. */
    public static <R> String select(List<TableColumn<R>> columns) {
        String selected = columns.stream()
                .map(c -> "x." + c.name() + (c.cast() == null ? "" : "::" + c.cast()))
                .collect(Collectors.joining(", "));
        String parameters = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        String names = columns.stream().map(TableColumn::name).collect(Collectors.joining(", "));
        return "SELECT " + selected + " FROM unnest(" + parameters + ") AS x(" + names + ")";
    }

    void execute(Connection connection, List<R> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int c = 0; c < columns.size(); c++) {
                TableColumn<R> column = columns.get(c);
                Object[] values = newArray(column.arrayType(), rows.size());
                IntStream.range(0, rows.size())
                        .forEach(i -> values[i] = column.value().apply(rows.get(i)));
                Array array = connection.createArrayOf(column.arrayType(), values);
                statement.setArray(c + 1, array);
            }
            statement.executeUpdate();
        }
    }

    /** An array of the element class the driver encodes as {@code type} (byte[][] for bytea, not Object[]). */
    private static Object[] newArray(String type, int size) {
        return switch (type) {
            case "uuid" -> new UUID[size];
            case "bytea" -> new byte[size][];
            case "bool" -> new Boolean[size];
            case "int4" -> new Integer[size];
            case "int8" -> new Long[size];
            case "text" -> new String[size];
            default -> throw new IllegalArgumentException("no array of " + type);
        };
    }
}
