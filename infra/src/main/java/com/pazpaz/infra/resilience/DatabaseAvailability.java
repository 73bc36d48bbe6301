package com.pazpaz.infra.resilience;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Whether PostgreSQL answers, known at all times without asking the pool: a daemon thread runs {@code SELECT 1}
 * on a connection of its own (outside the pool, with short connect and socket timeouts) every
 * {@code pazpaz.database-probe.interval}, and reconnects when that connection breaks. Until the first probe
 * the database counts as available, so start-up behaves as without the probe.
 */
public class DatabaseAvailability implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final String url;
    private final Properties connectionProperties;
    private final DatabaseProbeProperties properties;
    private final Clock clock;
    private final List<Runnable> recoveryListeners = new CopyOnWriteArrayList<>();
    private volatile boolean available = true;
    private volatile Instant changedAt;
    private volatile String problem;
    private final RepeatingTask beat;
    private Connection connection;

    public DatabaseAvailability(
            String url, String username, String password, DatabaseProbeProperties properties, Clock clock) {
        this.url = url;
        this.properties = properties;
        this.clock = clock;
        this.changedAt = clock.instant();
        long timeoutSeconds = Math.max(1, properties.timeout().toSeconds());
        connectionProperties = new Properties();
        if (username != null) {
            connectionProperties.setProperty("user", username);
        }
        if (password != null) {
            connectionProperties.setProperty("password", password);
        }
        connectionProperties.setProperty("connectTimeout", Long.toString(timeoutSeconds));
        connectionProperties.setProperty("loginTimeout", Long.toString(timeoutSeconds));
        connectionProperties.setProperty("socketTimeout", Long.toString(timeoutSeconds));
        connectionProperties.setProperty("ApplicationName", "pazpaz-database-probe");
        this.beat = new RepeatingTask("database-probe", properties.interval(), this::probe);
    }

    /** Whether the last probe reached PostgreSQL. Never blocks. */
    public boolean isAvailable() {
        return available;
    }

    /** When the availability last changed (or the probe started). */
    public Instant changedAt() {
        return changedAt;
    }

    /** Why the last probe failed (an exception's class and SQL state, never a statement); null while available. */
    public String problem() {
        return problem;
    }

    /** {@code listener} runs on the probe's thread each time the database becomes reachable again. */
    public void onRecovery(Runnable listener) {
        recoveryListeners.add(listener);
    }

    /** Probes once, now (also what the probe's thread does every interval). */
    public void probe() {
        try {
            if (connection == null || connection.isClosed()) {
                connection = DriverManager.getConnection(url, connectionProperties);
            }
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout((int) Math.max(1, properties.timeout().toSeconds()));
                statement.execute("SELECT 1");
            }
            becomeAvailable();
        } catch (SQLException | RuntimeException e) {
            closeQuietly();
            becomeUnavailable(e);
        }
    }

    private void becomeAvailable() {
        if (!available) {
            available = true;
            problem = null;
            log.info("Database reachable again after {} ms", clock.millis() - changedAt.toEpochMilli());
            changedAt = clock.instant();
            recoveryListeners.forEach(DatabaseAvailability::runQuietly);
        }
    }

    private void becomeUnavailable(Exception e) {
        String reason = e.getClass().getSimpleName()
                + (e instanceof SQLException sql && sql.getSQLState() != null ? " " + sql.getSQLState() : "");
        problem = reason;
        if (available) {
            available = false;
            changedAt = clock.instant();
            log.warn("Database unreachable ({}): refusing requests with 503 until it answers again", reason);
        }
    }

    private static void runQuietly(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            log.warn("A database recovery listener failed", e);
        }
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is broken already; nothing to release
            }
            connection = null;
        }
    }

    @Override
    public void start() {
        beat.start();
    }

    @Override
    public void stop() {
        try {
            beat.stop(properties.timeout().multipliedBy(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
    }

    @Override
    public boolean isRunning() {
        return beat.isRunning();
    }

    /** Early, before the processors and the web server; stopped last. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
