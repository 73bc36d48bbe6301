package com.pazpaz.infra.eventstore.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.embedded.TestInfrastructure;
import com.pazpaz.infra.eventstore.chain.ChainVerification.Kind;
import com.pazpaz.infra.schema.SchemaOwner;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chainer against a real PostgreSQL event store of its own (a fresh database per test): events appended
 * concurrently by many transactions end up linked exactly once, in a chain that verifies.
 */
class EventChainerTest {

    private static final String SCHEMA = "event_store";
    private static final EventChainProperties FAST = new EventChainProperties(
            Duration.ofSeconds(60), 50, Duration.ofMillis(200), Duration.ofMillis(100), Duration.ofMillis(5));

    private final UUID workspace = UUID.randomUUID();
    private final List<EventChainer> chainers = new ArrayList<>();
    private HikariDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void eventStore() {
        var postgres = TestInfrastructure.postgres();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestInfrastructure.freshDatabase());
        dataSource.setUsername(postgres.username());
        dataSource.setPassword(postgres.password());
        dataSource.setMaximumPoolSize(12);
        new SchemaOwner(dataSource).migration(SCHEMA, "event-store").migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void close() {
        chainers.forEach(EventChainer::stop);
        dataSource.close();
    }

    @Test
    void concurrentAppendsInOneWorkspaceAreAllChainedExactlyOnce() throws Exception {
        chainer().start();
        appendConcurrently(8, 30);
        awaitQueueEmpty();
        assertChainedExactlyOnce(8 * 30 * 2);
        ChainVerification verification = verifier(Duration.ofMinutes(1)).verify(workspace);
        assertThat(verification.intact()).as(verification.toString()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(8 * 30 * 2);
        assertThat(verification.pendingEvents()).isZero();
    }

    @Test
    void eventsOfSeveralWorkspacesInOneBatchFormOneIntactChainEach() throws Exception {
        UUID other = UUID.randomUUID();
        for (int i = 0; i < 40; i++) {
            insertEvent(UUID.randomUUID().toString(), 0, i % 3 == 0 ? other : workspace);
        }
        chainer().start();
        awaitQueueEmpty();
        for (UUID practice : List.of(workspace, other)) {
            ChainVerification verification = verifier(Duration.ofMinutes(1)).verify(practice);
            assertThat(verification.intact()).as(verification.toString()).isTrue();
            assertThat(verification.eventsChecked()).isEqualTo(practice.equals(other) ? 14 : 26);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT chain_sequence FROM " + SCHEMA + ".chain_head WHERE workspace_id = ?",
                        Long.class,
                        other))
                .isEqualTo(14);
    }

    @Test
    void aSecondChainerStandsByAndTakesOverWithoutLinkingTwice() throws Exception {
        EventChainer first = chainer();
        EventChainer second = chainer();
        first.start();
        second.start();
        await(() -> first.isActive() || second.isActive());
        appendConcurrently(4, 20);
        awaitQueueEmpty();
        assertThat(first.isActive() && second.isActive()).isFalse();
        EventChainer active = first.isActive() ? first : second;
        EventChainer standing = active == first ? second : first;
        active.stop();
        await(standing::isActive);
        appendConcurrently(4, 10);
        awaitQueueEmpty();
        assertChainedExactlyOnce(4 * 30 * 2);
        assertThat(verifier(Duration.ofMinutes(1)).verify(workspace).intact()).isTrue();
    }

    @Test
    void anEventJustAppendedIsPendingAndOneLeftUnchainedPastTheWindowIsAnError() {
        List<Long> appended = append(3);
        ChainVerification young = verifier(Duration.ofMinutes(1)).verify(workspace);
        assertThat(young.intact()).isTrue();
        assertThat(young.pendingEvents()).isEqualTo(3);
        assertThat(chainer().backlog().events()).isEqualTo(3);

        ChainVerification overdue = verifier(Duration.ZERO).verify(workspace);
        assertThat(overdue.intact()).isFalse();
        assertThat(overdue.firstBrokenLink().globalIndex()).isEqualTo(appended.get(0));
        assertThat(overdue.firstBrokenLink().kind()).isEqualTo(Kind.UNCHAINED);
    }

