package com.pazpaz.infra.eventstore.chain;

import com.pazpaz.infra.eventstore.DaemonLoop;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Links committed events into their workspace's hash chain, after the appending transaction, so that appends
 * never wait for one another (docs/adr/0004-chain-after-commit.md). One instance at a time is active: it holds
 * a PostgreSQL session advisory lock on a connection of its own for as long as it chains; the others stand by
 * and try again every {@code standby-retry}. The active one is woken by {@link #wake} when events appended in
 * this process commit, and looks anyway every {@code poll-interval} for the appends of other processes; it
 * links the queue in batches, oldest position first.
 */
public class EventChainer extends DaemonLoop {

    /** Its name in the processor lag metrics and the readiness details. */
    public static final String NAME = "event-chainer";

    private static final Logger log = LoggerFactory.getLogger(EventChainer.class);
    /** Advisory lock key of the chainer, distinct per event store schema (advisory locks are per database). */
    private static final long LOCK_KEY_BASE = 0x0c4a_1a5e_0000_0000L;

    private final DataSource dataSource;
    private final String schema;
    private final EventChainProperties properties;
    private final long lockKey;
    private final JdbcTemplate jdbc;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Semaphore retryNow = new Semaphore(0);
    private volatile boolean active;
    private volatile boolean failing;

    public EventChainer(DataSource dataSource, String schema, EventChainProperties properties) {
        super("event-chainer");
        this.dataSource = dataSource;
        this.schema = schema;
        this.properties = properties;
        this.lockKey = LOCK_KEY_BASE | (schema.hashCode() & 0xffff_ffffL);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** New events have committed: link them now rather than at the next poll. Cheap; never blocks. */
    public void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /** The database is back (the probe saw it): try again now rather than after {@code standby-retry}. */
    public void retryNow() {
        if (retryNow.availablePermits() == 0) {
            retryNow.release();
        }
    }

    /** Whether this instance is the one chaining (holds the lock), rather than standing by. */
    public boolean isActive() {
        return active;
    }

    /** Whether the last attempt to chain failed (the chainer retries after {@code standby-retry}). */
    public boolean isFailing() {
        return failing;
    }

    /** Committed events not linked yet, and how long the oldest of them has waited. */
    public Backlog backlog() {
        return jdbc.queryForObject(
                "SELECT count(*), coalesce(floor(extract(epoch FROM clock_timestamp()"
                        + " - min(queued_at)) * 1000), 0)::bigint FROM " + schema + ".chain_queue",
                (rs, n) -> new Backlog(rs.getLong(1), Duration.ofMillis(Math.max(0, rs.getLong(2)))));
    }

    @Override
    protected void loop() {
        while (isRunning()) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try {
                    if (advisoryLock(connection, "pg_try_advisory_lock")) {
                        active = true;
                        log.info("Event chainer active on this instance");
                        chainWhileRunning(connection);
                    }
                } finally {
                    active = false;
                    release(connection);
                }
            } catch (SQLException | RuntimeException e) {
                if (isRunning()) {
                    failing = true;
                    log.warn("Event chainer failed, retrying: {}", e.getMessage());
                }
            }
            awaitRetry();
        }
    }

    private void awaitRetry() {
        try {
            retryNow.tryAcquire(properties.standbyRetry().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // stop() interrupts after clearing isRunning(), which ends the loop
            Thread.currentThread().interrupt();
        }
    }

    private void chainWhileRunning(Connection connection) throws SQLException {
        try (PreparedStatement chain = connection.prepareStatement("SELECT " + schema + ".chain_queued_events(?)")) {
            chain.setInt(1, properties.batchSize());
            while (isRunning()) {
                wakeUp.drainPermits();
                int linked;
                do {
                    linked = linkBatch(chain);
                    failing = false;
                } while (linked == properties.batchSize() && isRunning());
                awaitWakeUp();
                gather();
            }
        }
    }

    /**
     * Lets the commits of concurrent commands gather before one call links them all: a call and its commit cost
     * about as much for one event as for ten (decision 293).
     */
    private void gather() {
        try {
            Thread.sleep(properties.gather().toMillis());
        } catch (InterruptedException e) {
            // stop() interrupts after clearing isRunning(), which ends the loop
            Thread.currentThread().interrupt();
        }
    }

    private void awaitWakeUp() {
        try {
            wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // stop() interrupts after clearing isRunning(), which ends the loop
            Thread.currentThread().interrupt();
        }
    }

    private static int linkBatch(PreparedStatement chain) throws SQLException {
        try (ResultSet rs = chain.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Leaves the pooled connection as it found it, without the lock. A broken one the pool discards anyway. */
    private void release(Connection connection) {
        try {
            advisoryLock(connection, "pg_advisory_unlock");
        } catch (SQLException | RuntimeException e) {
            log.debug("Could not release the chainer's connection cleanly: {}", e.getMessage());
        }
    }

    private boolean advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
            statement.setLong(1, lockKey);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * The chainer's distance from the committed events.
     *
     * @param events committed events without a link yet
     * @param age    how long the oldest of them has waited (zero when there is none)
     */
    public record Backlog(long events, Duration age) {}
}
