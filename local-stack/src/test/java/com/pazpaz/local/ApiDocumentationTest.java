package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Both services publish an OpenAPI document in which every API operation documents the error responses the
 * API conventions (docs/api.md) give it, as problem JSON. A new endpoint that lacks one fails here, by name.
 */
class ApiDocumentationTest {

    private static final Set<String> COMMAND_METHODS = Set.of("post", "put", "patch", "delete");

    @Test
    void everyCommandOperationDocumentsItsErrorResponses() throws Exception {
        assertThat(missingResponses(
                        "command-service", document(StackFixture.stack().commandBaseUrl())))
                .isEmpty();
    }

    @Test
    void everyQueryOperationDocumentsItsErrorResponses() throws Exception {
        assertThat(missingResponses(
                        "query-service", document(StackFixture.stack().queryBaseUrl())))
                .isEmpty();
    }

    @Test
    void everyRemindersOperationDocumentsItsErrorResponses() throws Exception {
        JsonNode document = document(StackFixture.stack().remindersBaseUrl());
        assertThat(missingResponses("reminders", document)).isEmpty();
        assertThat(document.at("/paths/~1api~1v1~1reminders~1settings/put/tags/0")
                        .asText())
                .isEqualTo("Reminders");
        assertThat(document.toString()).doesNotContain("\"actor\"");
    }

    @Test
    void schemasUseTheSnakeCaseNamesOfTheWireAndTheCallerIsNoParameter() throws Exception {
        JsonNode commands = document(StackFixture.stack().commandBaseUrl());
        List<String> camelCase = new ArrayList<>();
        commands.path("components")
                .path("schemas")
                .fields()
                .forEachRemaining(schema -> schema.getValue()
                        .path("properties")
                        .fieldNames()
                        .forEachRemaining(name -> {
                            if (!name.equals(name.toLowerCase())) {
                                camelCase.add(schema.getKey() + "." + name);
                            }
                        }));
        assertThat(camelCase).as("schema properties not named as on the wire").isEmpty();
        assertThat(commands.toString()).doesNotContain("\"actor\"");
        JsonNode register = commands.at("/paths/~1api~1v1~1clients/post");
        assertThat(register.path("requestBody").isMissingNode()).isFalse();
        assertThat(register.at("/responses/201/content").toString()).contains("CommandResponse");
    }

    /** An ExpectedVersion parameter is documented as the optional If-Match header it is read from, with its 412. */
    @Test
    void aCommandTakingAnExpectedVersionDocumentsTheIfMatchHeader() throws Exception {
        JsonNode commands = document(StackFixture.stack().commandBaseUrl());
        for (String pointer : List.of(
                "/paths/~1api~1v1~1clients~1{clientId}/put", "/paths/~1api~1v1~1sessions~1{sessionId}/delete")) {
            JsonNode operation = commands.at(pointer);
            assertThat(headers(operation)).as(pointer).contains("if-match");
            assertThat(operation.at("/responses/412").isMissingNode())
                    .as(pointer)
                    .isFalse();
            assertThat(operation.toString()).as(pointer).doesNotContain("\"expected\"");
        }
        assertThat(headers(commands.at("/paths/~1api~1v1~1clients/post"))).doesNotContain("if-match");
    }

    @Test
    void theBrowsableUiIsServedByBothServices() {
        for (String baseUrl : List.of(
                StackFixture.stack().commandBaseUrl(), StackFixture.stack().queryBaseUrl())) {
            Api.Response page = new Api(baseUrl, null).get("/swagger-ui/index.html");
            assertThat(page.status()).as(baseUrl).isEqualTo(200);
            assertThat(page.body()).contains("swagger-ui");
        }
    }

    /** Every "METHOD path: missing N (why)" of the document; empty when each operation is complete. */
    private static List<String> missingResponses(String service, JsonNode document) {
        List<String> missing = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        assertThat(paths.hasNext()).as(service + " documents no path").isTrue();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            path.getValue().fields().forEachRemaining(operation -> {
                String name = operation.getKey().toUpperCase() + " " + path.getKey() + " (" + service + ")";
                for (Map.Entry<String, String> required : requiredResponses(
                                service, path.getKey(), operation.getKey(), operation.getValue())
                        .entrySet()) {
                    JsonNode response = operation.getValue().path("responses").path(required.getKey());
                    if (response.isMissingNode()) {
                        missing.add(name + ": missing " + required.getKey() + " (" + required.getValue() + ")");
                    } else if (response.path("content")
                            .path("application/problem+json")
                            .isMissingNode()) {
                        missing.add(name + ": " + required.getKey() + " is not documented as application/problem+json");
                    }
                }
            });
        }
        return missing;
    }

    /** The error responses docs/api.md promises for an operation, with the reason. */
    private static Map<String, String> requiredResponses(
            String service, String path, String method, JsonNode operation) {
        Map<String, String> required = new java.util.TreeMap<>();
        required.put("401", "every API route needs a valid token");
        required.put("403", "a role may be refused");
        required.put("500", "unexpected failures");
        required.put("503", "the store may be unreachable");
        if (path.contains("{")) {
            required.put("404", "the path names a record");
        }
        if (operation.has("requestBody") || operation.path("parameters").size() > 0) {
            required.put("422", "the operation takes input");
        }
        if (COMMAND_METHODS.contains(method)) {
            required.put("409", "a command can meet a concurrent change");
        }
        if (headers(operation).contains("if-match")) {
            required.put("412", "If-Match can be stale");
        }
        if (service.equals("query-service") && method.equals("get")) {
            required.put("504", "X-Consistency-Position can time out");
        }
        return required;
    }

    private static Set<String> headers(JsonNode operation) {
        Set<String> headers = new TreeSet<>();
        operation.path("parameters").forEach(parameter -> {
            if ("header".equals(parameter.path("in").asText())) {
                headers.add(parameter.path("name").asText().toLowerCase());
            }
        });
        return headers;
    }

    private static JsonNode document(String baseUrl) throws Exception {
        Api.Response response = new Api(baseUrl, null).get("/v3/api-docs");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Path copy = Path.of("target", "api-docs-" + baseUrl.replaceAll("\\D", "") + ".json");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, response.body());
        return response.json();
    }
}
