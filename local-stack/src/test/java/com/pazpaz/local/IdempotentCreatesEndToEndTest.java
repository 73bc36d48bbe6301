package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.pazpaz.infra.security.Actor;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A retried create with the same Idempotency-Key answers as the first time and creates nothing (decision 181). */
class IdempotentCreatesEndToEndTest {

    private static Actor owner;

    @BeforeAll
    static void openPractice() {
        owner = StackFixture.newPractice(
                "Idempotent " + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void aRetriedCreateReturnsTheFirstAnswerAndCreatesNothingNew() throws SQLException {
        Api commands = StackFixture.commands(owner)
                .withHeader("Idempotency-Key", UUID.randomUUID().toString());
        long before = StackFixture.count("event_store.domain_event_entry WHERE payload_type LIKE '%ClientRegistered%'");

        Api.Response first = commands.post("/api/v1/clients", Map.of("first_name", "Id", "last_name", "Em"));
        Api.Response retried = commands.post("/api/v1/clients", Map.of("first_name", "Id", "last_name", "Em"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.json()).isEqualTo(first.json());
        assertThat(retried.header("Location")).isEqualTo(first.header("Location"));
        assertThat(StackFixture.count("event_store.domain_event_entry WHERE payload_type LIKE '%ClientRegistered%'"))
                .isEqualTo(before + 1);
    }

    @Test
    void theSameKeyOnAnotherCreateIs422AndAnotherUsersKeyIsTheirOwn() {
        String key = UUID.randomUUID().toString();
        Api commands = StackFixture.commands(owner).withHeader("Idempotency-Key", key);
        Api.Response client = commands.post("/api/v1/clients", Map.of("first_name", "A", "last_name", "B"));
        Api.Response other =
                commands.post("/api/v1/locations", Map.of("name", "Video " + key, "location_type", "online"));
        Api.Response someoneElse = StackFixture.commands(StackFixture.addAssistant(owner))
                .withHeader("Idempotency-Key", key)
                .post("/api/v1/clients", Map.of("first_name", "A", "last_name", "B"));

        assertThat(client.status()).isEqualTo(201);
        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(someoneElse.status()).isEqualTo(201);
        assertThat(someoneElse.id()).isNotEqualTo(client.id());
    }

    @Test
    void aFailedCreateKeepsNoAnswerSoItsRetryRunsAgain() {
        Api commands = StackFixture.commands(owner)
                .withHeader("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(commands.post("/api/v1/clients", Map.of("first_name", "A")).status())
                .isEqualTo(422);
        assertThat(commands.post("/api/v1/clients", Map.of("first_name", "A", "last_name", "B"))
                        .status())
                .isEqualTo(201);
    }
}
