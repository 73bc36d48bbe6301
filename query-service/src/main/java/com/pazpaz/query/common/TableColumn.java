package com.pazpaz.query.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * One column of a read table as {@link RowTable} writes it: a whole batch's values of the column travel as one
 * SQL array ({@code unnest}), so a batch of rows is one statement, whatever its size.
 *
 * @param arrayType the element type the JDBC driver sends the array as
 * @param cast      the SQL type the unnested value is cast to, or null when the element type is the column's
 */
public record TableColumn<R>(String name, String arrayType, String cast, Function<R, Object> value) {

    public static <R> TableColumn<R> uuid(String name, Function<R, UUID> value) {
        return new TableColumn<>(name, "uuid", null, value::apply);
    }

    public static <R> TableColumn<R> text(String name, Function<R, String> value) {
        return new TableColumn<>(name, "text", null, value::apply);
    }

    /** An enum stored by its name, as the documented schema has them (upper case). */
    public static <R> TableColumn<R> name(String name, Function<R, ? extends Enum<?>> value) {
        return new TableColumn<>(name, "text", null, row -> {
            Enum<?> constant = value.apply(row);
            return constant == null ? null : constant.name();
        });
    }

    public static <R> TableColumn<R> bytes(String name, Function<R, byte[]> value) {
        return new TableColumn<>(name, "bytea", null, value::apply);
    }

    public static <R> TableColumn<R> bool(String name, Function<R, Boolean> value) {
        return new TableColumn<>(name, "bool", null, value::apply);
    }

    public static <R> TableColumn<R> int4(String name, Function<R, Integer> value) {
        return new TableColumn<>(name, "int4", null, value::apply);
    }

    public static <R> TableColumn<R> int8(String name, Function<R, Long> value) {
        return new TableColumn<>(name, "int8", null, value::apply);
    }

    /** A numeric column, sent as its plain decimal text, which PostgreSQL reads exactly. */
    public static <R> TableColumn<R> decimal(String name, Function<R, BigDecimal> value) {
        return new TableColumn<>(name, "text", "numeric", row -> {
            BigDecimal amount = value.apply(row);
            return amount == null ? null : amount.toPlainString();
        });
    }

    /** Sent as ISO-8601 text, which PostgreSQL reads exactly (no time zone of the JVM involved). */
    public static <R> TableColumn<R> instant(String name, Function<R, Instant> value) {
        return new TableColumn<>(name, "text", "timestamptz", row -> {
            Instant at = value.apply(row);
            return at == null ? null : at.toString();
        });
    }

    /** A varchar array column, sent as the array's text literal (an array of arrays cannot be unnested). */
    public static <R> TableColumn<R> textArray(String name, String sqlType, Function<R, String[]> value) {
        return new TableColumn<>(name, "text", sqlType, row -> literal(value.apply(row)));
    }

    static String literal(String[] values) {
        if (values == null) {
            return null;
        }
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                literal.append(',');
            }
            if (values[i] == null) {
                literal.append("NULL");
            } else {
                literal.append('"')
                        .append(values[i].replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            }
        }
        return literal.append('}').toString();
    }
}
