package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A platform administrator closes a practice and opens it again (decisions 270–273): while it is closed its users'
 * tokens are refused by both services, its records stay, and no one of any practice but the administrator may close
 * or open it.
 */
class PracticeDeactivationEndToEndTest {

    /** Query-service sees the closing once projected, plus its 2 s user-status cache. */
    private static final Duration QUERY_SIDE_BOUND = Duration.ofSeconds(10);

    private static final Map<String, String> A_CLIENT = Map.of("first_name", "Noa", "last_name", "Cohen");

    private static Actor owner;
    private static Actor assistant;
    private static Actor stranger;
    private static Api admin;
    private static Api adminReads;

    @BeforeAll
    static void openPractices() {
        owner = StackFixture.newPractice(
                "Closing Practice " + UUID.randomUUID().toString().substring(0, 8));
        assistant = StackFixture.addAssistant(owner);
        stranger = StackFixture.newPractice(
                "Bystander Practice " + UUID.randomUUID().toString().substring(0, 8));
        admin = StackFixture.commands(StackFixture.platformAdmin());
        adminReads = StackFixture.queries(StackFixture.platformAdmin());
    }

    private static String practice(Actor actor) {
        return "/api/v1/workspaces/" + actor.workspaceId();
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
    void noOneButAPlatformAdministratorClosesOrReopensAPractice() {
        assertThat(StackFixture.commands(owner)
                        .post(practice(owner) + "/deactivate", null)
                        .status())
                .as("the practice's own owner")
                .isEqualTo(403);
        assertThat(StackFixture.commands(assistant)
                        .post(practice(owner) + "/deactivate", null)
                        .status())
                .isEqualTo(403);
        assertThat(StackFixture.commands(owner)
                        .post(practice(owner) + "/reactivate", null)
                        .status())
                .isEqualTo(403);
        assertThat(StackFixture.commands(stranger)
                        .post(practice(owner) + "/deactivate", null)
                        .status())
                .as("another practice's owner: not found, as every record of another practice")
                .isEqualTo(404);
        assertThat(StackFixture.queries(stranger).get(practice(owner)).status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/workspaces/" + UUID.randomUUID() + "/deactivate", null)
                        .status())
                .as("no such practice")
                .isEqualTo(404);
        assertThat(StackFixture.commands(owner)
                        .post("/api/v1/clients", A_CLIENT)
                        .status())
                .as("the practice was never closed")
                .isEqualTo(201);
    }

    @Test
    void aClosedPracticesUsersAreRefusedByBothServicesUntilItIsReopened() throws InterruptedException {
        Api commands = StackFixture.commands(owner);
        Api queries = StackFixture.queries(owner);
        Api.Response registered = commands.post("/api/v1/clients", A_CLIENT);
        assertThat(registered.status()).isEqualTo(201);
        // read once the practice's events so far are projected
        assertThat(queries.withHeader("X-Consistency-Position", Long.toString(registered.position()))
                        .get(practice(owner))
                        .json()
                        .get("is_active")
                        .asBoolean())
                .isTrue();

        Api.Response closed = admin.post(practice(owner) + "/deactivate", null);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.id()).isEqualTo(owner.workspaceId().toString());
        assertThat(commands.post("/api/v1/clients", A_CLIENT).status())
                .as("command-side: refused by the very next request")
                .isEqualTo(401);
        assertThat(StackFixture.commands(assistant)
                        .post("/api/v1/clients", A_CLIENT)
                        .status())
                .isEqualTo(401);
        eventuallyStatus(() -> queries.get("/api/v1/clients"), 401);
        eventuallyStatus(() -> StackFixture.queries(assistant).get("/api/v1/clients"), 401);
        Api.Response seen = adminReads
                .withHeader("X-Consistency-Position", Long.toString(closed.position()))
                .get(practice(owner));
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        assertThat(seen.json().get("is_active").asBoolean()).isFalse();
        Api.Response again = admin.post(practice(owner) + "/deactivate", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("version").asLong())
                .as("already closed: nothing to do")
                .isEqualTo(closed.json().get("version").asLong());
        assertThat(StackFixture.commands(stranger)
                        .post("/api/v1/clients", A_CLIENT)
                        .status())
                .as("other practices are not affected")
                .isEqualTo(201);

        Api.Response reopened = admin.post(practice(owner) + "/reactivate", null);
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(commands.post("/api/v1/clients", A_CLIENT).status()).isEqualTo(201);
        eventuallyStatus(() -> queries.get("/api/v1/clients"), 200);
        assertThat(queries.withHeader("X-Consistency-Position", Long.toString(reopened.position()))
                        .get(practice(owner))
                        .json()
                        .get("is_active")
                        .asBoolean())
                .isTrue();
    }
}
