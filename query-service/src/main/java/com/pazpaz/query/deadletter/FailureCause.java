package com.pazpaz.query.deadletter;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a failure was, in words that hold no data: the exception classes of the cause chain, and for PostgreSQL's
 * errors the SQL state with the schema names the server reports (table, column, constraint). Never a message: a
 * constraint's message quotes the row's values, and an exception of ours may name a record.
 */
final class FailureCause {

    private static final int MAX_DEPTH = 10;
    private static final int MAX_LENGTH = 1000;

    private FailureCause() {}

    static String of(Throwable failure) {
        List<String> parts = new ArrayList<>();
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            parts.add(describe(current));
            current = current.getCause() == current ? null : current.getCause();
        }
        String described = String.join(" <- ", parts);
        return described.length() <= MAX_LENGTH ? described : described.substring(0, MAX_LENGTH);
    }

    private static String describe(Throwable failure) {
        String name = failure.getClass().getSimpleName();
        if (failure instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            StringBuilder text = new StringBuilder(name).append(" [SQL state ").append(psql.getSQLState());
            append(text, "table", server.getTable());
            append(text, "column", server.getColumn());
            append(text, "constraint", server.getConstraint());
            return text.append(']').toString();
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            return name + " [SQL state " + sql.getSQLState() + "]";
        }
        return name;
    }

    private static void append(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append(", ").append(label).append(' ').append(value);
        }
    }
}
