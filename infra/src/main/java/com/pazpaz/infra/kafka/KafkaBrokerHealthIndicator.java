package com.pazpaz.infra.kafka;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
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

    /** Status of an unreachable broker; configured in {@code management.endpoint.health.status.order}. */
    static final String UNREACHABLE = "UNREACHABLE";
    private static final int TIMEOUT_MILLIS = 2_000;

    private final Admin admin;

    KafkaBrokerHealthIndicator(KafkaPublisherProperties properties) {
        super("Kafka broker health check failed");
        this.admin = Admin.create(KafkaClientSecurity.with(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "pazpaz-health",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS), properties.security()));
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
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
