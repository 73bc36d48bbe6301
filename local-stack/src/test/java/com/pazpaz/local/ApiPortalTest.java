package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.local.portal.ApiPortal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One OpenAPI document and one Swagger UI for the whole system (issue 18): the services' operations in one
 * document, tagged by feature, and requests sent to the portal reach the service that answers them.
 */
class ApiPortalTest {

    private static ApiPortal portal;

    @BeforeAll
    static void start() {
        portal = ApiPortal.start(0, StackFixture.stack().serviceBaseUrls());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void oneDocumentHoldsBothServicesOperationsTaggedByFeature() {
        JsonNode document = new Api(portal.baseUrl(), null).get("/v3/api-docs").json();
        JsonNode clients = document.at("/paths/~1api~1v1~1clients");
        assertThat(clients.has("post")).as("command-service's register").isTrue();
        assertThat(clients.has("get")).as("query-service's list").isTrue();
        assertThat(document.at("/paths/~1api~1v1~1sessions~1{sessionId}~1amend").has("post"))
                .isTrue();
        assertThat(clients.at("/post/tags/0").asText()).isEqualTo("Clients");
        assertThat(document.at("/paths/~1api~1v1~1sessions~1{sessionId}/get/tags/0")
                        .asText())
                .isEqualTo("Sessions");
        List<String> tags = new ArrayList<>();
        document.path("paths")
                .forEach(item ->
                        item.forEach(operation -> operation.path("tags").forEach(tag -> tags.add(tag.asText()))));
        assertThat(tags)
                .contains("Appointments", "Attachments", "Care plans", "Services", "Locations", "Reminders")
                .noneMatch(tag -> tag.contains("controller"));
        assertThat(document.at("/components/schemas/CommandResponse").isMissingNode())
                .isFalse();
        assertThat(document.at("/components/securitySchemes").size()).isPositive();
    }

    @Test
    void theSwaggerUiOfThePortalBrowsesTheCombinedDocument() {
        Api anonymous = new Api(portal.baseUrl(), null);
        Api.Response page = anonymous.get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(anonymous
                        .get("/v3/api-docs/swagger-config")
                        .json()
                        .get("url")
                        .asText())
                .isEqualTo("/v3/api-docs");
    }

    @Test
    void requestsThroughThePortalReachTheServiceThatAnswersThem() {
        Actor owner = StackFixture.newPractice("Portal Practice");
        Api viaPortal = new Api(portal.baseUrl(), StackFixture.tokenFor(owner));
        Api.Response registered = viaPortal.post("/api/v1/clients", Map.of("first_name", "Ana", "last_name", "Portal"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Api.Response read = viaPortal
                .withHeader("X-Consistency-Position", Long.toString(registered.position()))
                .get("/api/v1/clients/" + registered.id());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("last_name").asText()).isEqualTo("Portal");
        assertThat(viaPortal
                        .get("/api/v1/clients/" + java.util.UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        Api.Response reminderSettings = viaPortal.get("/api/v1/reminders/settings");
        assertThat(reminderSettings.status())
                .as("answered by the reminders service")
                .isEqualTo(200);
        assertThat(reminderSettings.json().has("lead_time_minutes")).isTrue();
    }
}
