package com.pazpaz.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tracking-token gaps against a real PostgreSQL, with the services' storage engine (Axon's reading as the
 * projections and the Kafka relay do, our append) and a gap timeout of 2 s so that it takes seconds. Shows the
 * danger decision 183 closes (an append held open past the gap timeout, once the token holds more gaps than the
 * cleaning threshold, is skipped for good) and that the append bound closes it: bounded to half the gap timeout
 * (here 1 s), a slow append either commits while its gap is still awaited, and is read, or is ended by the server
 * and rolled back, leaving nothing to read.
 */
class SlowAppendGapTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration APPEND_BOUND = Duration.ofSeconds(1);
    private static BareEventTable table;
    private static JdbcEventStorageEngine engine;
    /** The transaction the engine appends in, held open by the test; null: a connection of its own, committed. */
    private static Connection held;

    @BeforeAll
    static void createEventTable() throws Exception {
        table = new BareEventTable("gaps");
        JdbcEventStorageEngine.Builder builder = table.engineBuilder(
                        () -> held != null ? notClosing(held) : table.connect())
                .gapTimeout(Math.toIntExact(GAP_TIMEOUT.toMillis())); // twice the append bound, as in production
        // the smallest cleaning threshold (two gaps rather than 250); a horizon that trusts no read: this test
        // appends behind the engine's back, without announcing commits
        engine = new PositionReportingStorageEngine(
                builder, NoTransactionManager.INSTANCE, APPEND_BOUND, new StreamHorizon(Duration.ZERO), 1);
    }

    @AfterAll
    static void stop() {
        if (table != null) {
            table.close();
        }
    }

    @Test
    void anUnboundedAppendHeldPastTheGapTimeoutIsSkippedForGood() throws Exception {
        Tracker tracker = new Tracker();
        try (Connection slow = table.connect()) {
            slow.setAutoCommit(false);
            String late = table.append(slow);
            table.rolledBackAppend();
            String early = table.append(null);
            tracker.readAll();
            Thread.sleep(GAP_TIMEOUT.toMillis() + 500);
            table.append(null);
            tracker.readAll(); // the token holds two gaps, the event after them is older than the gap timeout
            slow.commit();
            tracker.readAll();
            assertThat(tracker.read).contains(early).doesNotContain(late);
        }
    }

    @Test
    void aBoundedAppendEitherCommitsWhileItsGapIsAwaitedOrIsRolledBack() throws Exception {
        Tracker tracker = new Tracker();
        String committed;
        try (Connection slow = table.connect()) {
            slow.setAutoCommit(false);
            committed = appendThroughTheEngine(slow);
            table.rolledBackAppend();
            table.append(null);
            holdWhileReading(tracker, Duration.ofMillis(200));
            slow.commit();
        }
        String ended;
        try (Connection slower = table.connect()) {
            slower.setAutoCommit(false);
            ended = appendThroughTheEngine(slower);
            table.rolledBackAppend();
            table.append(null);
            holdWhileReading(tracker, GAP_TIMEOUT.plusMillis(500));
            table.append(null);
            assertThatThrownBy(slower::commit)
                    .as("the server ended the transaction")
                    .isInstanceOf(SQLException.class);
        }
        holdWhileReading(tracker, Duration.ofMillis(300));
        List<String> stored = new ArrayList<>();
        try (Connection db = table.connect();
                Statement query = db.createStatement();
                var rs = query.executeQuery("SELECT event_identifier FROM event_store.domain_event_entry")) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        assertThat(stored)
                .contains(committed)
                .as("nothing of the ended append was committed")
                .doesNotContain(ended);
        assertThat(tracker.read)
                .as("a tracker from the start read every committed event")
                .containsAll(stored);
    }

    /** Reads on as a tracking processor polls, for that long. */
    private static void holdWhileReading(Tracker tracker, Duration duration) throws InterruptedException {
        long until = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < until) {
            tracker.readAll();
            Thread.sleep(100);
        }
    }

    /** Appends one event as the services do, in the caller's open transaction, and answers its id. */
    private static String appendThroughTheEngine(Connection transaction) {
        GenericDomainEventMessage<String> event =
                new GenericDomainEventMessage<>("Test", UUID.randomUUID().toString(), 0, "x");
        held = transaction;
        try {
            engine.appendEvents(event);
        } finally {
            held = null;
        }
        return event.getIdentifier();
    }

    /** The engine closes the connection it was given after its append; the test's transaction must stay open. */
    private static Connection notClosing(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if ("close".equals(method.getName())) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** What a tracking processor keeps: its token between polls, and the events it has handled. */
    private static final class Tracker {
        private TrackingToken token;
        private final List<String> read = new ArrayList<>();

        void readAll() {
            engine.readEvents(token, false).forEach(this::handle);
        }

        private void handle(TrackedEventMessage<?> event) {
            token = event.trackingToken();
            read.add(event.getIdentifier());
        }
    }
}
