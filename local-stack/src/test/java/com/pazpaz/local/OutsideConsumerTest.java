package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.local.docs.GeneratedDocument;
import com.pazpaz.local.outside.DocumentedConsumer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A consumer written from docs/contract/ alone reads real records off the topic: every record is a documented
 * message, its payload valid by its JSON Schema, PHI only in the fields marked encrypted.
 */
class OutsideConsumerTest {

    @Test
    void recordsOffTheTopicAreValidByThePublishedDocuments() throws Exception {
        Actor owner = StackFixture.newPractice(
                "Contract Practice " + UUID.randomUUID().toString().substring(0, 8));
        String marker = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        Api commands = StackFixture.commands(owner);
        Api.Response client = commands.post(
                "/api/v1/clients",
                Map.of("first_name", marker, "last_name", "Outside", "email", marker.toLowerCase() + "@example.org"));
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> booking = new HashMap<>(Map.of(
                "client_id",
                client.id(),
                "scheduled_start",
                start.toString(),
                "scheduled_end",
                start.plusSeconds(3600).toString(),
                "location_type",
                "clinic",
                "notes",
                marker + " notes"));
        assertThat(commands.post("/api/v1/appointments", booking).status()).isEqualTo(201);
        assertThat(commands.post(
                                "/api/v1/sessions",
                                Map.of(
                                        "client_id",
                                        client.id(),
                                        "session_date",
                                        "2026-01-05T10:00:00Z",
                                        "subjective",
                                        marker + " subjective"))
                        .status())
                .isEqualTo(201);

        DocumentedConsumer consumer = new DocumentedConsumer(
                GeneratedDocument.projectRoot().resolve("docs").resolve("contract"));
        List<DocumentedConsumer.Event> mine =
                awaitWorkspace(consumer, owner.workspaceId().toString(), 4);
        assertInOrder(mine);
        Set<String> types = new HashSet<>();
        for (DocumentedConsumer.Event event : mine) {
            assertThat(consumer.problems(event)).isEmpty();
            assertThat(event.attributes().get("ce_workspaceid")).isEqualTo(event.key());
            assertThat(event.data().toString()).doesNotContain(marker);
            types.add(event.type());
        }
        assertThat(types)
                .contains(
                        "pazpaz.workspace.created.v1",
                        "pazpaz.client.registered.v2",
                        "pazpaz.appointment.scheduled.v1",
                        "pazpaz.session.draft_created.v1");
        assertThat(consumer.encryptedFields("pazpaz.appointment.scheduled.v1")).contains("notes", "locationDetails");
        // every record on the topic, of every practice the tests made, is a documented message too
        for (DocumentedConsumer.Event event :
                consumer.readAll(StackFixture.stack().kafkaBootstrapServers(), Duration.ofSeconds(20))) {
            assertThat(consumer.problems(event)).isEmpty();
        }
    }

    /** One workspace's records arrive in the order stored: positions increase, each subject counts 0, 1, 2, ... */
    private static void assertInOrder(List<DocumentedConsumer.Event> workspaceRecords) {
        long previous = -1;
        Map<String, Long> nextInSubject = new HashMap<>();
        for (DocumentedConsumer.Event event : workspaceRecords) {
            long position = Long.parseLong(event.attributes().get("ce_position"));
            assertThat(position).isGreaterThan(previous);
            previous = position;
            String subject = event.attributes().get("ce_subject");
            long sequence = Long.parseLong(event.attributes().get("ce_subjectsequence"));
            assertThat(sequence).as(subject).isEqualTo(nextInSubject.getOrDefault(subject, 0L));
            nextInSubject.put(subject, sequence + 1);
        }
    }

    private static List<DocumentedConsumer.Event> awaitWorkspace(
            DocumentedConsumer consumer, String workspace, int atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<DocumentedConsumer.Event> mine = List.of();
        while (System.nanoTime() < deadline && mine.size() < atLeast) {
            mine = consumer.readAll(StackFixture.stack().kafkaBootstrapServers(), Duration.ofSeconds(10)).stream()
                    .filter(event -> workspace.equals(event.key()))
                    .toList();
        }
        assertThat(mine).hasSizeGreaterThanOrEqualTo(atLeast);
        return mine;
    }
}
