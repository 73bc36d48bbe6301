package com.pazpaz.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the event topic from the beginning, as a downstream consumer would. */
final class KafkaTopic {

    static final String TOPIC = "pazpaz.events";

    private KafkaTopic() {}

    /**
     * All records on the topic right now: assigns every partition (no consumer group to join) and reads from
     * the beginning up to the end offsets seen at the start.
     */
    static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, timeout).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline
                    && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The records keyed by this workspace, waiting until at least {@code expected} have arrived. */
    static List<ConsumerRecord<String, String>> awaitEvents(
            String bootstrapServers, String workspaceId, int expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<String, String>> mine = List.of();
        while (System.nanoTime() < deadline) {
            mine = readAll(bootstrapServers, Duration.ofSeconds(10)).stream()
                    .filter(record -> workspaceId.equals(record.key()))
                    .toList();
            if (mine.size() >= expected) {
                return mine;
            }
            pause();
        }
        return mine;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
