package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Liveness and readiness of the services, readiness made of the database, processors and (commands) Kafka, and for
 * the reminders service its database and its consumer of the topic.
 */
class HealthEndToEndTest {

    @Test
    void commandServiceIsReadyWithItsDatabaseProcessorsAndBroker() {
        JsonNode readiness = probe(StackFixture.stack().commandBaseUrl(), "/actuator/health/readiness");
        assertThat(readiness.get("components").fieldNames())
                .toIterable()
                .contains("db", "eventProcessors", "kafkaBroker", "readinessState");
        assertThat(readiness
                        .at("/components/eventProcessors/details/kafka-publisher/status")
                        .asText())
                .isEqualTo("ok");
        assertThat(readiness
                        .at("/components/eventProcessors/details/event-chainer/status")
                        .asText())
                .isEqualTo("ok");
    }

    @Test
    void queryServiceIsReadyWithItsDatabaseAndProjection() {
        JsonNode readiness = probe(StackFixture.stack().queryBaseUrl(), "/actuator/health/readiness");
        assertThat(readiness.get("components").fieldNames())
                .toIterable()
                .contains("db", "eventProcessors", "readinessState");
        assertThat(readiness
                        .at("/components/eventProcessors/details/read-model/lag_events")
                        .isNumber())
                .isTrue();
    }

    @Test
    void remindersServiceIsReadyWithItsDatabaseAndItsConsumerOfTheTopic() {
        JsonNode readiness = probe(StackFixture.stack().remindersBaseUrl(), "/actuator/health/readiness");
        assertThat(readiness.get("components").fieldNames())
                .toIterable()
                .contains("db", "remindersConsumer", "readinessState");
        assertThat(readiness.at("/components/remindersConsumer/details/running").asBoolean())
                .isTrue();
        assertThat(readiness.at("/components/remindersConsumer/details/brokers").asInt())
                .isPositive();
        assertThat(readiness.at("/components/remindersConsumer/details/lag").isNumber())
                .isTrue();
    }

    @Test
    void theServicesAreLive() {
        probe(StackFixture.stack().commandBaseUrl(), "/actuator/health/liveness");
        probe(StackFixture.stack().queryBaseUrl(), "/actuator/health/liveness");
        probe(StackFixture.stack().remindersBaseUrl(), "/actuator/health/liveness");
    }

    private static JsonNode probe(String baseUrl, String path) {
        Api.Response response = new Api(baseUrl, null).get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("UP");
        return response.json();
    }
}
