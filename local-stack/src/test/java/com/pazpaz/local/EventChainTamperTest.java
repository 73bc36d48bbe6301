package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.eventstore.chain.EventChainVerifier;
import com.pazpaz.infra.security.Actor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Someone with write access to the database alters, removes or inserts an event behind the application's back;
 * the chain verification names exactly that event. Each test tampers with a practice of its own, after the
 * chainer has linked its events (the chain is written after commit).
 */
class EventChainTamperTest {

    @Test
    void anUntouchedChainVerifiesAndItsHeadIsHeld() {
        Practice practice = practiceWithClients(3);
        JsonNode result = verification(practice.owner);
        assertThat(result.get("intact").asBoolean()).isTrue();
        assertThat(result.get("events_checked").asLong()).isEqualTo(practice.events.size());
        EventChainVerifier verifier = StackFixture.stack().queryService().getBean(EventChainVerifier.class);
        UUID workspace = practice.owner.workspaceId().value();
        assertThat(verifier.holdsPublishedHead(
                        workspace,
                        result.get("head_sequence").asLong(),
                        result.get("head_hash").asText()))
                .isTrue();
        assertThat(verifier.holdsPublishedHead(
                        workspace, result.get("head_sequence").asLong(), "00".repeat(32)))
                .isFalse();
    }

    @Test
    void oneChangedByteInOneEventIsNamed() throws Exception {
        Practice practice = practiceWithClients(3);
        long victim = practice.events.get(2);
        withTriggersOff(db -> db.createStatement()
                .executeUpdate("UPDATE event_store.domain_event_entry"
                        + " SET payload = replace(payload, '\"active\":true', '\"active\":fals') WHERE global_index = "
                        + victim));
        assertFirstBroken(practice, victim, "ALTERED");
    }

    @Test
    void aRemovedEventIsNamed() throws Exception {
        Practice practice = practiceWithClients(3);
        long victim = practice.events.get(1);
        withTriggersOff(db -> db.createStatement()
                .executeUpdate("DELETE FROM event_store.domain_event_entry WHERE global_index = " + victim));
        assertFirstBroken(practice, victim, "REMOVED");
    }

    @Test
    void anEventInsertedAroundTheChainIsNamed() throws Exception {
        Practice practice = practiceWithClients(2);
        long[] inserted = new long[1];
        withTriggersOff(db -> {
            try (PreparedStatement copy = db.prepareStatement("""
                    INSERT INTO event_store.domain_event_entry (aggregate_identifier, sequence_number, type,
                        event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                    SELECT aggregate_identifier, sequence_number + 1000, type, ?, meta_data,
                           replace(payload, '"active":true', '"archivedAt":"2026-01-01T00:00:00Z"'),
                           payload_revision, 'com.pazpaz.kernel.client.ClientArchivedEvent', time_stamp
                      FROM event_store.domain_event_entry WHERE global_index = ?
                    RETURNING global_index""")) {
                copy.setString(1, UUID.randomUUID().toString());
                copy.setLong(2, practice.events.get(1));
                ResultSet rs = copy.executeQuery();
                rs.next();
                inserted[0] = rs.getLong(1);
            }
            return 1;
        });
        assertFirstBroken(practice, inserted[0], "INSERTED");
    }

    private static void assertFirstBroken(Practice practice, long globalIndex, String kind) {
        JsonNode result = verification(practice.owner);
        assertThat(result.get("intact").asBoolean()).isFalse();
        assertThat(result.get("first_broken_link").get("global_index").asLong()).isEqualTo(globalIndex);
        assertThat(result.get("first_broken_link").get("kind").asText()).isEqualTo(kind);
    }

    private static JsonNode verification(Actor owner) {
        Api.Response response = StackFixture.queries(owner).get("/api/v1/audit/event-chain/verification");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get(0);
    }

    private static Practice practiceWithClients(int clients) {
        Actor owner = StackFixture.newPractice(
                "Chain Practice " + UUID.randomUUID().toString().substring(0, 8));
        Api api = StackFixture.commands(owner);
        for (int i = 0; i < clients; i++) {
            assertThat(api.post("/api/v1/clients", Map.of("first_name", "C" + i, "last_name", "L"))
                            .status())
                    .isEqualTo(201);
        }
        List<Long> events = chainedEvents(owner, clients + 1);
        assertThat(events).hasSize(clients + 1);
        // the tests below damage these events for good: no processor may still have them ahead of it
        try {
            StackFixture.awaitProcessorsPast(
                    events.stream().mapToLong(Long::longValue).max().orElseThrow());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Practice(owner, events);
    }

    /** The workspace's chained events in chain order, once the chainer has linked {@code expected} of them. */
    private static List<Long> chainedEvents(Actor owner, int expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<Long> events = new ArrayList<>();
        while (events.size() < expected && System.nanoTime() < deadline) {
            events.clear();
            try (Connection db = StackFixture.database();
                    PreparedStatement query = db.prepareStatement(
                            "SELECT global_index FROM event_store.event_chain WHERE workspace_id = ?"
                                    + " ORDER BY chain_sequence")) {
                query.setObject(1, owner.workspaceId().value());
                ResultSet rs = query.executeQuery();
                while (rs.next()) {
                    events.add(rs.getLong(1));
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            pause();
        }
        return events;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs SQL as someone who bypasses the application: every trigger of the session is off. */
    private static void withTriggersOff(SqlWork work) throws Exception {
        try (Connection db = StackFixture.database();
                Statement statement = db.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            work.run(db);
        }
    }

    private record Practice(Actor owner, List<Long> events) {}

    @FunctionalInterface
    private interface SqlWork {
        int run(Connection db) throws Exception;
    }
}
