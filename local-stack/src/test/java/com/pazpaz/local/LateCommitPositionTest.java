package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.kafka.EventRecordHeaders;
import com.pazpaz.infra.security.Actor;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * An event whose transaction commits after a later event's still carries its own store position on Kafka. The
 * late transaction is made by holding an uncommitted reservation of the service name the command is about to
 * take: the command appends its event (taking a position) and then waits on the name's unique index while
 * another command commits a later position.
 */
class LateCommitPositionTest {

    @Test
    void aLateCommittedEventCarriesItsOwnPositionNotTheStreamsFurthest() throws Exception {
        Actor owner = StackFixture.newPractice("Late commit");
        Api commands = StackFixture.commands(owner);
        String name = "Late " + UUID.randomUUID();
        CompletableFuture<Api.Response> lateService;
        String clientId;
        try (Connection blocker = StackFixture.database()) {
            blocker.setAutoCommit(false);
            try (var hold = blocker.prepareStatement("INSERT INTO command_model.name_reservations"
                    + " (kind, record_id, workspace_id, name) VALUES ('SERVICE', ?, ?, ?)")) {
                hold.setObject(1, UUID.randomUUID());
                hold.setObject(2, owner.workspaceId().value());
                hold.setString(3, name);
                hold.executeUpdate();
            }
            lateService = CompletableFuture.supplyAsync(
                    () -> commands.post("/api/v1/services", Map.of("name", name, "default_duration_minutes", 50)));
            awaitServiceEventAppended(name);
            Api.Response client =
                    commands.post("/api/v1/clients", Map.of("first_name", "Early", "last_name", "Commit"));
            assertThat(client.status()).as(client.toString()).isEqualTo(201);
            clientId = client.id();
            awaitOnTopic(owner, clientId);
            blocker.rollback();
        }
        Api.Response service = lateService.get();
        assertThat(service.status()).as(service.toString()).isEqualTo(201);
        long servicePosition = StackFixture.latestPosition(service.id());
        assertThat(servicePosition)
                .as("the service's event was stored before the client's")
                .isLessThan(StackFixture.latestPosition(clientId));

        ConsumerRecord<String, String> record = awaitOnTopic(owner, service.id());
        assertThat(KafkaTopic.header(record, EventRecordHeaders.POSITION)).isEqualTo(Long.toString(servicePosition));
    }

    /** Waits until the service command's event row exists (uncommitted rows are invisible: watch the sequence). */
    private static void awaitServiceEventAppended(String name) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            String waiting = StackFixture.single("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND query LIKE 'INSERT INTO command_model.name_reservations%'");
            if (!"0".equals(waiting)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the service command never reached the name reservation");
    }

    private static ConsumerRecord<String, String> awaitOnTopic(Actor owner, String aggregateId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<ConsumerRecord<String, String>> records = KafkaTopic.awaitEvents(
                    StackFixture.stack().kafkaBootstrapServers(),
                    owner.workspaceId().toString(),
                    1,
                    Duration.ofSeconds(5));
            for (ConsumerRecord<String, String> record : records) {
                if (aggregateId.equals(KafkaTopic.header(record, EventRecordHeaders.SUBJECT))) {
                    return record;
                }
            }
        }
        throw new AssertionError("no record of " + aggregateId + " on the topic");
    }
}
