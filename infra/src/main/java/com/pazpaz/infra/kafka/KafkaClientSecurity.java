package com.pazpaz.infra.kafka;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The connection security every Kafka client of the service uses (producer, admin, health check): the Kafka
 * client properties {@code security.protocol}, {@code sasl.*} and {@code ssl.*}, passed through as given
 * (docs/configuration.md, "Kafka security"). Only those: a setting that changes delivery (acks, idempotence,
 * timeouts) is the relay's own and cannot be overridden here.
 */
public final class KafkaClientSecurity {

    private KafkaClientSecurity() {}

    /** The {@code pazpaz.kafka.security.*} settings of a service that binds no KafkaPublisherProperties. */
    public static Map<String, String> configuredIn(Environment environment) {
        return Binder.get(environment)
                .bind("pazpaz.kafka.security", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
    }

    /** The client configuration {@code base} plus the security settings; refuses any other key. */
    public static Map<String, Object> with(Map<String, Object> base, Map<String, String> security) {
        Map<String, Object> config = new HashMap<>(base);
        if (security != null) {
            security.forEach((key, value) -> {
                if (!isSecuritySetting(key)) {
                    throw new IllegalArgumentException("pazpaz.kafka.security." + key + " is not a Kafka security "
                            + "setting (security.protocol, sasl.*, ssl.*)");
                }
                config.put(key, value);
            });
        }
        return config;
    }

    static boolean isSecuritySetting(String key) {
        return key.equals("security.protocol") || key.startsWith("sasl.") || key.startsWith("ssl.");
    }
}
