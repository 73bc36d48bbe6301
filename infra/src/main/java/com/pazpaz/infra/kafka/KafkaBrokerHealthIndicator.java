package com.pazpaz.infra.kafka;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Whether the publisher's broker answers a metadata request within two seconds. Shown in the readiness details but
 * never what makes the service unready: when the broker is away the status is {@value #UNREACHABLE}, which the
 * readiness group's status order leaves out (commands keep working; the relay catches up when the broker is
 * back), while the overall health ({@code /actuator/health}) counts it like DOWN. Whether the publisher keeps up
 * is the {@code eventProcessors} component's business (processor {@code kafka-publisher}).
 */
class KafkaBrokerHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    static final String UNREACHABLE = KafkaBrokerProbe.UNREACHABLE;

    private final KafkaBrokerProbe probe;

    KafkaBrokerHealthIndicator(KafkaPublisherProperties properties) {
        super("Kafka broker health check failed");
        this.probe = new KafkaBrokerProbe(properties.bootstrapServers(), "pazpaz-health", properties.security());
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        probe.report(builder);
    }

    @Override
    public void destroy() {
        probe.close();
    }
}
