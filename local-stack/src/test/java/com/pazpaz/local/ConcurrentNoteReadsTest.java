package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
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
 * Found by the benchmark: every read of a note also records the access in its own transaction. While the read
 * itself held a connection, more concurrent readers than the pool's 20 connections each held one and waited
 * for a second: the pool was exhausted for 30 s and the reads failed with 500.
 */
class ConcurrentNoteReadsTest {

    private static final int READERS = 40;

    @Test
    void moreConcurrentReadersThanPooledConnectionsAllReadTheNote() throws Exception {
        Actor owner = StackFixture.newPractice(
                "Busy Reads " + UUID.randomUUID().toString().substring(0, 8));
        Api commands = StackFixture.commands(owner);
        String client = commands.post("/api/v1/clients", Map.of("first_name", "Dan", "last_name", "Bar"))
                .id();
        Api.Response created = commands.post(
                "/api/v1/sessions",
                Map.of("client_id", client, "session_date", "2026-01-01T09:00:00Z", "plan", "Plan"));
        Api queries = StackFixture.queries(owner);
        String path = "/api/v1/sessions/" + created.id();
        assertThat(queries.withHeader("X-Consistency-Position", Long.toString(created.position()))
                        .get(path)
                        .status())
                .isEqualTo(200);

        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> reads = new ArrayList<>();
        for (int i = 0; i < READERS * 3; i++) {
            reads.add(readers.submit(() -> {
                start.await();
                return queries.get(path).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> read : reads) {
            statuses.add(read.get());
        }
        readers.shutdown();
        assertThat(statuses).containsOnly(200);
    }
}
