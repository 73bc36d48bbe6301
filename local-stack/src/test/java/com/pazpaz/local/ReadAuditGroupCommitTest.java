package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Concurrent readers' access records share commits (decision 88), and still every read is answered only once
 * its own record is in the event store: each reader, the moment its answer arrives, finds its record committed.
 */
class ReadAuditGroupCommitTest {

    private static final int READERS = 24;
    private static final int READS_EACH = 5;

    @Test
    void everyAnsweredReadFindsItsOwnRecordCommittedAndConcurrentRecordsShareTransactions() throws Exception {
        Actor owner = StackFixture.newPractice(
                "Group Commit " + UUID.randomUUID().toString().substring(0, 8));
        Api commands = StackFixture.commands(owner);
        String client = commands.post("/api/v1/clients", Map.of("first_name", "Gil", "last_name", "Ron"))
                .id();
        Api.Response note = commands.post(
                "/api/v1/sessions",
                Map.of("client_id", client, "session_date", "2026-02-02T09:00:00Z", "plan", "Plan"));
        String path = "/api/v1/sessions/" + note.id();
        Api queries = StackFixture.queries(owner);
        assertThat(queries.withHeader("X-Consistency-Position", Long.toString(note.position()))
                        .get(path)
                        .status())
                .isEqualTo(200);
        String run = "gc-" + UUID.randomUUID().toString().substring(0, 8);

        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            int reader = r;
            readers.add(pool.submit(() -> {
                start.await();
                try (Connection db = StackFixture.database()) {
                    for (int i = 0; i < READS_EACH; i++) {
                        String correlation = run + "-" + reader + "-" + i;
                        int status = queries.withHeader("X-Correlation-Id", correlation)
                                .get(path)
                                .status();
                        if (status != 200) {
                            return correlation + " answered " + status;
                        }
                        if (recordsWithCorrelation(db, correlation) != 1) {
                            return correlation + " was answered before its access record was committed";
                        }
                    }
                }
                return "ok";
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> reader : readers) {
            outcomes.add(reader.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsOnly("ok");

        long records = StackFixture.count("event_store.domain_event_entry WHERE meta_data LIKE '%" + run + "-%'");
        long transactions = StackFixture.count("(SELECT DISTINCT xmin FROM event_store.domain_event_entry"
                + " WHERE meta_data LIKE '%" + run + "-%') t");
        assertThat(records).isEqualTo(READERS * READS_EACH);
        assertThat(transactions)
                .as("transactions holding %d concurrent access records", records)
                .isLessThan(records);
    }

    private static long recordsWithCorrelation(Connection db, String correlation) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT count(*) FROM event_store.domain_event_entry"
                + " WHERE payload_type LIKE '%PhiAccessed%' AND meta_data LIKE ?")) {
            query.setString(1, "%\"" + correlation + "\"%");
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
