package com.pazpaz.infra.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Kafka security settings bind from configuration and reach the clients as given; nothing else gets through. */
class KafkaClientSecurityTest {

    @Test
    void securitySettingsBindFromConfigurationAndPassThrough() {
        KafkaPublisherProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                        "pazpaz.kafka.bootstrap-servers",
                        "broker:9093",
                        "pazpaz.kafka.security.security.protocol",
                        "SASL_SSL",
                        "pazpaz.kafka.security.sasl.mechanism",
                        "SCRAM-SHA-512",
                        "pazpaz.kafka.security.sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"relay\" password=\"x\";",
                        "pazpaz.kafka.security.ssl.truststore.location",
                        "/etc/kafka/truststore.p12")))
                .bind("pazpaz.kafka", KafkaPublisherProperties.class)
                .get();
        Map<String, Object> config =
                KafkaClientSecurity.with(Map.of("bootstrap.servers", "broker:9093"), properties.security());
        assertThat(config)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.p12")
                .containsEntry("bootstrap.servers", "broker:9093");
        assertThat((String) config.get("sasl.jaas.config")).contains("ScramLoginModule");
    }

    @Test
    void aDeliverySettingCannotBeSlippedInAsSecurity() {
        assertThatThrownBy(() -> KafkaClientSecurity.with(Map.of(), Map.of("acks", "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pazpaz.kafka.security.acks");
    }
}
