package com.pazpaz.reminders.observability;

import com.pazpaz.infra.kafka.KafkaClientSecurity;
import com.pazpaz.reminders.RemindersProperties;
import com.pazpaz.reminders.inbox.ContractRecordConsumer;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
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

    /** Status of an unreachable broker; configured in {@code management.endpoint.health.status.order}. */
    static final String UNREACHABLE = "UNREACHABLE";
    private static final int TIMEOUT_MILLIS = 2_000;

    private final ContractRecordConsumer consumer;
    private final Admin admin;

    ConsumerHealthIndicator(ContractRecordConsumer consumer, RemindersProperties properties, Environment environment,
                            @Value("${pazpaz.kafka.bootstrap-servers}") String bootstrapServers) {
        super("Reminders consumer health check failed");
        this.consumer = consumer;
        // the same connection security as every Kafka client of the project (docs/configuration.md)
        Map<String, String> security = Binder.get(environment)
                .bind("pazpaz.kafka.security", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        this.admin = Admin.create(KafkaClientSecurity.with(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, properties.consumerGroup() + "-health",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS), security));
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        builder.withDetail("running", consumer.isRunning()).withDetail("lag", consumer.lag());
        if (!consumer.isRunning()) {
            builder.down();
            return;
        }
        try {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MILLIS))
                    .nodes().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).size();
            builder.status(brokers > 0 ? "UP" : UNREACHABLE).withDetail("brokers", brokers);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            builder.status(UNREACHABLE).withDetail("brokers", 0).withDetail("error", cause.getClass().getName());
        }
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
