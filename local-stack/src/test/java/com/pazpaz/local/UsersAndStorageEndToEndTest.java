package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Owners manage their staff and storage quota; assistants may not; a deactivated user's token is refused. */
class UsersAndStorageEndToEndTest {

    /** Query-service sees a deactivation once projected, plus its 2 s user-status cache. */
    private static final Duration QUERY_SIDE_BOUND = Duration.ofSeconds(10);

    private static Actor owner;
    private static Api commands;
    private static Api queries;
    private static Actor stranger;

    @BeforeAll
    static void openPractices() {
        owner = StackFixture.newPractice(
                "Staff Practice " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        queries = StackFixture.queries(owner);
        stranger = StackFixture.newPractice(
                "Other Staff Practice " + UUID.randomUUID().toString().substring(0, 8));
    }

    private static Api readAt(Api.Response write) {
        return queries.withHeader("X-Consistency-Position", Long.toString(write.position()));
    }

    private static Api.Response addAssistant(String email) {
        return commands.post("/api/v1/users", Map.of("email", email, "full_name", "Avi Assistant"));
    }

    private static String uniqueEmail() {
        return "assistant-" + UUID.randomUUID().toString().substring(0, 8) + "@staff.test";
    }

    /** The token a platform administrator mints for the user, as a script on the local stack would. */
    private static String tokenOf(String userId) {
        Api.Response minted = StackFixture.commands(StackFixture.platformAdmin())
                .post("/api/v1/dev/tokens", Map.of("user_id", userId));
        assertThat(minted.status()).as(minted.toString()).isEqualTo(200);
        return minted.json().get("token").asText();
    }

    private static Api commandsWith(String token) {
        return new Api(StackFixture.stack().commandBaseUrl(), token);
    }

    private static Api queriesWith(String token) {
        return new Api(StackFixture.stack().queryBaseUrl(), token);
    }

    private static void eventuallyStatus(Supplier<Api.Response> request, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(QUERY_SIDE_BOUND);
        Api.Response last = request.get();
        while (last.status() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            last = request.get();
        }
        assertThat(last.status()).as(last.toString()).isEqualTo(status);
    }

    @Test
    void anOwnerAddsAnAssistantWhoWorksOnClientsButManagesNeitherUsersNorTheQuota() {
        Api.Response added = addAssistant(uniqueEmail());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String assistantId = added.id();
        assertThat(added.header("Location")).endsWith("/api/v1/users/" + assistantId);
        JsonNode read = readAt(added).get("/api/v1/users/" + assistantId).json();
        assertThat(read.get("role").asText()).isEqualTo("assistant");
        assertThat(read.get("is_active").asBoolean()).isTrue();
        assertThat(read.get("full_name").asText()).isEqualTo("Avi Assistant");
        assertThat(readAt(added).get("/api/v1/users").json().get("items").findValuesAsText("id"))
                .contains(assistantId, owner.userId().toString());

        String token = tokenOf(assistantId);
        Api assistantCommands = commandsWith(token);
        Api.Response client =
                assistantCommands.post("/api/v1/clients", Map.of("first_name", "Dana", "last_name", "Levi"));
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        assertThat(queriesWith(token)
                        .withHeader("X-Consistency-Position", Long.toString(client.position()))
                        .get("/api/v1/clients/" + client.id())
                        .status())
                .isEqualTo(200);

        assertThat(assistantCommands
                        .post("/api/v1/users", Map.of("email", uniqueEmail(), "full_name", "X"))
                        .status())
                .isEqualTo(403);
        assertThat(assistantCommands
                        .put("/api/v1/users/" + owner.userId() + "/role", Map.of("role", "assistant"))
                        .status())
                .isEqualTo(403);
        assertThat(assistantCommands
                        .post("/api/v1/users/" + owner.userId() + "/deactivate", null)
                        .status())
                .isEqualTo(403);
        assertThat(assistantCommands
                        .send(
                                "PATCH",
                                "/api/v1/workspaces/" + owner.workspaceId() + "/storage/quota",
                                Map.of("quota_bytes", 1))
                        .status())
                .isEqualTo(403);
        assertThat(queriesWith(token)
                        .get("/api/v1/workspaces/" + owner.workspaceId() + "/storage")
                        .status())
                .as("reading the storage is not managing it")
                .isEqualTo(200);
        assertThat(queriesWith(token).get("/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void aDeactivatedUsersTokenIsRefusedByBothServicesUntilReactivation() throws InterruptedException {
        String assistantId = addAssistant(uniqueEmail()).id();
        String token = tokenOf(assistantId);
        Map<String, String> aClient = Map.of("first_name", "Noa", "last_name", "Cohen");
        assertThat(commandsWith(token).post("/api/v1/clients", aClient).status())
                .isEqualTo(201);
        assertThat(queriesWith(token).get("/api/v1/clients").status()).isEqualTo(200);

        Api.Response deactivated = commands.post("/api/v1/users/" + assistantId + "/deactivate", null);
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(commandsWith(token).post("/api/v1/clients", aClient).status())
                .as("command-side: refused by the very next request")
                .isEqualTo(401);
        eventuallyStatus(() -> queriesWith(token).get("/api/v1/clients"), 401);
        assertThat(readAt(deactivated)
                        .get("/api/v1/users/" + assistantId)
                        .json()
                        .get("is_active")
                        .asBoolean())
                .isFalse();
        assertThat(commands.post("/api/v1/users/" + assistantId + "/deactivate", null)
                        .status())
                .as("already deactivated: nothing to do")
                .isEqualTo(200);

        Api.Response reactivated = commands.post("/api/v1/users/" + assistantId + "/reactivate", null);
        assertThat(reactivated.status()).isEqualTo(200);
        assertThat(commandsWith(token).post("/api/v1/clients", aClient).status())
                .isEqualTo(201);
        eventuallyStatus(() -> queriesWith(token).get("/api/v1/clients"), 200);
        assertThat(queries.get("/api/v1/clients").status())
                .as("the owner was never affected")
                .isEqualTo(200);
    }

    @Test
    void aRoleChangeRefusesTokensCarryingTheOldRoleAndTheLastOwnerStays() {
        String assistantId = addAssistant(uniqueEmail()).id();
        String assistantToken = tokenOf(assistantId);
        Api.Response promoted = commands.put("/api/v1/users/" + assistantId + "/role", Map.of("role", "owner"));
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertThat(readAt(promoted)
                        .get("/api/v1/users/" + assistantId)
                        .json()
                        .get("role")
                        .asText())
                .isEqualTo("owner");
        assertThat(commandsWith(assistantToken)
                        .post("/api/v1/clients", Map.of("first_name", "Old", "last_name", "Role"))
                        .status())
                .isEqualTo(401);
        Api newOwner = commandsWith(tokenOf(assistantId));
        assertThat(newOwner.post("/api/v1/users", Map.of("email", uniqueEmail(), "full_name", "Bo"))
                        .status())
                .isEqualTo(201);

        assertThat(newOwner.put("/api/v1/users/" + assistantId + "/role", Map.of("role", "assistant"))
                        .status())
                .as("another active owner remains")
                .isEqualTo(200);
        Api.Response demoteSelf =
                commands.put("/api/v1/users/" + owner.userId() + "/role", Map.of("role", "assistant"));
        assertThat(demoteSelf.status()).as(demoteSelf.toString()).isEqualTo(409);
        assertThat(demoteSelf.json().get("detail").asText())
                .isEqualTo("The workspace must keep at least one active owner");
        assertThat(commands.post("/api/v1/users/" + owner.userId() + "/deactivate", null)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void anEmailIsUniqueInAWorkspaceButNotAcrossWorkspaces() {
        String email = uniqueEmail();
        assertThat(addAssistant(email).status()).isEqualTo(201);
        Api.Response duplicate = addAssistant(email);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asText())
                .isEqualTo("A user with this email already exists in the workspace");
        assertThat(StackFixture.commands(stranger)
                        .post("/api/v1/users", Map.of("email", email, "full_name", "Same Mail"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void anotherWorkspacesUserIsNotFound() {
        Api.Response added = addAssistant(uniqueEmail());
        String path = "/api/v1/users/" + added.id();
        Api strangerCommands = StackFixture.commands(stranger);
        assertThat(StackFixture.queries(stranger)
                        .withHeader("X-Consistency-Position", Long.toString(added.position()))
                        .get(path)
                        .status())
                .isEqualTo(404);
        assertThat(strangerCommands.post(path + "/deactivate", null).status()).isEqualTo(404);
        assertThat(strangerCommands.post(path + "/reactivate", null).status()).isEqualTo(404);
        assertThat(strangerCommands.put(path + "/role", Map.of("role", "owner")).status())
                .isEqualTo(404);
        assertThat(commands.post("/api/v1/users/" + UUID.randomUUID() + "/deactivate", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theOwnerReadsTheStorageAndChangesTheQuota() {
        String storage = "/api/v1/workspaces/" + owner.workspaceId() + "/storage";
        JsonNode initial = queries.get(storage).json();
        assertThat(initial.get("used_bytes").asLong()).isZero();
        assertThat(initial.get("quota_bytes").asLong()).isEqualTo(10_737_418_240L);
        assertThat(initial.get("quota_mb").asDouble()).isEqualTo(10240.0);
        assertThat(initial.get("is_quota_exceeded").asBoolean()).isFalse();

        Api.Response changed = commands.send("PATCH", storage + "/quota", Map.of("quota_bytes", 5_242_880));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode after = readAt(changed).get(storage).json();
        assertThat(after.get("quota_bytes").asLong()).isEqualTo(5_242_880L);
        assertThat(after.get("quota_mb").asDouble()).isEqualTo(5.0);
        assertThat(after.get("remaining_bytes").asLong()).isEqualTo(5_242_880L);
    }

    @Test
    void anotherWorkspacesStorageIsForbiddenAsInTheReference() {
        String foreign = "/api/v1/workspaces/" + stranger.workspaceId() + "/storage";
        assertThat(queries.get(foreign).status()).isEqualTo(403);
        assertThat(commands.send("PATCH", foreign + "/quota", Map.of("quota_bytes", 1))
                        .status())
                .isEqualTo(403);
        assertThat(queries.get("/api/v1/workspaces/" + UUID.randomUUID() + "/storage")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void malformedInputIsAnswered422NeverA500() {
        String quota = "/api/v1/workspaces/" + owner.workspaceId() + "/storage/quota";
        assertThat(commands.send("PATCH", quota, Map.of("quota_bytes", 0)).status())
                .isEqualTo(422);
        assertThat(commands.send("PATCH", quota, Map.of("quota_bytes", -5)).status())
                .isEqualTo(422);
        assertThat(commands.send("PATCH", quota, Map.of("quota_bytes", "lots")).status())
                .isEqualTo(422);
        assertThat(commands.send("PATCH", quota, Map.of()).status()).isEqualTo(422);
        assertThat(commands.sendRaw("PATCH", quota, "{not json").status()).isEqualTo(422);
        assertThat(commands.send("PATCH", "/api/v1/workspaces/not-a-uuid/storage/quota", Map.of("quota_bytes", 1))
                        .status())
                .isEqualTo(422);

        assertThat(commands.post("/api/v1/users", Map.of("email", "not-an-email", "full_name", "X"))
                        .status())
                .isEqualTo(422);
        assertThat(commands.post("/api/v1/users", Map.of("email", uniqueEmail()))
                        .status())
                .isEqualTo(422);
        assertThat(commands.sendRaw("POST", "/api/v1/users", "{not json").status())
                .isEqualTo(422);
        String someone = "/api/v1/users/" + owner.userId();
        assertThat(commands.put(someone + "/role", Map.of("role", "platform_admin"))
                        .status())
                .isEqualTo(422);
        assertThat(commands.put(someone + "/role", Map.of()).status()).isEqualTo(422);
        assertThat(commands.post("/api/v1/users/not-a-uuid/deactivate", null).status())
                .isEqualTo(422);
        assertThat(queries.get("/api/v1/users/not-a-uuid").status()).isEqualTo(422);
        assertThat(queries.get("/api/v1/users?page_size=0").status()).isEqualTo(422);
        assertThat(queries.get("/api/v1/workspaces/not-a-uuid/storage").status())
                .isEqualTo(422);
    }
}
