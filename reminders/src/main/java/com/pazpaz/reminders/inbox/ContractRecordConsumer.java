package com.pazpaz.reminders.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pazpaz.infra.kafka.KafkaClientSecurity;
import com.pazpaz.reminders.RemindersProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
    /**
     * A fetch waits for this many bytes of records (a few dozen records) or for {@link #GATHER_AT_MOST}, whichever
     * comes first, instead of Kafka's default of answering with the first record: under load a poll then carries
     * many records, and every poll costs a fetch, an offset commit and a transaction (decision 301). A reminder
     * is due hours ahead, so the records waiting a few milliseconds more changes nothing for it.
     */
    static final int GATHER_BYTES = 64 * 1024;
    /** The longest a fetch waits to gather {@link #GATHER_BYTES}. */
    static final Duration GATHER_AT_MOST = Duration.ofMillis(25);

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
                        ConsumerConfig.FETCH_MIN_BYTES_CONFIG,
                        GATHER_BYTES,
                        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                        (int) GATHER_AT_MOST.toMillis(),
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
                List<Inbound> inbound = new ArrayList<>();
                records.forEach(record -> inbound.add(read(record)));
                boolean allApplied = inbound.stream().noneMatch(Inbound::applicable) || applyInOneTransaction(inbound);
                for (Inbound one : inbound) {
                    if (!allApplied && !applyWithRetry(one)) {
                        break;
                    }
                    applied.put(
                            new TopicPartition(
                                    one.record().topic(), one.record().partition()),
                            new OffsetAndMetadata(one.record().offset() + 1));
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
     * applied one by one ({@link #applyWithRetry}), so one that cannot be applied is retried alone.
     */
    private boolean applyInOneTransaction(List<Inbound> inbound) {
        try {
            transactions.executeWithoutResult(status -> inbound.stream()
                    .filter(Inbound::applicable)
                    .forEach(one -> handler.apply(one.id(), one.type(), one.event())));
            return true;
        } catch (RuntimeException failed) {
            log.debug("A poll of {} records failed as a whole; applying them one by one", inbound.size(), failed);
            return false;
        }
    }

    /** A record with its CloudEvents id, type and JSON value; a record without them is skipped, with a warning. */
    private Inbound read(ConsumerRecord<String, byte[]> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null || record.value() == null) {
            log.warn(
                    "Skipping a record without CloudEvents id or type at {}-{}@{}",
                    record.topic(),
                    record.partition(),
                    record.offset());
            return new Inbound(record, id, type, null);
        }
        if (!handler.handles(type)) {
            return new Inbound(record, id, type, null); // not about reminders: not even parsed
        }
        try {
            return new Inbound(record, id, type, json.readTree(record.value()));
        } catch (IOException unreadable) {
            log.warn("Skipping unreadable record {} of type {}", id, type);
            return new Inbound(record, id, type, null);
        }
    }

    /**
     * A record that cannot be applied (the database is away) is tried again; it is never skipped. Returns false
     * when the consumer stops before the record was applied.
     */
    private boolean applyWithRetry(Inbound one) {
        if (!one.applicable()) {
            return true;
        }
        while (running) {
            try {
                handler.apply(one.id(), one.type(), one.event());
                return true;
            } catch (IllegalArgumentException | NullPointerException unreadable) {
                log.warn("Skipping unreadable record {} of type {}", one.id(), one.type());
                return true;
            } catch (RuntimeException e) {
                log.warn(
                        "Could not apply record {} of type {}, retrying: {}",
                        one.id(),
                        one.type(),
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

    /**
     * A polled record as read: its event is null when the record is skipped (see {@link #read}), among them every
     * record of a type the handler does not handle; a poll of only such records opens no transaction.
     */
    private record Inbound(ConsumerRecord<String, byte[]> record, String id, String type, JsonNode event) {

        boolean applicable() {
            return event != null;
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
