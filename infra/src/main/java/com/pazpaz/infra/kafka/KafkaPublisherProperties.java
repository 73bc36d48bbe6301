package com.pazpaz.infra.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how events are published.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param topic            topic that receives every event
 * @param partitions       partitions of the topic when this service creates it
 * @param replicationFactor replication of the topic when this service creates it (1 on the local stack)
 * @param sendTimeout      how long a batch may wait for the broker's acknowledgements before it is retried
 * @param chainHeadTopic   topic receiving the event chain heads (tamper evidence outside the database)
 */
@ConfigurationProperties("pazpaz.kafka")
public record KafkaPublisherProperties(
        String bootstrapServers,
        @DefaultValue("pazpaz.events") String topic,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("30s") Duration sendTimeout,
        @DefaultValue("pazpaz.chain-heads") String chainHeadTopic) {
}
