package com.pazpaz.infra.kafka;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.actuate.health.Health;

/**
 * Asks the broker for its metadata within two seconds and reports the answer on a health builder: {@code UP} with
 * the broker count, or {@value #UNREACHABLE}, the status every service's health order configures as "shown, not
 * unready" (docs/runbook.md, "Health"). The one probe of the command side's and the reminders' health checks.
 */
public final class KafkaBrokerProbe implements AutoCloseable {

    /** Status of an unreachable broker; configured in {@code management.endpoint.health.status.order}. */
    public static final String UNREACHABLE = "UNREACHABLE";

    private static final int TIMEOUT_MILLIS = 2_000;

    private final Admin admin;

    /** {@code security}: the {@code pazpaz.kafka.security.*} settings, as every Kafka client of the project. */
    public KafkaBrokerProbe(String bootstrapServers, String clientId, Map<String, String> security) {
        this.admin = Admin.create(KafkaClientSecurity.with(
                Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        AdminClientConfig.CLIENT_ID_CONFIG, clientId,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS,
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS),
                security));
    }

    public void report(Health.Builder builder) throws InterruptedException {
        try {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MILLIS))
                    .nodes()
                    .get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                    .size();
            builder.status(brokers > 0 ? "UP" : UNREACHABLE).withDetail("brokers", brokers);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            builder.status(UNREACHABLE)
                    .withDetail("brokers", 0)
                    .withDetail("error", cause.getClass().getName());
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
