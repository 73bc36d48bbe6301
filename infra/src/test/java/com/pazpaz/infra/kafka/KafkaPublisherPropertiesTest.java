package com.pazpaz.infra.kafka;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KafkaPublisherPropertiesTest {

    @Test
    void aSendTimeoutShorterThanLingerPlusRequestTimeoutIsRefusedAtStartUp() {
        // Kafka itself would refuse the producer (delivery.timeout.ms < linger.ms + request.timeout.ms)
        assertThatThrownBy(() -> properties(Duration.ofSeconds(5), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pazpaz.kafka.send-timeout");
    }

    @Test
    void theDefaultsAndTheDrillsSettingsAreAccepted() {
        properties(Duration.ofSeconds(30), Duration.ofSeconds(5));
        properties(Duration.ofSeconds(6), Duration.ofSeconds(5));
    }

    private static KafkaPublisherProperties properties(Duration sendTimeout, Duration requestTimeout) {
        return new KafkaPublisherProperties(
                "localhost:9092",
                "pazpaz.events",
                6,
                (short) 1,
                sendTimeout,
                "pazpaz.chain-heads",
                requestTimeout,
                Duration.ofSeconds(5),
                null);
    }
}
