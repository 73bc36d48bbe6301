package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Services and locations through both services over HTTP (behaviour.md §1.6, §1.7, R-SVC-*, R-LOC-*). */
class ServicesAndLocationsEndToEndTest {

    private static Api commands;
    private static Api queries;

    @BeforeAll
    static void openPractice() {
        Actor owner = StackFixture.newPractice(
                "Services Practice " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        queries = StackFixture.queries(owner);
    }

    private static Api readAt(Api.Response write) {
        return queries.withHeader("X-Consistency-Position", Long.toString(write.position()));
    }

    @Test
    void createReadRenameArchiveListAndDeleteAService() {
        Api.Response created = commands.post(
                "/api/v1/services",
                Map.of("name", "Massage", "description", "Deep tissue", "default_duration_minutes", 60));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.id();
        assertThat(created.header("Location")).endsWith("/api/v1/services/" + id);
        JsonNode read = readAt(created).get("/api/v1/services/" + id).json();
        assertThat(read.get("name").asText()).isEqualTo("Massage");
        assertThat(read.get("default_duration_minutes").asInt()).isEqualTo(60);
        assertThat(read.get("is_active").asBoolean()).isTrue();

        Map<String, Object> revision = new HashMap<>();
        revision.put("name", "Shiatsu");
        revision.put("description", null);
        Api.Response renamed = commands.put("/api/v1/services/" + id, revision);
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        JsonNode after = readAt(renamed).get("/api/v1/services/" + id).json();
        assertThat(after.get("name").asText()).isEqualTo("Shiatsu");
        assertThat(after.get("description").isNull()).isTrue();

        Api.Response archived = commands.put("/api/v1/services/" + id, Map.of("is_active", false));
        assertThat(readAt(archived).get("/api/v1/services").json().get("items").findValuesAsText("id"))
                .doesNotContain(id);
        assertThat(readAt(archived)
                        .get("/api/v1/services?is_active=false")
                        .json()
                        .get("items")
                        .findValuesAsText("id"))
                .containsExactly(id);
        assertThat(readAt(archived).get("/api/v1/services/" + id).status()).isEqualTo(200);

        Api.Response deleted = commands.delete("/api/v1/services/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(readAt(deleted).get("/api/v1/services/" + id).status()).isEqualTo(404);
        assertThat(commands.delete("/api/v1/services/" + id).status()).isEqualTo(404);
        assertThat(commands.post("/api/v1/services", Map.of("name", "Shiatsu", "default_duration_minutes", 30))
                        .status())
                .as("a deleted service's name is free again")
                .isEqualTo(201);
    }

    @Test
    void aServiceNameIsUniquePerWorkspaceOnCreateAndRename() {
        commands.post("/api/v1/services", Map.of("name", "Reflexology", "default_duration_minutes", 45));
        Api.Response duplicate =
                commands.post("/api/v1/services", Map.of("name", "Reflexology", "default_duration_minutes", 30));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asText()).isEqualTo("Service with name 'Reflexology' already exists");
        assertThat(commands.post("/api/v1/services", Map.of("name", "reflexology", "default_duration_minutes", 30))
                        .status())
                .as("case-sensitive, as the reference")
                .isEqualTo(201);
        String other = commands.post("/api/v1/services", Map.of("name", "Cupping", "default_duration_minutes", 30))
                .id();
        Api.Response rename = commands.put("/api/v1/services/" + other, Map.of("name", "Reflexology"));
        assertThat(rename.status()).isEqualTo(409);
        assertThat(rename.json().get("detail").asText()).isEqualTo("Service with name 'Reflexology' already exists");
        assertThat(commands.put("/api/v1/services/" + other, Map.of("name", "Cupping"))
                        .status())
                .isEqualTo(200);

        Actor stranger = StackFixture.newPractice(
                "Other Services " + UUID.randomUUID().toString().substring(0, 8));
        assertThat(StackFixture.commands(stranger)
                        .post("/api/v1/services", Map.of("name", "Reflexology", "default_duration_minutes", 45))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void simultaneousCreatesOfOneNameLetExactlyOneWin() {
        List<CompletableFuture<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attempts.add(CompletableFuture.supplyAsync(
                    () -> commands.post("/api/v1/locations", Map.of("name", "Race room", "location_type", "online"))
                            .status()));
        }
        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
    }

    @Test
    void locationsFollowTheAddressRuleAndListByNameAndType() {
        Api.Response noAddress = commands.post(
                "/api/v1/locations", Map.of("name", "Clinic A", "location_type", "clinic", "address", "   "));
        assertThat(noAddress.status()).isEqualTo(422);
        assertThat(noAddress.json().get("detail").asText()).isEqualTo("Address is required for clinic locations");
        Api.Response zoom = commands.post(
                "/api/v1/locations",
                Map.of("name", "Zoom", "location_type", "online", "details", "https://example.org/room"));
        assertThat(zoom.status()).isEqualTo(201);
        Api.Response clinic = commands.post(
                "/api/v1/locations",
                Map.of("name", "Clinic A", "location_type", "clinic", "address", "1 Herzl St, Tel Aviv"));
        assertThat(clinic.status()).isEqualTo(201);
        JsonNode list = readAt(clinic).get("/api/v1/locations").json();
        assertThat(list.get("items").findValuesAsText("name")).containsSubsequence("Clinic A", "Zoom");
        assertThat(list.get("items").get(0).get("location_type").asText()).isEqualTo("clinic");
        JsonNode online =
                readAt(clinic).get("/api/v1/locations?location_type=online").json();
        assertThat(online.get("items").findValuesAsText("location_type")).containsOnly("online");
        assertThat(queries.get("/api/v1/locations?location_type=moon").status()).isEqualTo(422);

        Map<String, Object> clearAddress = new HashMap<>();
        clearAddress.put("address", null);
        assertThat(commands.put("/api/v1/locations/" + clinic.id(), clearAddress)
                        .status())
                .isEqualTo(422);
        clearAddress.put("location_type", "online");
        assertThat(commands.put("/api/v1/locations/" + clinic.id(), clearAddress)
                        .status())
                .isEqualTo(200);
        Api.Response taken = commands.put("/api/v1/locations/" + clinic.id(), Map.of("name", "Zoom"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("detail").asText()).isEqualTo("Location with name 'Zoom' already exists");
        Api.Response deleted = commands.delete("/api/v1/locations/" + clinic.id());
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(readAt(deleted).get("/api/v1/locations/" + clinic.id()).status())
                .isEqualTo(404);
    }

    @Test
    void anotherPracticesServicesAndLocationsAreNotFound() {
        Api.Response service =
                commands.post("/api/v1/services", Map.of("name", "Private", "default_duration_minutes", 30));
        Api.Response location =
                commands.post("/api/v1/locations", Map.of("name", "Private", "location_type", "online"));
        Actor stranger = StackFixture.newPractice(
                "Stranger " + UUID.randomUUID().toString().substring(0, 8));
        Api reads =
                StackFixture.queries(stranger).withHeader("X-Consistency-Position", Long.toString(location.position()));
        Api writes = StackFixture.commands(stranger);
        for (String path : List.of("/api/v1/services/" + service.id(), "/api/v1/locations/" + location.id())) {
            assertThat(reads.get(path).status()).isEqualTo(404);
            assertThat(writes.put(path, Map.of("is_active", false)).status()).isEqualTo(404);
            assertThat(writes.delete(path).status()).isEqualTo(404);
        }
        assertThat(reads.get("/api/v1/services").json().get("total").asLong()).isZero();
    }

    @Test
    void malformedInputIsAnswered422() {
        assertThat(commands.post("/api/v1/services", Map.of("name", "No duration"))
                        .status())
                .isEqualTo(422);
        assertThat(commands.post("/api/v1/services", Map.of("name", "Zero", "default_duration_minutes", 0))
                        .status())
                .isEqualTo(422);
        assertThat(commands.post("/api/v1/services", Map.of("name", "", "default_duration_minutes", 10))
                        .status())
                .isEqualTo(422);
        assertThat(commands.post("/api/v1/services", Map.of("name", "Text", "default_duration_minutes", "ten"))
                        .status())
                .isEqualTo(422);
        assertThat(commands.post("/api/v1/locations", Map.of("name", "Moon", "location_type", "moon"))
                        .status())
                .isEqualTo(422);
        assertThat(commands.sendRaw("POST", "/api/v1/locations", "{oops").status())
                .isEqualTo(422);
        String id = commands.post("/api/v1/services", Map.of("name", "Nullable", "default_duration_minutes", 10))
                .id();
        Map<String, Object> nullName = new HashMap<>();
        nullName.put("name", null);
        Api.Response refused = commands.put("/api/v1/services/" + id, nullName);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(commands.put("/api/v1/services/not-a-uuid", Map.of("name", "X"))
                        .status())
                .isEqualTo(422);
        assertThat(queries.get("/api/v1/services/not-a-uuid").status()).isEqualTo(422);
        assertThat(queries.get("/api/v1/services?page_size=101").status()).isEqualTo(422);
    }
}
