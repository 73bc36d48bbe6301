package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.TokenIssuer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every stored event reaches Kafka keyed by its workspace as a CloudEvent (binary mode, no Java names), its value
 * the very JSON the store holds (decision 282), and the publisher resumes where it stopped after the whole stack
 * restarts on the same data directory.
 */
class KafkaPublicationTest {

    @Test
    void everyEventIsPublishedOnceTheStackRestartsNoneSkipped() throws Exception {
        Path directory = Files.createTempDirectory("pazpaz-restart-");
        Actor owner;
        try (LocalStack first = LocalStack.start(LocalStackConfig.forTests(directory))) {
            owner = DemoPractice.ensure(first);
            register(first, owner, "Before", "Restart");
            awaitAllPublished(first, owner);
        }
        // a stack keeps its data when closed (the second start finds it), a throwaway one deletes it (the benchmarks')
        try (LocalStack second =
                LocalStack.start(LocalStackConfig.forTests(directory)).deletingItsDataWhenClosed()) {
            assertThat(DemoPractice.ensure(second)).isEqualTo(owner);
            register(second, owner, "After", "Restart");
            List<ConsumerRecord<String, String>> records = awaitAllPublished(second, owner);
            Map<String, String> storedPayloads = storedPayloads(second, owner);
            assertThat(records).allSatisfy(record -> {
                // forwarded as stored: every event here is in its current revision
                assertThat(record.value()).isEqualTo(storedPayloads.get(KafkaTopic.header(record, "ce_id")));
                assertThat(record.key()).isEqualTo(owner.workspaceId().toString());
                assertThat(record.value()).startsWith("{").doesNotContain("com.pazpaz");
                assertThat(KafkaTopic.header(record, "ce_type")).startsWith("pazpaz.");
                assertThat(KafkaTopic.header(record, "ce_specversion")).isEqualTo("1.0");
                assertThat(KafkaTopic.header(record, "content-type")).isEqualTo("application/json");
                assertThat(KafkaTopic.header(record, "ce_workspaceid")).isEqualTo(record.key());
                for (String required : List.of("ce_id", "ce_source", "ce_time", "ce_subject", "ce_position")) {
                    assertThat(KafkaTopic.header(record, required)).as(required).isNotBlank();
                }
                // no Java name anywhere in the record: a consumer in another language sees only the contract
                record.headers()
                        .forEach(header -> assertThat(
                                        new String(header.value(), java.nio.charset.StandardCharsets.UTF_8))
                                .doesNotContain("com.pazpaz"));
            });
        }
        assertThat(directory).doesNotExist();
    }

    private static void register(LocalStack stack, Actor owner, String first, String last) {
        Api api = new Api(
                stack.commandBaseUrl(),
                stack.commandService().getBean(TokenIssuer.class).issue(owner));
        assertThat(api.post("/api/v1/clients", Map.of("first_name", first, "last_name", last))
                        .status())
                .isEqualTo(201);
    }

    /** Waits until the topic holds every event of the workspace that the store holds, by event id. */
    private static List<ConsumerRecord<String, String>> awaitAllPublished(LocalStack stack, Actor owner)
            throws Exception {
        Set<String> stored = storedEventIds(stack, owner);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<ConsumerRecord<String, String>> records = List.of();
        Set<String> published = Set.of();
        while (System.nanoTime() < deadline && !published.containsAll(stored)) {
            records = KafkaTopic.awaitEvents(
                    stack.kafkaBootstrapServers(),
                    owner.workspaceId().toString(),
                    stored.size(),
                    Duration.ofSeconds(10));
            published = records.stream().map(r -> KafkaTopic.header(r, "ce_id")).collect(Collectors.toSet());
        }
        assertThat(published).containsAll(stored);
        return records;
    }

    private static Set<String> storedEventIds(LocalStack stack, Actor owner) throws Exception {
        return new HashSet<>(storedPayloads(stack, owner).keySet());
    }

    /** The stored JSON of each of the workspace's events, by event id. */
    private static Map<String, String> storedPayloads(LocalStack stack, Actor owner) throws Exception {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(), stack.jdbcUser(), stack.jdbcPassword());
                var statement = db.prepareStatement(
                        "SELECT event_identifier, payload FROM event_store.domain_event_entry WHERE payload LIKE ?")) {
            statement.setString(1, "%" + owner.workspaceId() + "%");
            ResultSet rs = statement.executeQuery();
            Map<String, String> payloads = new HashMap<>();
            while (rs.next()) {
                payloads.put(rs.getString(1), rs.getString(2));
            }
            assertThat(payloads).isNotEmpty();
            return payloads;
        }
    }
}
