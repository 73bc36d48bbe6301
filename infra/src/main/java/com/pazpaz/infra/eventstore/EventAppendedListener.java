package com.pazpaz.infra.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Listens for the NOTIFY that the event chainer sends when it has linked newly committed events (migration V3;
 * appends themselves no longer notify, see docs/adr/0004-chain-after-commit.md) and wakes the local event
 * store, so projections in another process see new events within milliseconds instead of at the next poll.
 * Losing the connection only costs latency: polling still runs, and the listener reconnects.
 */
class EventAppendedListener implements SmartLifecycle {

    static final String CHANNEL = "pazpaz_events";
    private static final Logger log = LoggerFactory.getLogger(EventAppendedListener.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final WakeableEventStore eventStore;
    private volatile boolean running;
    private Thread thread;

    EventAppendedListener(DataSource dataSource, WakeableEventStore eventStore) {
        this.dataSource = dataSource;
        this.eventStore = eventStore;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listenUntilStopped, "event-appended-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            joinQuietly(thread);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenUntilStopped() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Event notification listener lost its connection, retrying: {}", e.getMessage());
                    sleepQuietly();
                }
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                eventStore.newEventsCommitted();
            }
        }
    }

    private static void sleepQuietly() {
        try {
            TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
