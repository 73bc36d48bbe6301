package com.pazpaz.infra.kafka;

import com.pazpaz.infra.eventstore.EventStoreProperties;
import com.pazpaz.infra.eventstore.chain.ChainHeadPublisher;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Kafka producer and the publishing processor; imported by the service that relays events. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({KafkaPublisherProperties.class, RelayTestHooks.class})
public class KafkaPublisherConfiguration {

    /** Half of the default max.request.size: a relay batch of 100 events is a few hundred KB at most. */
    private static final int RELAY_BATCH_BYTES = 512 * 1024;

    @Bean(destroyMethod = "close")
    Producer<String, String> eventProducer(KafkaPublisherProperties properties) {
        ensureTopic(properties);
        return new KafkaProducer<>(
                KafkaClientSecurity.with(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                properties.bootstrapServers(),
                                // idempotent + acks=all: a retried send never duplicates within a session, and no ack
                                // is lost
                                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                                true,
                                ProducerConfig.ACKS_CONFIG,
                                "all",
                                ProducerConfig.LINGER_MS_CONFIG,
                                (int) KafkaPublisherProperties.LINGER.toMillis(),
                                // bounded, so that a broker outage fails a batch (retried from the stored position)
                                // rather than
                                // hanging the relay; the producer itself retries within the delivery timeout, in order
                                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                                (int) properties.sendTimeout().toMillis(),
                                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                                (int) properties.requestTimeout().toMillis(),
                                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                                properties.maxBlock().toMillis(),
                                // room for a whole relay batch per partition in one producer batch: while the broker is
                                // away its
                                // records wait and expire together, so a later part of the batch cannot land before an
                                // earlier one
                                ProducerConfig.BATCH_SIZE_CONFIG,
                                RELAY_BATCH_BYTES,
                                ProducerConfig.CLIENT_ID_CONFIG,
                                "pazpaz-event-publisher"),
                        properties.security()),
                new StringSerializer(),
                new StringSerializer());
    }

    @Bean
    KafkaEventPublisher kafkaEventPublisher(
            Producer<String, String> eventProducer,
            Serializer serializer,
            KafkaPublisherProperties properties,
            JdbcTemplate jdbc,
            EventStoreProperties eventStore,
            RelayTestHooks testHooks) {
        String positionOfEvent =
                "SELECT global_index FROM " + eventStore.schema() + ".domain_event_entry WHERE event_identifier = ?";
        EventPositions positions = new EventPositions(eventId -> jdbc.query(
                positionOfEvent, rs -> rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty(), eventId));
        return new KafkaEventPublisher(eventProducer, serializer, properties, positions, new AckedSendsHalt(testHooks));
    }

    /** Publishes the event chain heads to their own topic and the log, every few minutes. */
    @Bean
    ChainHeadPublisher chainHeadPublisher(
            JdbcTemplate jdbc,
            EventStoreProperties eventStore,
            Producer<String, String> eventProducer,
            KafkaPublisherProperties properties) {
        return new ChainHeadPublisher(
                jdbc,
                eventStore.schema(),
                head -> eventProducer.send(new ProducerRecord<>(
                        properties.chainHeadTopic(), head.workspaceId().toString(), head.toJson())));
    }

    /** Health component {@code kafkaBroker}, part of the readiness group. */
    @Bean
    KafkaBrokerHealthIndicator kafkaBrokerHealthIndicator(KafkaPublisherProperties properties) {
        return new KafkaBrokerHealthIndicator(properties);
    }

    /** Creates the event topic and the chain-head topic if they do not exist yet. */
    private static void ensureTopic(KafkaPublisherProperties properties) {
        try (Admin admin = Admin.create(KafkaClientSecurity.with(
                Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        properties.bootstrapServers(),
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        30_000),
                properties.security()))) {
            var results = admin.createTopics(List.of(
                            new NewTopic(properties.topic(), properties.partitions(), properties.replicationFactor()),
                            new NewTopic(properties.chainHeadTopic(), 1, properties.replicationFactor())))
                    .values();
            for (var result : results.entrySet()) {
                awaitCreated(result.getKey(), result.getValue(), properties);
            }
        }
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> creation, KafkaPublisherProperties properties) {
        try {
            creation.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create Kafka topic " + topic, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating Kafka topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + properties.bootstrapServers() + " did not answer", e);
        }
    }
}
