package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.command.retention.RetentionJob;
import com.pazpaz.infra.security.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * When retention ends (7 years after an archived client's last activity), the retention job erases the client by
 * destroying its keys; active clients and recent ones are kept, and the audit trail stays intact.
 */
class RetentionEndToEndTest {

    @Test
    void archivedClientsPastRetentionAreErasedWhileTheAuditTrailStays() throws Exception {
        Actor owner = StackFixture.newPractice(
                "Retention Practice " + UUID.randomUUID().toString().substring(0, 8));
        Api commands = StackFixture.commands(owner);
        String archived = commands.post("/api/v1/clients", Map.of("first_name", "Old", "last_name", "Record"))
                .id();
        String active = commands.post("/api/v1/clients", Map.of("first_name", "Still", "last_name", "Seen"))
                .id();
        commands.delete("/api/v1/clients/" + archived);
        RetentionJob job = StackFixture.stack().commandService().getBean(RetentionJob.class);

        assertThat(job.eraseExpired(Instant.now().plus(Duration.ofDays(365 * 6)))
                        .erased())
                .doesNotContain(archived);
        RetentionJob.RetentionReport due = job.eraseExpired(Instant.now().plus(Duration.ofDays(365 * 7 + 10)));
        assertThat(due.ran()).isTrue();
        assertThat(due.erased()).contains(archived).doesNotContain(active);
        assertThat(job.eraseExpired(Instant.now().plus(Duration.ofDays(365 * 8)))
                        .erased())
                .as("an erased client is not erased twice")
                .doesNotContain(archived);

        long position = StackFixture.latestPosition(archived);
        Api reads = StackFixture.queries(owner).withHeader("X-Consistency-Position", Long.toString(position));
        JsonNode erased = reads.get("/api/v1/clients/" + archived).json();
        assertThat(erased.get("erased").asBoolean()).isTrue();
        assertThat(erased.get("first_name").isNull()).isTrue();
        assertThat(reads.get("/api/v1/clients/" + active)
                        .json()
                        .get("first_name")
                        .asText())
                .isEqualTo("Still");
        JsonNode trail = awaitTrail(reads, archived, 3);
        assertThat(trail.findValuesAsText("event_type")).contains("client.create", "client.delete");
    }

    private static JsonNode awaitTrail(Api reads, String clientId, int rows) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        JsonNode items = reads.get("/api/v1/audit-events?resource_id=" + clientId + "&page_size=100")
                .json()
                .get("items");
        while (items.size() < rows && System.nanoTime() < deadline) {
            Thread.sleep(100);
            items = reads.get("/api/v1/audit-events?resource_id=" + clientId + "&page_size=100")
                    .json()
                    .get("items");
        }
        assertThat(items.size()).isGreaterThanOrEqualTo(rows);
        return items;
    }
}
