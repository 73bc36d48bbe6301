package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.crypto.KeyRing;
import com.pazpaz.infra.security.Actor;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Crypto-shredding end to end: a client whose every protected field holds a marker is erased; afterwards no
 * stored byte (event store, read table, Kafka) decrypts to the marker under any key the system still holds,
 * and the API answers with the erased marker.
 */
class ClientErasureEndToEndTest {

    private static Actor owner;
    private static Api commands;
    private static Api queries;

    @BeforeAll
    static void openPractice() {
        owner = StackFixture.newPractice(
                "Erasure Practice " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        queries = StackFixture.queries(owner);
    }

    @Test
    void anErasedClientsFieldsDecryptNowhereAndReadAsErased() throws Exception {
        String marker = "ERASEME" + UUID.randomUUID().toString().replace("-", "");
        UUID client = UUID.fromString(
                commands.post("/api/v1/clients", markedClient(marker)).id());
        Api.Response revised = commands.put("/api/v1/clients/" + client, Map.of("notes", marker + "revised"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        Api.Response keeper = commands.post("/api/v1/clients", Map.of("first_name", "Keeper", "last_name", "Aaron"));
        assertThat(readAt(keeper.position(), "/api/v1/clients/" + client)
                        .get("notes")
                        .asText())
                .isEqualTo(marker + "revised");
        SecretKey erasedKey = liveKeys().get(VaultLabels.labelOf(client));
        assertThat(scan(client).anyDecryptsTo(marker, List.of(erasedKey)))
                .as("the scan finds the marker while the key exists")
                .isTrue();

        Api.Response erased = commands.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", client));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);

        JsonNode read = readAt(erased.position(), "/api/v1/clients/" + client);
        assertThat(read.get("erased").asBoolean()).isTrue();
        assertThat(read.get("first_name").isNull()).isTrue();
        assertThat(read.get("full_name").isNull()).isTrue();
        assertThat(read.get("medical_history").isNull()).isTrue();
        assertThat(read.get("tags").isNull()).isTrue();
        assertThat(read.toString()).doesNotContain(marker);
        JsonNode list = readAt(erased.position(), "/api/v1/clients").get("items");
        assertThat(list.findValuesAsText("id")).as("erased clients sort last").endsWith(client.toString());
        assertThat(list.get(list.size() - 1).get("erased").asBoolean()).isTrue();
        assertThat(list.get(0).get("erased").asBoolean()).isFalse();

        StoredCiphertexts stored = scan(client);
        assertThat(stored.size())
                .as("ciphertexts are still stored: only the key is gone")
                .isGreaterThan(20);
        assertThat(liveKeys()).doesNotContainKey(VaultLabels.labelOf(client));
        assertThat(stored.anyDecryptsTo(marker, liveKeys().values())).isFalse();
        assertThat(databaseContainsHex(erasedKey.getEncoded()))
                .as("the destroyed key is stored nowhere")
                .isFalse();
    }

    @Test
    void anErasedClientsNotesAndTheirVersionsDecryptNowhereEither() throws Exception {
        String marker = "NOTEMARK" + UUID.randomUUID().toString().replace("-", "");
        UUID client =
                UUID.fromString(commands.post("/api/v1/clients", Map.of("first_name", "Note", "last_name", "Owner"))
                        .id());
        String note = commands.post(
                        "/api/v1/sessions",
                        Map.of(
                                "client_id",
                                client.toString(),
                                "session_date",
                                "2026-01-05T10:00:00Z",
                                "subjective",
                                marker + "s",
                                "objective",
                                marker + "o",
                                "assessment",
                                marker + "a",
                                "plan",
                                marker + "p"))
                .id();
        assertThat(commands.post("/api/v1/sessions/" + note + "/finalize", null).status())
                .isEqualTo(200);
        Api.Response amended = commands.post(
                "/api/v1/sessions/" + note + "/amend", Map.of("plan", marker + "amended", "reason", "Correction"));
        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        assertThat(readAt(amended.position(), "/api/v1/sessions/" + note)
                        .get("plan")
                        .asText())
                .isEqualTo(marker + "amended");
        assertThat(noteCiphertexts(UUID.fromString(note))
                        .anyDecryptsTo(marker, liveKeys().values()))
                .as("the scan finds the marker while the keys exist")
                .isTrue();

        Api.Response erased = commands.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", client));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);

        StoredCiphertexts stored = noteCiphertexts(UUID.fromString(note));
        assertThat(stored.anyDecryptsTo(marker, liveKeys().values())).isFalse();
        JsonNode read = readAt(erased.position(), "/api/v1/sessions/" + note);
        assertThat(read.get("plan").isNull()).isTrue();
        assertThat(read.toString()).doesNotContain(marker);
    }

    /** The note's ciphertexts: its events, its row, its version rows, its Kafka records. */
    private static StoredCiphertexts noteCiphertexts(UUID note) throws Exception {
        List<String> kafkaValues = KafkaTopic.awaitEvents(
                        StackFixture.stack().kafkaBootstrapServers(),
                        owner.workspaceId().toString(),
                        2,
                        Duration.ofSeconds(30))
                .stream()
                .map(ConsumerRecord::value)
                .filter(value -> value.contains(note.toString()))
                .toList();
        try (Connection db = StackFixture.database()) {
            StoredCiphertexts stored = new StoredCiphertexts()
                    .addEvents(db, note)
                    .addRow(db, "public.sessions", note)
                    .addJsonDocuments(kafkaValues);
            var versions = db.prepareStatement("SELECT id FROM public.session_versions WHERE session_id = ?");
            versions.setObject(1, note);
            var rows = versions.executeQuery();
            while (rows.next()) {
                stored.addRow(db, "public.session_versions", rows.getObject(1, UUID.class));
            }
            return stored;
        }
    }

    @Test
    void theErasureIsAnAuditedEventOnKafka() throws Exception {
        UUID client =
                UUID.fromString(commands.post("/api/v1/clients", Map.of("first_name", "Audit", "last_name", "Trail"))
                        .id());
        commands.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", client));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<ConsumerRecord<String, String>> erasures = List.of();
        while (erasures.isEmpty() && System.nanoTime() < deadline) {
            // the broker's metadata answers take seconds on a loaded machine: each read may wait that long
            erasures = KafkaTopic.readAll(StackFixture.stack().kafkaBootstrapServers(), Duration.ofSeconds(10)).stream()
                    .filter(r -> r.value().contains(client.toString()))
                    .filter(r -> "pazpaz.client.erased.v1".equals(KafkaTopic.header(r, "ce_type")))
                    .toList();
        }
        assertThat(erasures).hasSize(1);
        assertThat(erasures.get(0).key()).isEqualTo(owner.workspaceId().toString());
        assertThat(KafkaTopic.header(erasures.get(0), "ce_userid"))
                .as("who erased it")
                .isEqualTo(owner.userId().toString());
    }

    @Test
    void erasingTwiceChangesNothing() {
        UUID client =
                UUID.fromString(commands.post("/api/v1/clients", Map.of("first_name", "Twice", "last_name", "Erased"))
                        .id());
        Api.Response first = commands.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", client));
        Api.Response second = commands.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", client));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("version").asLong())
                .isEqualTo(first.json().get("version").asLong());
    }

    @Test
    void anErasedClientCannotBeChangedAnyMore() {
        String client = commands.post("/api/v1/clients", Map.of("first_name", "Gone", "last_name", "Soon"))
                .id();
        commands.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", client));
        assertThat(commands.put("/api/v1/clients/" + client, Map.of("first_name", "Back"))
                        .status())
                .isEqualTo(410);
        assertThat(commands.put("/api/v1/clients/" + client, Map.of("is_active", false))
                        .status())
                .isEqualTo(410);
        assertThat(commands.delete("/api/v1/clients/" + client).status()).isEqualTo(410);
    }

    @Test
    void anErasureMustBeConfirmedWithTheClientsId() {
        String client = commands.post("/api/v1/clients", Map.of("first_name", "Not", "last_name", "Yet"))
                .id();
        Api.Response wrong =
                commands.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", UUID.randomUUID()));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("errors").get(0).get("field").asText()).isEqualTo("confirm");
        assertThat(commands.post("/api/v1/clients/" + client + "/erase", Map.of())
                        .status())
                .isEqualTo(422);
        assertThat(commands.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", "nope"))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void anotherPracticeCannotEraseOrProbeAClient() {
        String client = commands.post("/api/v1/clients", Map.of("first_name", "Mine", "last_name", "Only"))
                .id();
        Api stranger = StackFixture.commands(StackFixture.newPractice(
                "Stranger " + UUID.randomUUID().toString().substring(0, 8)));
        assertThat(stranger.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", client))
                        .status())
                .isEqualTo(404);
        commands.post("/api/v1/clients/" + client + "/erase", Map.of("confirm", client));
        assertThat(stranger.put("/api/v1/clients/" + client, Map.of("first_name", "X"))
                        .status())
                .isEqualTo(404);
        UUID unknown = UUID.randomUUID();
        assertThat(stranger.post("/api/v1/clients/" + unknown + "/erase", Map.of("confirm", unknown))
                        .status())
                .isEqualTo(404);
    }

    private static Map<String, Object> markedClient(String marker) {
        return Map.ofEntries(
                Map.entry("first_name", marker + "first"),
                Map.entry("last_name", marker + "last"),
                Map.entry("email", marker.toLowerCase() + "@example.org"),
                Map.entry("phone", marker),
                Map.entry("date_of_birth", "1980-05-17"),
                Map.entry("address", marker + "address"),
                Map.entry("medical_history", marker + "history"),
                Map.entry("emergency_contact_name", marker + "contact"),
                Map.entry("emergency_contact_phone", marker),
                Map.entry("notes", marker + "notes"),
                Map.entry("tags", List.of(marker + "tag")));
    }

    private static JsonNode readAt(long position, String path) {
        Api.Response response = queries.withHeader("X-Consistency-Position", Long.toString(position))
                .get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static StoredCiphertexts scan(UUID client) throws Exception {
        List<String> kafkaValues = KafkaTopic.awaitEvents(
                        StackFixture.stack().kafkaBootstrapServers(),
                        owner.workspaceId().toString(),
                        2,
                        Duration.ofSeconds(30))
                .stream()
                .map(ConsumerRecord::value)
                .filter(value -> value.contains(client.toString()))
                .toList();
        assertThat(kafkaValues).isNotEmpty();
        try (Connection db = StackFixture.database()) {
            return new StoredCiphertexts()
                    .addEvents(db, client)
                    .addRow(db, "public.clients", client)
                    .addJsonDocuments(kafkaValues);
        }
    }

    /** Every data key the system still holds, by label, unwrapped as the services do. */
    private static Map<String, SecretKey> liveKeys() throws Exception {
        KeyRing ring = StackFixture.stack().commandService().getBean(KeyRing.class);
        Map<String, SecretKey> keys = new java.util.HashMap<>();
        for (String label : VaultLabels.live()) {
            keys.put(label, ring.keyByLabel(label).orElseThrow());
        }
        return keys;
    }

    /** Whether these bytes appear, raw or hex or base64, in any column of any table. */
    private static boolean databaseContainsHex(byte[] bytes) throws Exception {
        String hex = HexFormat.of().formatHex(bytes);
        String base64 = java.util.Base64.getEncoder().encodeToString(bytes);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> hits = new ArrayList<>();
        try (Connection db = StackFixture.database()) {
            AllTables.forEachValue(db, (table, column, value) -> {
                String text = value instanceof byte[] b
                        ? new String(b, StandardCharsets.ISO_8859_1)
                                + HexFormat.of().formatHex(b)
                        : value.toString();
                if (text.contains(hex) || text.contains(base64) || text.contains(raw)) {
                    hits.add(table + "." + column);
                }
            });
        }
        return !hits.isEmpty();
    }
}
