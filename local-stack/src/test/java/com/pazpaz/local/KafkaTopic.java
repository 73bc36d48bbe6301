package com.pazpaz.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the event topic from the beginning, as a downstream consumer would. */
final class KafkaTopic {

    static final String TOPIC = "pazpaz.events";

    private KafkaTopic() {
    }

    /** All records on the topic right now (reads until {@code quiet} passes without new records). */
    static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, Duration quiet) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            int emptyPolls = 0;
            while (System.nanoTime() < deadline && (records.isEmpty() || emptyPolls < 2)) {
                int before = records.size();
                consumer.poll(quiet).forEach(records::add);
                emptyPolls = records.size() == before ? emptyPolls + 1 : 0;
            }
            return records;
        }
    }

    /** The records keyed by this workspace, waiting until at least {@code expected} have arrived. */
    static List<ConsumerRecord<String, String>> awaitEvents(String bootstrapServers, String workspaceId,
                                                            int expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<String, String>> mine = List.of();
        while (System.nanoTime() < deadline) {
            mine = readAll(bootstrapServers, Duration.ofMillis(500)).stream()
                    .filter(record -> workspaceId.equals(record.key()))
                    .toList();
            if (mine.size() >= expected) {
                return mine;
            }
        }
        return mine;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
