package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.web.JsonInputLimits;
import com.pazpaz.query.common.ReadLimitProperties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cheap denials of service are refused with a clear 4xx at once (issue 13, decisions 177 and 178). */
class RequestLimitsEndToEndTest {

    private static Api commands;
    private static Api queries;

    @BeforeAll
    static void openPractice() {
        var owner = StackFixture.newPractice(
                "Limits Practice " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        queries = StackFixture.queries(owner);
    }

    @Test
    void aNulCharacterInAnyTextFieldIs422NotA500() {
        Api.Response location =
                commands.sendRaw("POST", "/api/v1/locations", "{\"name\":\"\\u0000\",\"location_type\":\"online\"}");
        Api.Response client =
                commands.sendRaw("POST", "/api/v1/clients", "{\"first_name\":\"A\\u0000\",\"last_name\":\"B\"}");
        Api.Response tags = commands.sendRaw(
                "POST", "/api/v1/clients", "{\"first_name\":\"A\",\"last_name\":\"B\",\"tags\":[\"x\\u0000\"]}");

        assertThat(location.status()).as(location.toString()).isEqualTo(422);
        assertThat(location.body()).contains("name");
        assertThat(client.status()).as(client.toString()).isEqualTo(422);
        assertThat(tags.status()).as(tags.toString()).isEqualTo(422);
    }

    @Test
    void aJsonBodyPastTheLimitIs413BeforeItIsRead() {
        String huge = "{\"first_name\":\"" + "a".repeat(JsonInputLimits.MAX_BODY_BYTES) + "\",\"last_name\":\"B\"}";
        Api.Response refused = commands.sendRaw("POST", "/api/v1/clients", huge);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
    }

    @Test
    void deeplyNestedJsonIs422() {
        String nested = "{\"first_name\":\"A\",\"last_name\":\"B\",\"tags\":" + "[".repeat(500) + "]".repeat(500) + "}";
        Api.Response refused = commands.sendRaw("POST", "/api/v1/clients", nested);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    }

    @Test
    void aPositionBeyondTheStoresHeadIs400AtOnce() {
        Api.Response refused =
                queries.withHeader("X-Consistency-Position", "900000000000000").get("/api/v1/clients");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("X-Consistency-Position");
    }

    @Test
    void readsPastTheLimitSharedByEveryInstanceAre429() throws java.sql.SQLException {
        var reader = StackFixture.newPractice(
                "Limits Reader " + UUID.randomUUID().toString().substring(0, 8));
        int limit = StackFixture.stack()
                .queryService()
                .getBean(ReadLimitProperties.class)
                .perMinute();
        // what other query-service instances have counted for this user in this minute (and the next, so that
        // the test does not depend on which side of a minute it runs)
        try (var db = StackFixture.database();
                var insert = db.prepareStatement("""
                INSERT INTO rate_limits.request_windows (subject, window_start, requests)
                SELECT ?, date_trunc('minute', now()) + m * interval '1 minute', ? FROM generate_series(0, 1) m""")) {
            insert.setString(1, "user:" + reader.userId());
            insert.setInt(2, limit);
            insert.executeUpdate();
        }

        Api.Response refused = StackFixture.queries(reader).get("/api/v1/clients");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(queries.get("/api/v1/clients").status())
                .as("another user is not limited")
                .isEqualTo(200);
    }

    @Test
    void anUnauthenticatedRequestNeverWaitsForTheReadModel() {
        Api anonymous = new Api(StackFixture.stack().queryBaseUrl(), null)
                .withHeader("X-Consistency-Position", "900000000000000");
        Api.Response refused = anonymous.get("/api/v1/clients");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
    }
}
