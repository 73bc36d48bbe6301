package com.pazpaz.reminders.observability;

import com.pazpaz.infra.kafka.KafkaBrokerProbe;
import com.pazpaz.infra.kafka.KafkaClientSecurity;
import com.pazpaz.reminders.RemindersProperties;
import com.pazpaz.reminders.inbox.ContractRecordConsumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Health component {@code remindersConsumer}, part of readiness: DOWN when the consumer no longer runs (the queue
 * would silently go stale); {@value #UNREACHABLE} when its broker does not answer within two seconds, which, as
 * for command-service's {@code kafkaBroker}, shows in readiness but leaves the instance ready (settings and history
 * are answered from the database; the consumer resumes from its committed offsets when the broker is back) while
 * the overall health counts it like DOWN. Details: running, brokers, the consumer's lag.
 */
@Component("remindersConsumer")
class ConsumerHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    static final String UNREACHABLE = KafkaBrokerProbe.UNREACHABLE;

    private final ContractRecordConsumer consumer;
    private final KafkaBrokerProbe probe;

    ConsumerHealthIndicator(
            ContractRecordConsumer consumer,
            RemindersProperties properties,
            Environment environment,
            @Value("${pazpaz.kafka.bootstrap-servers}") String bootstrapServers) {
        super("Reminders consumer health check failed");
        this.consumer = consumer;
        // the same connection security as every Kafka client of the project (docs/configuration.md)
        this.probe = new KafkaBrokerProbe(
                bootstrapServers,
                properties.consumerGroup() + "-health",
                KafkaClientSecurity.configuredIn(environment));
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        builder.withDetail("running", consumer.isRunning()).withDetail("lag", consumer.lag());
        if (!consumer.isRunning()) {
            builder.down();
            return;
        }
        probe.report(builder);
    }

    @Override
    public void destroy() {
        probe.close();
    }
}
