package com.pazpaz.infra.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Kafka producer and the publishing processor; imported by the service that relays events. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaPublisherProperties.class)
public class KafkaPublisherConfiguration {

    @Bean(destroyMethod = "close")
    Producer<String, String> eventProducer(KafkaPublisherProperties properties) {
        ensureTopic(properties);
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
                // idempotent + acks=all: a retried send never duplicates within a session, and no ack is lost
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.CLIENT_ID_CONFIG, "pazpaz-event-publisher"),
                new StringSerializer(), new StringSerializer());
    }

    @Bean
    KafkaEventPublisher kafkaEventPublisher(Producer<String, String> eventProducer, Serializer serializer,
                                            KafkaPublisherProperties properties) {
        return new KafkaEventPublisher(eventProducer, serializer, properties);
    }

    /** Health component {@code kafkaBroker}, part of the readiness group. */
    @Bean
    KafkaBrokerHealthIndicator kafkaBrokerHealthIndicator(KafkaPublisherProperties properties) {
        return new KafkaBrokerHealthIndicator(properties);
    }

    /** Creates the topic with the configured partitions if it does not exist yet. */
    private static void ensureTopic(KafkaPublisherProperties properties) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            admin.createTopics(List.of(new NewTopic(properties.topic(), properties.partitions(),
                    properties.replicationFactor()))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create Kafka topic " + properties.topic(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating Kafka topic", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + properties.bootstrapServers() + " did not answer", e);
        }
    }
}
