package com.pazpaz.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The storage engine's reads against a real PostgreSQL (decision 295): what a tracker reads is what Axon's reads
 * would give (gaps filled later, holes wider than a batch, batches up to the head), while a read that reached the
 * head is not sent again until a commit is announced, or until it is older than the trust (an announcement lost).
 * Every statement the engine prepares is counted.
 */
class StreamHorizonReadTest {

    private static final int BATCH = 5;

    private BareEventTable table;
    private StreamHorizon horizon;
    private PositionReportingStorageEngine engine;
    private final AtomicInteger statements = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        table = new BareEventTable("horizon");
        engineTrusting(Duration.ofMinutes(1));
    }

    @AfterEach
    void stop() {
        table.close();
    }

    @Test
    void aReadThatReachedTheHeadIsNotSentAgainUntilACommitIsAnnounced() throws Exception {
        List<String> appended = List.of(table.append(null), table.append(null), table.append(null));
        Tracker tracker = new Tracker();

        assertThat(tracker.readAll()).containsExactlyElementsOf(appended);
        assertThat(statements.get())
                .as("one statement: Axon's stream fetched again after the batch, answered from the horizon")
                .isEqualTo(1);

        String unannounced = table.append(null);
        assertThat(tracker.readAll()).as("nothing announced, nothing asked").isEmpty();
        assertThat(statements.get()).isEqualTo(1);

        horizon.announce();
        assertThat(tracker.readAll()).containsExactly(unannounced);
        assertThat(statements.get()).isEqualTo(2);
    }

    @Test
    void aRememberedReadOlderThanTheTrustIsSentAgainSoALostAnnouncementOnlyDelays() throws Exception {
        engineTrusting(Duration.ofMillis(200));
        Tracker tracker = new Tracker();
        tracker.readAll();
        String unannounced = table.append(null);

        assertThat(tracker.readAll()).isEmpty();
        Thread.sleep(300);
        assertThat(tracker.readAll()).containsExactly(unannounced);
    }

    @Test
    void aGapIsReadOnceItsEventCommitsAndAnnounces() throws Exception {
        Tracker tracker = new Tracker();
        try (Connection slow = table.connect()) {
            slow.setAutoCommit(false);
            String late = table.append(slow);
            String early = table.append(null);
            assertThat(tracker.readAll()).containsExactly(early);
            assertThat(((GapAwareTrackingToken) tracker.token).getGaps()).hasSize(1);

            slow.commit();
            horizon.announce();
            assertThat(tracker.readAll()).containsExactly(late);
            assertThat(((GapAwareTrackingToken) tracker.token).getGaps()).isEmpty();
        }
    }

    @Test
    void eventsBeyondOneBatchAreReadBatchAfterBatchUpToTheHead() throws Exception {
        List<String> appended = new ArrayList<>();
        for (int i = 0; i < 2 * BATCH + 2; i++) {
            appended.add(table.append(null));
        }
        Tracker tracker = new Tracker();

        assertThat(tracker.readAll()).containsExactlyElementsOf(appended);
        assertThat(statements.get())
                .as("three batches; the third reached the head")
                .isEqualTo(3);
    }

    @Test
    void aHoleWiderThanABatchIsReadAcross() throws Exception {
        String first = table.append(null);
        for (int i = 0; i < 2 * BATCH; i++) {
            table.rolledBackAppend();
        }
        String afterTheHole = table.append(null);

        assertThat(new Tracker().readAll()).containsExactly(first, afterTheHole);
    }

    @Test
    void anEmptyStoreIsRememberedAsReadToo() throws Exception {
        Tracker tracker = new Tracker();
        assertThat(tracker.readAll()).isEmpty();
        int asked = statements.get();

        assertThat(tracker.readAll()).isEmpty();
        assertThat(statements.get()).isEqualTo(asked);
    }

    private void engineTrusting(Duration trust) {
        horizon = new StreamHorizon(trust);
        engine = new PositionReportingStorageEngine(
                table.engineBuilder(() -> counting(table.connect())).batchSize(BATCH),
                NoTransactionManager.INSTANCE,
                Duration.ofSeconds(30),
                horizon,
                EventStoreConfiguration.GAP_CLEANING_THRESHOLD);
    }

    /** Counts the statements prepared on the connection. */
    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if ("prepareStatement".equals(method.getName())) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** What a tracking processor keeps: its token between polls; answers the events of each poll. */
    private final class Tracker {
        private TrackingToken token;

        List<String> readAll() {
            List<String> read = new ArrayList<>();
            engine.readEvents(token, false).forEach((TrackedEventMessage<?> event) -> {
                token = event.trackingToken();
                read.add(event.getIdentifier());
            });
            return read;
        }
    }
}
