package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * After real traffic (including failures), both services expose Prometheus metrics per endpoint template,
 * for commands, events and processor lag, and no label value is a record id or carries submitted data.
 */
class MetricsEndToEndTest {

    private static final Pattern LABEL_VALUE = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern UUID_LIKE =
            Pattern.compile("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}");

    private static final String MARKER =
            "MARKER" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static String commandMetrics;
    private static String queryMetrics;

    @BeforeAll
    static void trafficThenScrape() throws Exception {
        Actor owner = StackFixture.newPractice("Metrics Practice " + MARKER.substring(6, 14));
        Api commands = StackFixture.commands(owner);
        Api.Response registered = commands.post("/api/v1/clients", Map.of("first_name", MARKER, "last_name", "M"));
        assertThat(registered.status()).isEqualTo(201);
        commands.put("/api/v1/clients/" + registered.id(), Map.of("email", MARKER));
        commands.put("/api/v1/clients/" + UUID.randomUUID(), Map.of("first_name", MARKER));
        commands.delete("/api/v1/clients/" + registered.id());
        Api queries =
                StackFixture.queries(owner).withHeader("X-Consistency-Position", Long.toString(registered.position()));
        assertThat(queries.get("/api/v1/clients/" + registered.id()).status()).isEqualTo(200);
        queries.get("/api/v1/clients/" + UUID.randomUUID());
        queries.get("/api/v1/clients?page_size=" + MARKER);
        queries.get("/api/v1/" + MARKER);
        new Api(StackFixture.stack().queryBaseUrl(), null).get("/api/v1/clients/" + registered.id());
        commandMetrics = scrape(StackFixture.stack().commandBaseUrl());
        queryMetrics = scrape(StackFixture.stack().queryBaseUrl());
    }

    @Test
    void requestsAreCountedPerEndpointTemplateNeverPerPath() {
        assertThat(queryMetrics)
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/clients/\\{clientId}\"");
        assertThat(commandMetrics)
                .containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"PUT\""
                        + "[^}]*status=\"404\"[^}]*uri=\"/api/v1/clients/\\{clientId}\"");
        assertThat(queryMetrics).containsPattern("http_server_requests_seconds_bucket\\{");
    }

    @Test
    void commandsEventsAndProcessorLagAreMeasured() {
        assertThat(commandMetrics)
                .containsPattern("commandBus_[a-zA-Z_]+\\{[^}]*payloadType=\"RegisterClientCommand\"")
                .containsPattern("eventStore_[a-zA-Z_]+\\{[^}]*payloadType=\"ClientRegisteredEvent\"");
        assertThat(commandMetrics)
                .containsPattern("pazpaz_processor_lag_events\\{[^}]*processing_group=\"kafka-publisher\"");
        assertThat(commandMetrics)
                .containsPattern("pazpaz_processor_lag_milliseconds\\{[^}]*processing_group=\"event-chainer\"");
        assertThat(queryMetrics).containsPattern("pazpaz_processor_lag_events\\{[^}]*processing_group=\"read-model\"");
        assertThat(queryMetrics)
                .containsPattern("pazpaz_processor_lag_milliseconds\\{[^}]*processing_group=\"read-model\"");
        assertThat(commandMetrics).contains("pazpaz_crypto_key_cache_requests_total{");
        assertThat(commandMetrics).contains("application=\"command-service\"");
        assertThat(queryMetrics).contains("application=\"query-service\"");
    }

    @Test
    void noLabelCarriesARecordIdOrSubmittedData() {
        List<String> offending = new ArrayList<>();
        for (String scrape : List.of(commandMetrics, queryMetrics)) {
            for (String line : scrape.split("\n")) {
                if (line.startsWith("#") && !line.contains(MARKER)) {
                    continue;
                }
                Matcher label = LABEL_VALUE.matcher(line);
                while (label.find()) {
                    String value = label.group(1);
                    if (UUID_LIKE.matcher(value).find() || value.toUpperCase().contains(MARKER.toUpperCase())) {
                        offending.add(line);
                    }
                }
            }
        }
        assertThat(offending)
                .as("metric lines whose labels hold an id or submitted data")
                .isEmpty();
    }

    private static String scrape(String baseUrl) throws Exception {
        Api.Response response = new Api(baseUrl, null).get("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        Path copy = Path.of("target", "scrape-" + baseUrl.replaceAll("\\D", "") + ".txt");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, response.body());
        return response.body();
    }
}
