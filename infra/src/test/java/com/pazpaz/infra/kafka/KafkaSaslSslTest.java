package com.pazpaz.infra.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pazpaz.embedded.EmbeddedKafkaBroker;
import com.pazpaz.embedded.SaslSslListener;
import com.pazpaz.infra.eventstore.EventSerialization;
import com.pazpaz.kernel.client.ClientArchivedEvent;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The Kafka security settings against a broker that takes only SASL_SSL with SCRAM-SHA-512 (decision 147): the
 * relay configured with nothing but the documented {@code pazpaz.kafka.*} properties (docs/configuration.md, "Kafka
 * security") publishes an event record, a downstream consumer configured as docs/consumers.md ("Connecting") says
 * reads it, and a wrong password or a client without TLS is refused.
 */
class KafkaSaslSslTest {

    private static final String STORE_PASSWORD = "storeSecret1";
    private static final String RELAY = "pazpaz-relay";
    private static final String RELAY_PASSWORD = "relaySecret1";
    private static final String CONSUMER = "reminders";
    private static final String CONSUMER_PASSWORD = "consumerSecret1";
    private static final String TOPIC = "pazpaz.events";

    @TempDir
    static Path directory;

    private static SelfSignedKeyStores stores;
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        stores = SelfSignedKeyStores.create(directory, STORE_PASSWORD);
        broker = EmbeddedKafkaBroker.startWithSaslSsl(
                directory,
                new SaslSslListener(
                        stores.keyStore(),
                        stores.trustStore(),
                        STORE_PASSWORD,
                        Map.of(RELAY, RELAY_PASSWORD, CONSUMER, CONSUMER_PASSWORD)));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void theRelayPublishesAnEventRecordThatAConsumerReadsOverSaslSsl() {
        KafkaPublisherProperties properties = relayProperties("SASL_SSL", RELAY_PASSWORD);
        UUID workspace = UUID.randomUUID();
        EventMessage<?> event = GenericEventMessage.asEventMessage(new ClientArchivedEvent(
                new ClientId(UUID.randomUUID()), new WorkspaceId(workspace), Instant.parse("2026-12-03T09:00:00Z")));

        try (Producer<String, String> producer = new KafkaPublisherConfiguration().eventProducer(properties)) {
            KafkaEventPublisher publisher = new KafkaEventPublisher(
                    producer,
                    EventSerialization.serializer(),
                    properties,
                    new EventPositions(eventId -> OptionalLong.empty()),
                    new AckedSendsHalt(new RelayTestHooks(0)));
            // the relay's batch: it commits only once the broker acknowledged every record
            DefaultUnitOfWork.startAndGet(event).execute(() -> publisher.publish(event, null));
        }

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(CONSUMER_PASSWORD))) {
            consumer.subscribe(List.of(TOPIC));
            ConsumerRecord<String, String> record = firstRecord(consumer);
            assertThat(record.key()).isEqualTo(workspace.toString());
            assertThat(header(record, EventRecordHeaders.ID)).isEqualTo(event.getIdentifier());
            assertThat(header(record, EventRecordHeaders.TYPE)).isEqualTo("pazpaz.client.archived.v1");
        }
        assertThat(brokerHealth(properties)).isEqualTo("UP");
    }

    @Test
    void aWrongPasswordIsRefused() {
        KafkaPublisherProperties wrong = relayProperties("SASL_SSL", "not" + RELAY_PASSWORD);
        // the relay does not start: creating the topics is its first call to the broker
        assertThatThrownBy(() -> new KafkaPublisherConfiguration().eventProducer(wrong))
                .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        assertThat(brokerHealth(wrong)).isEqualTo(KafkaBrokerHealthIndicator.UNREACHABLE);

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig("not" + CONSUMER_PASSWORD))) {
            consumer.subscribe(List.of(TOPIC));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void aClientWithoutTlsIsRefused() {
        // the right user and password, but SASL over plain TCP: the listener expects a TLS handshake first and
        // drops the connection, so the client never gets an answer
        assertThat(brokerHealth(relayProperties("SASL_PLAINTEXT", RELAY_PASSWORD)))
                .isEqualTo(KafkaBrokerHealthIndicator.UNREACHABLE);

        Map<String, Object> plaintext = consumerConfig(CONSUMER_PASSWORD);
        plaintext.put("security.protocol", "PLAINTEXT");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(plaintext)) {
            assertThatThrownBy(() -> consumer.partitionsFor(TOPIC, Duration.ofSeconds(2)))
                    .isInstanceOf(TimeoutException.class);
        }
    }

    /** The relay's settings exactly as docs/configuration.md writes them, bound the way Spring Boot binds them. */
    private static KafkaPublisherProperties relayProperties(String protocol, String password) {
        return new Binder(new MapConfigurationPropertySource(Map.of(
                        "pazpaz.kafka.bootstrap-servers",
                        broker.bootstrapServers(),
                        "pazpaz.kafka.security.security.protocol",
                        protocol,
                        "pazpaz.kafka.security.sasl.mechanism",
                        "SCRAM-SHA-512",
                        "pazpaz.kafka.security.sasl.jaas.config",
                        SaslSslListener.jaasConfig(RELAY, password),
                        "pazpaz.kafka.security.ssl.truststore.location",
                        stores.trustStore().toString(),
                        "pazpaz.kafka.security.ssl.truststore.type",
                        "PKCS12",
                        "pazpaz.kafka.security.ssl.truststore.password",
                        STORE_PASSWORD)))
                .bind("pazpaz.kafka", KafkaPublisherProperties.class)
                .get();
    }

    /** A downstream consumer's settings as docs/consumers.md ("Connecting") lists them: its own group and user. */
    private static Map<String, Object> consumerConfig(String password) {
        Map<String, Object> config = new HashMap<>(Map.of(
                "bootstrap.servers",
                broker.bootstrapServers(),
                "group.id",
                "sasl-test-" + UUID.randomUUID(),
                "auto.offset.reset",
                "earliest",
                "security.protocol",
                "SASL_SSL",
                "sasl.mechanism",
                "SCRAM-SHA-512",
                "sasl.jaas.config",
                SaslSslListener.jaasConfig(CONSUMER, password),
                "ssl.truststore.location",
                stores.trustStore().toString(),
                "ssl.truststore.type",
                "PKCS12",
                "ssl.truststore.password",
                STORE_PASSWORD));
        config.put("key.deserializer", StringDeserializer.class);
        config.put("value.deserializer", StringDeserializer.class);
        return config;
    }

    private static String brokerHealth(KafkaPublisherProperties properties) {
        KafkaBrokerHealthIndicator health = new KafkaBrokerHealthIndicator(properties);
        try {
            return health.health().getStatus().getCode();
        } finally {
            health.destroy();
        }
    }

    private static ConsumerRecord<String, String> firstRecord(KafkaConsumer<String, String> consumer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                return record;
            }
        }
        throw new AssertionError("no record on " + TOPIC + " within 20 s");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
