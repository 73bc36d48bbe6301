package com.pazpaz.local.outside;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A downstream consumer written from the published documents alone, the way an outside team would: it knows
 * docs/contract/asyncapi.yaml and the JSON Schemas beside it, a Kafka client, a JSON parser and a JSON Schema
 * validator, and no class of the project (this package imports none). It reads the topic named in the AsyncAPI
 * document and checks every record against the message its {@code ce_type} header names.
 */
public final class DocumentedConsumer {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path contractDirectory;
    private final JsonNode asyncApi;
    private final Map<String, Schema> payloadSchemas = new HashMap<>();
    private final List<String> requiredHeaders = new ArrayList<>();

    public DocumentedConsumer(Path contractDirectory) throws IOException {
        this.contractDirectory = contractDirectory;
        this.asyncApi = YAML.readTree(contractDirectory.resolve("asyncapi.yaml").toFile());
        asyncApi.at("/components/schemas/CloudEventHeaders/required").forEach(h -> requiredHeaders.add(h.asText()));
    }

    /** The topic, from the AsyncAPI channel. */
    public String topic() {
        return asyncApi.at("/channels/events/address").asText();
    }

    /** One record as the consumer understands it: its CloudEvents attributes and its data. */
    public record Event(String key, Map<String, String> attributes, JsonNode data) {
        public String type() {
            return attributes.get("ce_type");
        }

        public String id() {
            return attributes.get("ce_id");
        }
    }

    /** Every record on the topic now, from the beginning, with no consumer group. */
    public List<Event> readAll(String bootstrapServers, Duration timeout) throws IOException {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic(), timeout).stream()
                    .map(info -> new TopicPartition(topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline
                    && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        List<Event> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            Map<String, String> attributes = new HashMap<>();
            record.headers().forEach(h -> attributes.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
            events.add(new Event(record.key(), attributes, JSON.readTree(record.value())));
        }
        return events;
    }

    /** What is wrong with this record by the documents; empty when it is a valid documented message. */
    public List<String> problems(Event event) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String header : requiredHeaders) {
            if (event.attributes().get(header) == null) {
                problems.add(event.id() + ": no header " + header);
            }
        }
        JsonNode message = asyncApi.path("components").path("messages").path(String.valueOf(event.type()));
        if (message.isMissingNode()) {
            problems.add(event.id() + ": type " + event.type() + " is not in the AsyncAPI document");
            return problems;
        }
        for (Error error : payloadSchema(message).validate(event.data().toString(), InputFormat.JSON)) {
            problems.add(event.id() + " (" + event.type() + "): " + error);
        }
        return problems;
    }

    /** The encrypted fields of a type's payload, by the schema's x-pazpaz-encrypted mark (top level). */
    public List<String> encryptedFields(String type) throws IOException {
        JsonNode message = asyncApi.at("/components/messages/" + type);
        JsonNode schema = JSON.readTree(schemaFile(message).toFile());
        List<String> fields = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(field -> {
            if (field.getValue().toString().contains("\"x-pazpaz-encrypted\":true")) {
                fields.add(field.getKey());
            }
        });
        return fields;
    }

    private Schema payloadSchema(JsonNode message) throws IOException {
        Path file = schemaFile(message);
        Schema schema = payloadSchemas.get(file.toString());
        if (schema == null) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(file), InputFormat.JSON);
            payloadSchemas.put(file.toString(), schema);
        }
        return schema;
    }

    private Path schemaFile(JsonNode message) {
        return contractDirectory.resolve(message.at("/payload/$ref").asText()).normalize();
    }
}
