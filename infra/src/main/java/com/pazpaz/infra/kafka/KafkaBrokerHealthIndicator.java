package com.pazpaz.infra.kafka;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Readiness of the publisher's broker: the cluster answers a metadata request within two seconds. Whether the
 * publisher keeps up is the {@code eventProcessors} component's business (processor {@code kafka-publisher}).
 */
class KafkaBrokerHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private static final int TIMEOUT_MILLIS = 2_000;

    private final Admin admin;

    KafkaBrokerHealthIndicator(KafkaPublisherProperties properties) {
        super("Kafka broker health check failed");
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "pazpaz-health",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS));
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MILLIS))
                .nodes().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).size();
        builder.status(brokers > 0 ? "UP" : "DOWN").withDetail("brokers", brokers);
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