    @Test
    void aRestartedChainerResumesWhereTheLastOneStopped() throws Exception {
        EventChainer before = chainer();
        before.start();
        append(10);
        awaitQueueEmpty();
        before.stop();
        append(10);
        assertThat(count("chain_queue")).isEqualTo(10);
        chainer().start();
        awaitQueueEmpty();
        assertChainedExactlyOnce(20);
        ChainVerification verification = verifier(Duration.ofMinutes(1)).verify(workspace);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.headSequence()).isEqualTo(20);
    }

    @Test
    void anEventWrittenWithTriggersOffIsNeverChainedAndIsNamedAsInserted() throws Exception {
        chainer().start();
        append(2);
        awaitQueueEmpty();
        long inserted = new TransactionTemplate(new DataSourceTransactionManager(dataSource)).execute(status -> {
            jdbc.execute("SET LOCAL session_replication_role = replica");
            return insertEvent(UUID.randomUUID().toString(), 0);
        });
        append(1);
        awaitQueueEmpty();
        ChainVerification verification = verifier(Duration.ZERO).verify(workspace);
        assertThat(verification.eventsChecked()).isEqualTo(3);
        assertThat(verification.firstBrokenLink().globalIndex()).isEqualTo(inserted);
        assertThat(verification.firstBrokenLink().kind()).isEqualTo(Kind.INSERTED);
    }

    /**
     * Decision 302: a session whose chainer planned its batch query on an empty store, as on a new installation,
     * links the events appended since by looking each one up, not by reading the store whole (the plan is kept
     * for the session, and nothing analyses the table in between).
     */
    @Test
    void aChainerPlannedOnAnEmptyStoreLooksTheEventsUpByPosition() throws Exception {
        jdbc.execute("ALTER TABLE " + SCHEMA + ".domain_event_entry SET (autovacuum_enabled = false)");
        try (var session = dataSource.getConnection();
                var chain = session.prepareStatement("SELECT " + SCHEMA + ".chain_queued_events(?)")) {
            chain.setInt(1, 500);
            chain.execute(); // planned now, on the empty store
            jdbc.update("INSERT INTO " + SCHEMA + ".domain_event_entry (aggregate_identifier, sequence_number, type,"
                    + " event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)"
                    + " SELECT gen_random_uuid()::text, 0, 'Client', gen_random_uuid()::text, '{}',"
                    + " '{\"workspaceId\":\"" + workspace
                    + "\"}', '1', 'com.pazpaz.kernel.client.ClientRegisteredEvent',"
                    + " now()::text FROM generate_series(1, 3000)");

            session.setAutoCommit(false);
            try (var linked = chain.executeQuery()) {
                linked.next();
                assertThat(linked.getInt(1)).isEqualTo(500);
            }
            try (var scans = session.createStatement()
                    .executeQuery("SELECT seq_scan, idx_scan FROM pg_stat_xact_user_tables" + " WHERE relid = '"
                            + SCHEMA + ".domain_event_entry'::regclass")) {
                scans.next();
                assertThat(scans.getLong("seq_scan"))
                        .as("whole reads of the store")
                        .isZero();
                assertThat(scans.getLong("idx_scan")).as("lookups by position").isGreaterThanOrEqualTo(500);
            }
            session.commit();
        }
    }

    private EventChainer chainer() {
        EventChainer chainer = new EventChainer(dataSource, SCHEMA, FAST);
        chainers.add(chainer);
        return chainer;
    }

    private EventChainVerifier verifier(Duration window) {
        return new EventChainVerifier(jdbc, SCHEMA, window);
    }

    /** {@code writers} threads, each committing {@code transactions} transactions of two events. */
    private void appendConcurrently(int writers, int transactions) throws Exception {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    for (int t = 0; t < transactions; t++) {
                        String aggregate = UUID.randomUUID().toString();
                        tx.executeWithoutResult(status -> {
                            insertEvent(aggregate, 0);
                            insertEvent(aggregate, 1);
                        });
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private List<Long> append(int events) {
        List<Long> appended = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            appended.add(insertEvent(UUID.randomUUID().toString(), 0));
        }
        return appended;
    }

    private long insertEvent(String aggregate, long sequence) {
        return insertEvent(aggregate, sequence, workspace);
    }

    private long insertEvent(String aggregate, long sequence, UUID practice) {
        return jdbc.queryForObject(
                "INSERT INTO " + SCHEMA + ".domain_event_entry (aggregate_identifier,"
                        + " sequence_number, type, event_identifier, meta_data, payload, payload_revision,"
                        + " payload_type, time_stamp) VALUES (?, ?, 'Client', ?, '{}', ?, '1',"
                        + " 'com.pazpaz.kernel.client.ClientRegisteredEvent', ?) RETURNING global_index",
                Long.class,
                aggregate,
                sequence,
                UUID.randomUUID().toString(),
                "{\"workspaceId\":\"" + practice + "\",\"clientId\":\"" + aggregate + "\"}",
                java.time.Instant.now().toString());
    }

    private void assertChainedExactlyOnce(long events) {
        assertThat(count("domain_event_entry")).isEqualTo(events);
        assertThat(count("event_chain")).isEqualTo(events);
        assertThat(jdbc.queryForObject(
                        "SELECT count(DISTINCT global_index) FROM " + SCHEMA + ".event_chain", Long.class))
                .isEqualTo(events);
        assertThat(jdbc.queryForObject(
                        "SELECT max(chain_sequence) FROM " + SCHEMA + ".event_chain" + " WHERE workspace_id = ?",
                        Long.class,
                        workspace))
                .isEqualTo(events);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + SCHEMA + "." + table, Long.class);
    }

    private void awaitQueueEmpty() throws InterruptedException {
        await(() -> count("chain_queue") == 0);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
