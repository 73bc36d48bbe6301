package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A refused access to PHI (404, 403) leaves a DENIED row in the caller's own trail, in both services, naming only
 * what the caller sent: another practice's record and an id that exists nowhere are recorded alike (decision 250).
 */
class RefusedAccessAuditTest {

    private static final String MARKER =
            "REFUSEDMARKER" + UUID.randomUUID().toString().replace("-", "");
    private static Actor prober;
    private static Actor victim;
    private static String foreignClient;

    @BeforeAll
    static void twoPractices() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        prober = StackFixture.newPractice("Refused Prober " + suffix);
        victim = StackFixture.newPractice("Refused Victim " + suffix);
        Api.Response registered = StackFixture.commands(victim)
                .post("/api/v1/clients", Map.of("first_name", MARKER, "last_name", "Foreign"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        foreignClient = registered.id();
    }

    @Test
    void anotherPracticesRecordAndAnIdOfNoPracticeAreRecordedAlikeInTheCallersTrailOnly() {
        String nowhere = UUID.randomUUID().toString();
        Api reads = StackFixture.queries(prober);
        assertThat(reads.get("/api/v1/clients/" + foreignClient).status()).isEqualTo(404);
        assertThat(reads.get("/api/v1/clients/" + nowhere).status()).isEqualTo(404);
        Api.Response edit =
                StackFixture.commands(prober).put("/api/v1/clients/" + foreignClient, Map.of("notes", MARKER));
        assertThat(edit.status()).as(edit.toString()).isEqualTo(404);

        List<JsonNode> denied = awaitDenied(prober, "Client", rows -> rows.size() >= 3);
        assertThat(denied)
                .extracting(r -> r.get("event_type").asText() + " "
                        + r.get("resource_id").asText() + " "
                        + r.get("metadata").get("reason").asText() + " "
                        + r.get("metadata").get("route").asText())
                .containsExactlyInAnyOrder(
                        "client.denied " + foreignClient + " not_found GET /api/v1/clients/{clientId}",
                        "client.denied " + nowhere + " not_found GET /api/v1/clients/{clientId}",
                        "client.denied " + foreignClient + " not_found PUT /api/v1/clients/{clientId}");
        assertThat(denied).allSatisfy(row -> {
            assertThat(row.get("user_id").asText()).isEqualTo(prober.userId().toString());
            assertThat(row.get("workspace_id").asText())
                    .isEqualTo(prober.workspaceId().toString());
            assertThat(row.get("ip_address").asText()).isEqualTo("127.0.0.1");
            assertThat(row.toString())
                    .doesNotContain(MARKER)
                    .doesNotContain(victim.workspaceId().toString());
        });
        // the same keys, whether the id exists elsewhere or nowhere: the row is no oracle
        assertThat(fieldNames(only(denied, foreignClient, "GET"))).isEqualTo(fieldNames(only(denied, nowhere, "GET")));
        assertThat(rowsOf(victim)).noneMatch(r -> r.get("action").asText().equals("DENIED"));
    }

    @Test
    void aRoleRefusedOnAPhiEndpointIsRecordedAsForbidden() {
        Actor assistant = StackFixture.addAssistant(prober);
        Api.Response client =
                StackFixture.commands(prober).post("/api/v1/clients", Map.of("first_name", MARKER, "last_name", "Own"));
        assertThat(client.status()).isEqualTo(201);
        assertThat(StackFixture.commands(assistant)
                        .post("/api/v1/clients/" + client.id() + "/erase", Map.of("confirm", client.id()))
                        .status())
                .isEqualTo(403);
        assertThat(StackFixture.queries(assistant)
                        .get("/api/v1/audit-events/export"
                                + "?start_date=2000-01-01T00:00:00Z&end_date=2100-01-01T00:00:00Z")
                        .status())
                .isEqualTo(403);

        List<JsonNode> erase = awaitDenied(
                prober,
                "Client",
                rows -> rows.stream()
                        .anyMatch(r -> r.get("user_id")
                                .asText()
                                .equals(assistant.userId().toString())));
        assertThat(erase)
                .filteredOn(
                        r -> r.get("user_id").asText().equals(assistant.userId().toString()))
                .extracting(r -> r.get("resource_id").asText() + " "
                        + r.get("metadata").get("reason").asText() + " "
                        + r.get("metadata").get("route").asText())
                .containsExactly(client.id() + " forbidden POST /api/v1/clients/{clientId}/erase");
        List<JsonNode> export = awaitDenied(prober, "Workspace", rows -> !rows.isEmpty());
        assertThat(export)
                .extracting(r ->
                        r.get("event_type").asText() + " " + r.get("user_id").asText() + " "
                                + r.get("metadata").get("reason").asText())
                .containsExactly("workspace.denied " + assistant.userId() + " forbidden");
    }

    @Test
    void aRecordThatIsNotPhiLeavesNoRefusal() {
        assertThat(StackFixture.queries(prober)
                        .get("/api/v1/locations/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(StackFixture.queries(prober)
                        .get("/api/v1/audit-events?action=DENIED&resource_type=Location")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    private static JsonNode only(List<JsonNode> rows, String resourceId, String method) {
        List<JsonNode> matching = rows.stream()
                .filter(r -> r.get("resource_id").asText().equals(resourceId)
                        && r.get("metadata").get("route").asText().startsWith(method + " "))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static List<String> fieldNames(JsonNode row) {
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        row.get("metadata").fieldNames().forEachRemaining(name -> names.add("metadata." + name));
        return names.stream().sorted().toList();
    }

    private static List<JsonNode> awaitDenied(Actor owner, String resourceType, Predicate<List<JsonNode>> ready) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<JsonNode> denied = List.of();
        while (System.nanoTime() < deadline) {
            denied = rowsOf(owner).stream()
                    .filter(r -> r.get("action").asText().equals("DENIED")
                            && r.get("resource_type").asText().equals(resourceType))
                    .toList();
            if (ready.test(denied)) {
                return denied;
            }
            sleep();
        }
        return denied;
    }

    private static List<JsonNode> rowsOf(Actor owner) {
        List<JsonNode> rows = new ArrayList<>();
        StackFixture.queries(owner)
                .get("/api/v1/audit-events?page_size=100")
                .json()
                .get("items")
                .forEach(rows::add);
        return rows;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
