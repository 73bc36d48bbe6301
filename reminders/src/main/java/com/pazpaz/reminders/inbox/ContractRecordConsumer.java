package com.pazpaz.reminders.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pazpaz.infra.kafka.KafkaClientSecurity;
import com.pazpaz.reminders.RemindersProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the topic in the reminders' own consumer group with a plain Kafka client, as an outside team would:
 * CloudEvents headers and a JSON value, no project class. Offsets are committed after the records were applied,
 * so a crash redelivers them (at least once) and the {@code ce_id} dedupe makes that harmless.
 */
@Component
public class ContractRecordConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ContractRecordConsumer.class);

    private final ContractEventHandler handler;
    private final TransactionTemplate transactions;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Object> config;
    private final String topic;
    private final AtomicLong lag = new AtomicLong();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    ContractRecordConsumer(
            ContractEventHandler handler,
            PlatformTransactionManager transactionManager,
            RemindersProperties properties,
            @Value("${pazpaz.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${pazpaz.kafka.topic:pazpaz.events}") String topic,
            Environment environment) {
        this.handler = handler;
        this.transactions = new TransactionTemplate(transactionManager);
        this.topic = topic;
        // a secured broker (SASL_SSL) needs the same settings as every Kafka client of the project
        this.config = KafkaClientSecurity.with(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        properties.consumerGroup(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        200,
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                        ByteArrayDeserializer.class),
                KafkaClientSecurity.configuredIn(environment));
    }

    /** Records of the topic the group has not consumed yet (largest partition lag, as Kafka reports it). */
    public long lag() {
        return lag.get();
    }

    @Override
    public void start() {
        running = true;
        consumer = new KafkaConsumer<>(config);
        thread = new Thread(this::run, "reminders-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic));
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                // only the offsets of records applied: stopping mid-batch must not commit past the rest
                Map<TopicPartition, OffsetAndMetadata> applied = new HashMap<>();
                boolean allApplied = !records.isEmpty() && applyInOneTransaction(records);
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (!allApplied && !applyWithRetry(record)) {
                        break;
                    }
                    applied.put(
                            new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                }
                if (!applied.isEmpty()) {
                    consumer.commitSync(applied);
                }
                updateLag();
            }
        } catch (WakeupException stopping) {
            // stop() woke the poll
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /**
     * The records of one poll in one transaction, one commit for all of them (decision 291): a commit per record
     * cost the reminders' database backend more than half a millisecond of CPU per event of the core system
     * (docs/benchmarks/profile-commands.md). If any record fails, nothing of the poll is kept and the records are
     * applied one by one ({@link #applyWithRetry}), so one that cannot be applied is retried alone. Records without
     * CloudEvents headers and unreadable ones are skipped here as there.
     */
    private boolean applyInOneTransaction(ConsumerRecords<String, byte[]> records) {
        try {
            transactions.executeWithoutResult(status -> {
                for (ConsumerRecord<String, byte[]> record : records) {
                    String id = header(record, "ce_id");
                    String type = header(record, "ce_type");
                    JsonNode event = readable(id, type, record);
                    if (event != null) {
                        handler.apply(id, type, event);
                    }
                }
            });
            return true;
        } catch (RuntimeException failed) {
            log.debug("A poll of {} records failed as a whole; applying them one by one", records.count(), failed);
            return false;
        }
    }

    /** The record's JSON value, or null for one the consumer skips (no CloudEvents id or type, unreadable). */
    private JsonNode readable(String id, String type, ConsumerRecord<String, byte[]> record) {
        if (id == null || type == null || record.value() == null) {
            return null;
        }
        try {
            return json.readTree(record.value());
        } catch (IOException unreadable) {
            return null;
        }
    }

    /**
     * A record that cannot be applied (the database is away) is tried again; it is never skipped. Returns false
     * when the consumer stops before the record was applied.
     */
    private boolean applyWithRetry(ConsumerRecord<String, byte[]> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null || record.value() == null) {
            log.warn(
                    "Skipping a record without CloudEvents id or type at {}-{}@{}",
                    record.topic(),
                    record.partition(),
                    record.offset());
            return true;
        }
        while (running) {
            try {
                JsonNode event = json.readTree(record.value());
                handler.apply(id, type, event);
                return true;
            } catch (IOException | IllegalArgumentException | NullPointerException unreadable) {
                log.warn("Skipping unreadable record {} of type {}", id, type);
                return true;
            } catch (RuntimeException e) {
                log.warn(
                        "Could not apply record {} of type {}, retrying: {}",
                        id,
                        type,
                        e.getClass().getName());
                sleep();
            }
        }
        return false;
    }

    private void updateLag() {
        consumer.metrics().forEach((name, metric) -> {
            if ("records-lag-max".equals(name.name())
                    && metric.metricValue() instanceof Double value
                    && !value.isNaN()) {
                lag.set(value.longValue());
            }
        });
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
