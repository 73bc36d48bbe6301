package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Writes notes whose SOAP fields, amendment reason and deletion reason each hold a unique marker, through
 * every step that writes text (create, autosave, finalize, amend, delete), then looks for the marker in every
 * column of every table (events included) and in every Kafka record. It must be nowhere.
 */
class NoSoapPlaintextAnywhereTest {

    @Test
    void aNotesTextAndReasonsAppearInNoTableAndNoKafkaRecord() throws Exception {
        String marker = "SOAPMARK" + UUID.randomUUID().toString().replace("-", "");
        Actor owner = StackFixture.newPractice("Soap Marker " + marker.substring(8, 16));
        Api commands = StackFixture.commands(owner);
        String clientId = commands.post("/api/v1/clients", Map.of("first_name", "A", "last_name", "B"))
                .id();
        Api.Response created = commands.post(
                "/api/v1/sessions",
                Map.of(
                        "client_id",
                        clientId,
                        "session_date",
                        "2026-01-01T09:00:00Z",
                        "subjective",
                        marker + "s",
                        "objective",
                        marker + "o",
                        "assessment",
                        marker + "a",
                        "plan",
                        marker + "p"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.id();
        commands.send("PATCH", "/api/v1/sessions/" + id + "/draft", Map.of("plan", marker + "autosaved"));
        commands.post("/api/v1/sessions/" + id + "/finalize", null);
        commands.post(
                "/api/v1/sessions/" + id + "/amend", Map.of("plan", marker + "amended", "reason", marker + "reason"));
        Api.Response deleted = commands.send("DELETE", "/api/v1/sessions/" + id, Map.of("reason", marker + "gone"));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);

        Api reads = StackFixture.queries(owner).withHeader("X-Consistency-Position", Long.toString(deleted.position()));
        String history = reads.get("/api/v1/sessions/" + id + "/history").body();
        assertThat(history).contains(marker + "amended", marker + "reason", marker + "gone", marker + "autosaved");

        assertThat(NoPlaintextAnywhereTest.tablesContaining(marker)).isEmpty();
        List<ConsumerRecord<String, String>> records = KafkaTopic.awaitEvents(
                StackFixture.stack().kafkaBootstrapServers(),
                owner.workspaceId().toString(),
                7,
                Duration.ofSeconds(30));
        assertThat(records).hasSizeGreaterThanOrEqualTo(7);
        assertThat(records).allSatisfy(record -> assertThat(record.value()).doesNotContainIgnoringCase(marker));
    }
}
