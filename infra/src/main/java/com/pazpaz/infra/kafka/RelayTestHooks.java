package com.pazpaz.infra.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Test-only switches of the Kafka relay; off by default, never set in a deployment.
 *
 * @param haltAfterAckedSends TEST ONLY (0 = off): the relay halts its JVM ({@code Runtime.halt}, no shutdown hooks,
 *                            as a {@code kill -9}) right after this many sends were acknowledged by the broker and
 *                            before it stores its position, so that a test can show that a restarted relay re-sends
 *                            and skips nothing ({@code RelayKillTest})
 */
@ConfigurationProperties("pazpaz.kafka.relay.test")
public record RelayTestHooks(@DefaultValue("0") int haltAfterAckedSends) {

    public RelayTestHooks {
        if (haltAfterAckedSends < 0) {
            throw new IllegalArgumentException(
                    "pazpaz.kafka.relay.test.halt-after-acked-sends must be 0 (off) or more");
        }
    }
}
