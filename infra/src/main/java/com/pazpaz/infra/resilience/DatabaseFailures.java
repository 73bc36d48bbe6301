package com.pazpaz.infra.resilience;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.transaction.TransactionSystemException;

/**
 * The one place that decides whether a failure means "the database cannot be reached" (answered 503, retried by
 * the caller) rather than a bug (500): the probe's refusal, the pool's connection timeout, and PostgreSQL's
 * connection-class SQL states anywhere in the cause chain (suppressed exceptions and the failure behind a failed
 * rollback included).
 */
public final class DatabaseFailures {

    /** admin_shutdown, crash_shutdown, cannot_connect_now (the server is stopping or starting). */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private static final int MAX_DEPTH = 20;

    private DatabaseFailures() {}

    public static boolean isUnavailable(Throwable failure) {
        return isUnavailable(failure, 0);
    }

    private static boolean isUnavailable(Throwable failure, int depth) {
        if (failure == null || depth > MAX_DEPTH) {
            return false;
        }
        if (failure instanceof SQLTransientConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql
                && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || SERVER_GOING_AWAY.contains(sql.getSQLState()))) {
            return true;
        }
        // "JDBC rollback failed" on a connection the outage closed: the pool's closed connection says so without a
        // SQL state (PgJDBC always gives one), and what failed first is the application exception
        if (failure instanceof TransactionSystemException transaction
                && (transaction.getCause() instanceof SQLException sql && sql.getSQLState() == null
                        || isUnavailable(transaction.getApplicationException(), depth + 1))) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isUnavailable(suppressed, depth + 1)) {
                return true;
            }
        }
        return failure.getCause() != failure && isUnavailable(failure.getCause(), depth + 1);
    }
}
