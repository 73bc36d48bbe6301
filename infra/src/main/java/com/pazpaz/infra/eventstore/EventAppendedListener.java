package com.pazpaz.infra.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for the NOTIFY that the event chainer sends when it has linked newly committed events (migration V3;
 * appends themselves no longer notify, see docs/adr/0004-chain-after-commit.md) and wakes the local event
 * store, so projections in another process see new events within milliseconds instead of at the next poll.
 * Losing the connection only costs latency: polling still runs, and the listener reconnects.
 */
class EventAppendedListener extends DaemonLoop {

    static final String CHANNEL = "pazpaz_events";
    private static final Logger log = LoggerFactory.getLogger(EventAppendedListener.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final WakeableEventStore eventStore;

    EventAppendedListener(DataSource dataSource, WakeableEventStore eventStore) {
        super("event-appended-listener");
        this.dataSource = dataSource;
        this.eventStore = eventStore;
    }

    @Override
    protected void loop() {
        while (isRunning()) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (isRunning()) {
                    log.warn("Event notification listener lost its connection, retrying: {}", e.getMessage());
                    pause(Duration.ofSeconds(1));
                }
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (isRunning()) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                eventStore.newEventsCommitted();
            }
        }
    }
}
