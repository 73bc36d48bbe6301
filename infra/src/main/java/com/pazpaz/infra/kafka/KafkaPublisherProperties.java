package com.pazpaz.infra.kafka;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how events are published.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param topic            topic that receives every event
 * @param partitions       partitions of the topic when this service creates it
 * @param replicationFactor replication of the topic when this service creates it (1 on the local stack)
 * @param sendTimeout      how long a batch may wait for the broker's acknowledgements before it is retried (the
 *                         producer's {@code delivery.timeout.ms}: while the broker is away for less than this, the
 *                         batch is delivered as soon as it is back)
 * @param chainHeadTopic   topic receiving the event chain heads (tamper evidence outside the database)
 * @param requestTimeout   how long the producer waits for one answer of the broker before it retries the request
 *                         (the producer's {@code request.timeout.ms})
 * @param maxBlock         how long a send may block for topic metadata or buffer space (the producer's
 *                         {@code max.block.ms}); a send that cannot start fails instead of hanging the relay
 * @param security         Kafka client security properties passed through to every client of the service, e.g.
 *                         {@code security.protocol=SASL_SSL}, {@code sasl.mechanism=SCRAM-SHA-512},
 *                         {@code sasl.jaas.config}, {@code ssl.truststore.location} (only these families)
 */
@ConfigurationProperties("pazpaz.kafka")
public record KafkaPublisherProperties(
        String bootstrapServers,
        @DefaultValue("pazpaz.events") String topic,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("30s") Duration sendTimeout,
        @DefaultValue("pazpaz.chain-heads") String chainHeadTopic,
        @DefaultValue("5s") Duration requestTimeout,
        @DefaultValue("5s") Duration maxBlock,
        Map<String, String> security) {

    /** The producer's linger: a few milliseconds gather a batch's records into few requests. */
    public static final Duration LINGER = Duration.ofMillis(5);

    public KafkaPublisherProperties {
        security = security == null ? Map.of() : Map.copyOf(security);
        // Kafka refuses a producer whose delivery timeout is shorter than linger + request timeout
        if (sendTimeout != null && requestTimeout != null && sendTimeout.compareTo(LINGER.plus(requestTimeout)) < 0) {
            throw new IllegalArgumentException("pazpaz.kafka.send-timeout (" + sendTimeout
                    + ") must be at least pazpaz.kafka.request-timeout (" + requestTimeout + ") + " + LINGER);
        }
    }
}
