package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.security.TokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tokens on the local stack: minting one for a user leaves a record in that user's audit trail (who minted it,
 * for whom, when; never the token), and a token signed with the stack's key but for another audience or from
 * another issuer is 401 on both services (decisions 166, 167).
 */
class DevTokenAuditEndToEndTest {

    @Test
    void mintingATokenShowsInTheUsersAuditTrailWithoutTheToken() throws Exception {
        Actor owner = StackFixture.newPractice("Token Audit Practice");
        Actor assistant = StackFixture.addAssistant(owner);
        Actor admin = StackFixture.platformAdmin();
        Instant before = Instant.now().minusSeconds(1);

        Api.Response minted = StackFixture.commands(admin)
                .post("/api/v1/dev/tokens", Map.of("user_id", assistant.userId().toString()));
        assertThat(minted.status()).as(minted.toString()).isEqualTo(200);
        String token = minted.json().get("token").asText();
        assertThat(new Api(StackFixture.stack().queryBaseUrl(), token)
                        .get("/api/v1/clients")
                        .status())
                .as("the minted token works")
                .isEqualTo(200);

        JsonNode row = awaitLoginRow(owner, assistant);
        assertThat(row.get("event_type").asText()).isEqualTo("user.login");
        assertThat(row.get("resource_type").asText()).isEqualTo("User");
        assertThat(row.get("metadata").get("minted_by").asText())
                .isEqualTo(admin.userId().toString());
        assertThat(row.get("metadata").get("actor_user_id").asText())
                .isEqualTo(admin.userId().toString());
        assertThat(row.get("metadata").get("token_id").asText()).isNotBlank();
        assertThat(Instant.parse(row.get("created_at").asText())).isAfter(before);
        assertThat(row.get("user_agent").asText()).isEqualTo("pazpaz-e2e-test");
        String signature = token.substring(token.lastIndexOf('.') + 1);
        assertThat(row.toString()).doesNotContain(signature);
        assertThat(StackFixture.count("event_store.domain_event_entry WHERE payload LIKE '%" + signature
                        + "%' OR meta_data LIKE '%" + signature + "%'"))
                .as("the token is stored nowhere")
                .isZero();
    }

    @Test
    void aTokenForAnotherAudienceOrFromAnotherIssuerIsRefused() {
        Actor owner = StackFixture.demoOwner();
        String key = StackFixture.stack().secrets().tokenSigningKey();
        String otherAudience = new TokenIssuer(
                        key, LocalSecrets.TOKEN_ISSUER, "another-app", Duration.ofMinutes(5), Clock.systemUTC())
                .issue(owner);
        String otherIssuer = new TokenIssuer(
                        key,
                        "https://elsewhere.example/",
                        LocalSecrets.TOKEN_AUDIENCE,
                        Duration.ofMinutes(5),
                        Clock.systemUTC())
                .issue(owner);
        for (String base : List.of(
                StackFixture.stack().commandBaseUrl(), StackFixture.stack().queryBaseUrl())) {
            assertThat(new Api(base, otherAudience).get("/api/v1/clients").status())
                    .isEqualTo(401);
            assertThat(new Api(base, otherIssuer).get("/api/v1/clients").status())
                    .isEqualTo(401);
        }
        assertThat(StackFixture.queries(owner).get("/api/v1/clients").status()).isEqualTo(200);
    }

    /** The owner's view of the practice's audit trail, once the projection has the minting. */
    private static JsonNode awaitLoginRow(Actor owner, Actor user) throws InterruptedException {
        Api api = StackFixture.queries(owner);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<JsonNode> rows = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            rows.clear();
            api.get("/api/v1/audit-events?resource_type=User&action=LOGIN&resource_id=" + user.userId())
                    .json()
                    .get("items")
                    .forEach(rows::add);
            if (!rows.isEmpty()) {
                assertThat(rows).hasSize(1);
                return rows.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no audit row for the minted token in 15 s");
    }
}
