package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.workspace.Role;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A correctly signed token of a user who does not exist opens nothing (decision 168): command-service refuses it
 * at once; query-service refuses it once its projection has caught up (it lets unknown users through only while it
 * may not have projected them yet), and a user added a moment ago still reads at once.
 */
class UnknownUserEndToEndTest {

    private final Actor owner = StackFixture.demoOwner();
    private final Actor stranger = new Actor(UserId.of(UUID.randomUUID()), owner.workspaceId(), Role.OWNER);

    @Test
    void commandServiceRefusesAUserItsDirectoryDoesNotKnow() {
        Api api = StackFixture.commands(stranger);
        Api.Response refused = api.post("/api/v1/clients", Map.of("first_name", "Never", "last_name", "Stored"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).doesNotContain("Never");
        assertThat(StackFixture.commands(owner)
                        .post("/api/v1/clients", Map.of("first_name", "Owner", "last_name", "Allowed"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void queryServiceRefusesAnUnknownUserOnceItHasCaughtUp() throws InterruptedException {
        Api api = StackFixture.queries(stranger);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status;
        do {
            // the shared stack may be busy with other tests' events: refused as soon as the projection is idle
            status = api.get("/api/v1/clients").status();
            if (status != 401) {
                Thread.sleep(100);
            }
        } while (status != 401 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(401);
        assertThat(StackFixture.queries(owner).get("/api/v1/clients").status()).isEqualTo(200);
    }

    @Test
    void aUserAddedAMomentAgoReadsAtOnce() {
        Actor assistant = StackFixture.addAssistant(owner);
        assertThat(StackFixture.queries(assistant).get("/api/v1/clients").status())
                .isEqualTo(200);
        assertThat(StackFixture.commands(assistant)
                        .post("/api/v1/clients", Map.of("first_name", "Assistant", "last_name", "Allowed"))
                        .status())
                .isEqualTo(201);
    }
}
