package com.pazpaz.command.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one instance at a time: a PostgreSQL session-level advisory lock, held on a connection
 * of its own for the duration of the work, so other instances skip instead of doing it twice.
 */
@Component
public class ExclusiveRun {

    private final DataSource dataSource;

    ExclusiveRun(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The work's result, or empty when another instance holds the lock {@code key}. */
    public <T> Optional<T> alone(long key, Supplier<T> work) {
        try (Connection lockConnection = dataSource.getConnection()) {
            if (!lock(lockConnection, "SELECT pg_try_advisory_lock(?)", key)) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.get());
            } finally {
                lock(lockConnection, "SELECT pg_advisory_unlock(?)", key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the job lock", e);
        }
    }

    private static boolean lock(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
