package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Registers a client whose every protected field holds a unique marker, then looks for the marker in every
 * column of every table (events included) and in every Kafka record. It must be nowhere.
 */
class NoPlaintextAnywhereTest {

    @Test
    void aClientsProtectedFieldsAppearInNoTableAndNoKafkaRecord() throws Exception {
        String marker = "MARKER" + UUID.randomUUID().toString().replace("-", "");
        Actor owner = StackFixture.newPractice("Marker Practice " + marker.substring(6, 14));
        Api commands = StackFixture.commands(owner);
        Api.Response registered = commands.post(
                "/api/v1/clients",
                Map.ofEntries(
                        Map.entry("first_name", marker + "first"),
                        Map.entry("last_name", marker + "last"),
                        Map.entry("email", marker.toLowerCase() + "@example.org"),
                        Map.entry("phone", marker + "p"),
                        Map.entry("address", marker + "address"),
                        Map.entry("medical_history", marker + "history"),
                        Map.entry("emergency_contact_name", marker + "contact"),
                        Map.entry("emergency_contact_phone", marker + "cp"),
                        Map.entry("notes", marker + "notes"),
                        Map.entry("tags", List.of(marker + "tag"))));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Api.Response revised =
                commands.put("/api/v1/clients/" + registered.id(), Map.of("medical_history", marker + "revised"));
        Api reads = StackFixture.queries(owner).withHeader("X-Consistency-Position", Long.toString(revised.position()));
        assertThat(reads.get("/api/v1/clients/" + registered.id())
                        .json()
                        .get("medical_history")
                        .asText())
                .isEqualTo(marker + "revised");

        assertThat(tablesContaining(marker)).isEmpty();
        List<ConsumerRecord<String, String>> records = KafkaTopic.awaitEvents(
                StackFixture.stack().kafkaBootstrapServers(),
                owner.workspaceId().toString(),
                3,
                Duration.ofSeconds(30));
        assertThat(records).hasSizeGreaterThanOrEqualTo(3);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.value()).doesNotContainIgnoringCase(marker);
            assertThat(record.key()).isEqualTo(owner.workspaceId().toString());
        });
    }

    @Test
    void theDatabaseHasNoOidColumnsAndNoLargeObjects() throws Exception {
        StackFixture.stack();
        try (Connection db = StackFixture.database();
                Statement statement = db.createStatement()) {
            ResultSet oid = statement.executeQuery("""
                    SELECT table_schema || '.' || table_name || '.' || column_name FROM information_schema.columns
                     WHERE data_type = 'oid' AND table_schema NOT IN ('pg_catalog', 'information_schema')""");
            List<String> oidColumns = new ArrayList<>();
            while (oid.next()) {
                oidColumns.add(oid.getString(1));
            }
            assertThat(oidColumns).isEmpty();
            ResultSet largeObjects = statement.executeQuery("SELECT count(*) FROM pg_largeobject_metadata");
            largeObjects.next();
            assertThat(largeObjects.getLong(1)).isZero();
        }
    }

    /** Every schema.table.column whose text (or, for bytea, whose bytes) contain the marker. */
    static List<String> tablesContaining(String marker) throws Exception {
        String markerHex = HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8));
        List<String> hits = new ArrayList<>();
        try (Connection db = StackFixture.database();
                Statement statement = db.createStatement()) {
            assertThat(AllTables.tables(statement))
                    .contains("public.clients", "event_store.domain_event_entry", "key_vault.data_keys");
            AllTables.forEachValue(db, (table, column, value) -> {
                String text = (value instanceof byte[] bytes
                                ? "\\x" + HexFormat.of().formatHex(bytes)
                                : value.toString())
                        .toLowerCase();
                if (text.contains(marker.toLowerCase()) || text.contains(markerHex)) {
                    hits.add(table + "." + column);
                }
            });
        }
        return hits;
    }
}
