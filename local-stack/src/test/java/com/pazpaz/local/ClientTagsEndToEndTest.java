package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pazpaz.infra.security.Actor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client's tags are ciphertext under the client's data key (issue 13, decisions 260–263): no plaintext tag in the
 * event store, the read table or on Kafka; the API still answers them; erasure makes them unreadable. Tags stored in
 * plaintext before that (an event of revision 1) are still read, and the next revision encrypts them.
 */
class ClientTagsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Actor owner;
    private static Api commands;
    private static Api queries;

    @BeforeAll
    static void openPractice() {
        owner = StackFixture.newPractice(
                "Tags Practice " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        queries = StackFixture.queries(owner);
    }

    @Test
    void tagsAreStoredAndPublishedOnlyEncryptedAnsweredDecryptedAndGoneAfterErasure() throws Exception {
        String marker = "TAGMARK" + UUID.randomUUID().toString().replace("-", "");
        Api.Response registered = commands.post(
                "/api/v1/clients",
                Map.of("first_name", "Tagged", "last_name", "Client", "tags", List.of(marker + "vip", "new")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        UUID client = UUID.fromString(registered.id());
        Api.Response revised = commands.put("/api/v1/clients/" + client, Map.of("notes", "no tags sent"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);

        assertThat(tagsAt(revised.position(), client))
                .as("a revision without tags keeps them")
                .containsExactly(marker + "vip", "new");
        assertThat(eventPayloads(client)).hasSize(2).noneMatch(payload -> payload.contains(marker));
        assertThat(NoPlaintextAnywhereTest.tablesContaining(marker))
                .as("no table (events, read rows) holds a tag in plaintext")
                .isEmpty();
        assertThat(StackFixture.single("SELECT tags IS NULL AND tags_encrypted IS NOT NULL FROM public.clients"
                        + " WHERE id = '" + client + "'"))
                .isEqualTo("t");
        assertThat(kafkaValuesAbout(client, 2))
                .as("the registration and the revision on Kafka")
                .hasSize(2)
                .noneMatch(value -> value.contains(marker));
        assertThat(scan(client).anyDecryptsTo(marker, LiveKeys.all()))
                .as("the tags are ciphertext under the client's key")
                .isTrue();

        Api.Response erased = commands.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", client));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);

        JsonNode read = readAt(erased.position(), client);
        assertThat(read.get("erased").asBoolean()).isTrue();
        assertThat(read.get("tags").isNull()).as(read.toString()).isTrue();
        assertThat(scan(client).anyDecryptsTo(marker, LiveKeys.all()))
                .as("no key the system holds opens the tags any more")
                .isFalse();
    }

    @Test
    void plaintextTagsOfAnOldEventAreReadAndTheNextRevisionEncryptsThem() throws Exception {
        String marker = "OLDTAG" + UUID.randomUUID().toString().replace("-", "");
        UUID client = UUID.fromString(
                commands.post("/api/v1/clients", Map.of("first_name", "Before", "last_name", "Encryption"))
                        .id());
        long oldEvent = storeRevision1Revision(client, List.of(marker + "legacy"));

        assertThat(tagsAt(oldEvent, client)).as("read through the upcaster").containsExactly(marker + "legacy");

        Api.Response revised = commands.put("/api/v1/clients/" + client, Map.of("consent_status", true));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(tagsAt(revised.position(), client)).containsExactly(marker + "legacy");
        List<String> payloads = eventPayloads(client);
        assertThat(payloads.get(payloads.size() - 1))
                .as("the new event holds the old tags encrypted only")
                .doesNotContain(marker);
        assertThat(payloads.get(1)).as("the old event keeps its plaintext").contains(marker);
        assertThat(StackFixture.single("SELECT tags IS NULL AND tags_encrypted IS NOT NULL FROM public.clients"
                        + " WHERE id = '" + client + "'"))
                .isEqualTo("t");

        Api.Response erased = commands.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", client));
        assertThat(readAt(erased.position(), client).get("tags").isNull()).isTrue();
        assertThat(StackFixture.single("SELECT tags IS NULL AND tags_encrypted IS NULL FROM public.clients"
                        + " WHERE id = '" + client + "'"))
                .as("erasure drops the tags from the read row")
                .isEqualTo("t");
    }

    /**
     * Appends, as a service before tags were encrypted did, a revision-1 {@code ClientDetailsRevisedEvent}: the
     * client's registered details with plaintext tags. Its global index.
     */
    private static long storeRevision1Revision(UUID client, List<String> tags) throws Exception {
        try (Connection db = StackFixture.database()) {
            ObjectNode payload;
            String metaData;
            try (PreparedStatement registration = db.prepareStatement("SELECT payload, meta_data FROM"
                    + " event_store.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0")) {
                registration.setString(1, client.toString());
                ResultSet row = registration.executeQuery();
                assertThat(row.next()).isTrue();
                ObjectNode registered = (ObjectNode) JSON.readTree(row.getString(1));
                metaData = row.getString(2);
                ObjectNode details = (ObjectNode) registered.get("details");
                details.remove("legacyTags");
                details.set("tags", JSON.valueToTree(tags));
                payload = JSON.createObjectNode()
                        .put("clientId", client.toString())
                        .put("workspaceId", registered.get("workspaceId").asText())
                        .set("details", details);
                payload.put("revisedAt", registered.get("registeredAt").asText());
            }
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO event_store.domain_event_entry (aggregate_identifier, sequence_number, type,
                        event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                    VALUES (?, 1, 'Client', ?, ?, ?, '1', 'com.pazpaz.kernel.client.ClientDetailsRevisedEvent',
                            to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                    RETURNING global_index""")) {
                insert.setString(1, client.toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, metaData);
                insert.setString(4, payload.toString());
                ResultSet inserted = insert.executeQuery();
                inserted.next();
                return inserted.getLong(1);
            }
        }
    }

    private static List<String> tagsAt(long position, UUID client) {
        List<String> tags = new ArrayList<>();
        readAt(position, client).get("tags").forEach(tag -> tags.add(tag.asText()));
        return tags;
    }

    private static JsonNode readAt(long position, UUID client) {
        Api.Response response = queries.withHeader("X-Consistency-Position", Long.toString(position))
                .get("/api/v1/clients/" + client);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> kafkaValuesAbout(UUID client, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> values = List.of();
        while (values.size() < expected && System.nanoTime() < deadline) {
            values = KafkaTopic.readAll(StackFixture.stack().kafkaBootstrapServers(), Duration.ofSeconds(10)).stream()
                    .map(ConsumerRecord::value)
                    // the client's own events (a read's access record names it as resourceId)
                    .filter(value -> value.contains("\"clientId\":\"" + client + "\""))
                    .toList();
        }
        return values;
    }

    private static List<String> eventPayloads(UUID client) throws Exception {
        List<String> payloads = new ArrayList<>();
        try (Connection db = StackFixture.database();
                PreparedStatement statement = db.prepareStatement("SELECT payload FROM event_store.domain_event_entry"
                        + " WHERE aggregate_identifier = ? ORDER BY sequence_number")) {
            statement.setString(1, client.toString());
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                payloads.add(rows.getString(1));
            }
        }
        return payloads;
    }

    /** The client's ciphertexts: its events, its read row. */
    private static StoredCiphertexts scan(UUID client) throws Exception {
        try (Connection db = StackFixture.database()) {
            return new StoredCiphertexts().addEvents(db, client).addRow(db, "public.clients", client);
        }
    }
}
