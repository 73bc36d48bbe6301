package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Snapshots of the session aggregate (every 50 replayed events by default): a note loaded from its snapshot
 * behaves exactly like one replayed from its events, the snapshot holds ciphertext only, and a purged note's
 * snapshots are deleted with its key.
 */
class SessionSnapshotsTest {

    private static final String SNAPSHOTS = "event_store.snapshot_event_entry WHERE aggregate_identifier = ";

    private static Actor owner;
    private static Api commands;
    private static String clientId;

    @BeforeAll
    static void openPractice() {
        owner = StackFixture.newPractice("Snapshot Practice");
        commands = StackFixture.commands(owner);
        clientId = commands.post("/api/v1/clients", Map.of("first_name", "Snap", "last_name", "Shot"))
                .id();
    }

    @Test
    void aNoteLoadedFromItsSnapshotAmendsLikeOneReplayedFromItsEvents() throws Exception {
        String marker = "SNAPMARK" + UUID.randomUUID().toString().replace("-", "");
        String id = finalizedNote(marker);
        long version = 2;
        for (int i = 0; i < 120; i++) {
            version = amend(id, marker + "-" + i, version);
        }
        assertThat(StackFixture.count(SNAPSHOTS + "'" + id + "'"))
                .as("snapshots taken")
                .isPositive();
        assertThat(snapshotPayload(id))
                .contains("\"amendmentCount\"", "\"finalized\":true")
                .doesNotContain(marker);

        version = amend(id, marker + "-from-snapshot", version);
        JsonNode fromSnapshot = read(id);
        assertThat(fromSnapshot.get("amendment_count").asInt()).isEqualTo(121);
        assertThat(fromSnapshot.get("subjective").asText()).isEqualTo(marker + "-from-snapshot");

        try (Connection db = StackFixture.database()) {
            db.createStatement().executeUpdate("DELETE FROM " + SNAPSHOTS + "'" + id + "'");
        }
        version = amend(id, marker + "-from-events", version);
        JsonNode fromEvents = read(id);
        assertThat(fromEvents.get("amendment_count").asInt()).isEqualTo(122);
        assertThat(fromEvents.get("version").asLong())
                .isEqualTo(fromSnapshot.get("version").asLong() + 1);
        assertThat(NoPlaintextAnywhereTest.tablesContaining(marker)).isEmpty();
    }

    @Test
    void aPurgedNoteLeavesNoSnapshot() throws Exception {
        String id = finalizedNote("Purged soon");
        long version = 2;
        for (int i = 0; i < 60; i++) {
            version = amend(id, "Purged soon " + i, version);
        }
        assertThat(StackFixture.count(SNAPSHOTS + "'" + id + "'")).isPositive();
        commands.send("DELETE", "/api/v1/sessions/" + id, null);
        Api.Response purged = commands.send("DELETE", "/api/v1/sessions/" + id + "/permanent", null);
        assertThat(purged.status()).as(purged.toString()).isEqualTo(200);
        assertThat(StackFixture.count(SNAPSHOTS + "'" + id + "'")).isZero();
    }

    private static String finalizedNote(String subjective) {
        Api.Response created = commands.post(
                "/api/v1/sessions",
                Map.of("client_id", clientId, "session_date", "2026-01-06T10:00:00Z", "subjective", subjective));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Response finalized = commands.post("/api/v1/sessions/" + created.id() + "/finalize", null);
        assertThat(finalized.status()).as(finalized.toString()).isEqualTo(200);
        return created.id();
    }

    /** Amends and checks that the note's version went up by exactly one; returns the new version. */
    private static long amend(String id, String subjective, long before) {
        Api.Response amended = commands.post(
                "/api/v1/sessions/" + id + "/amend", Map.of("subjective", subjective, "reason", "Correction"));
        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        assertThat(amended.json().get("version").asLong()).isEqualTo(before + 1);
        return before + 1;
    }

    private static JsonNode read(String id) throws Exception {
        return StackFixture.queries(owner)
                .withHeader("X-Consistency-Position", Long.toString(StackFixture.latestPosition(id)))
                .get("/api/v1/sessions/" + id)
                .json();
    }

    private static String snapshotPayload(String id) throws Exception {
        try (Connection db = StackFixture.database();
                PreparedStatement query = db.prepareStatement(
                        "SELECT payload FROM " + SNAPSHOTS + "? ORDER BY sequence_number DESC LIMIT 1")) {
            query.setString(1, id);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
