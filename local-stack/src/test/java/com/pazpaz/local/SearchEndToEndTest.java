package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.infra.security.Actor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search through the blind index, end to end: clients by name, e-mail and phone prefixes (case and accents
 * ignored), notes by words, isolation per practice, erasure and rotation of the search key, and no plaintext in
 * the token table.
 */
class SearchEndToEndTest {

    private static Actor owner;
    private static Api commands;
    private static Api queries;
    private static String dana;
    private static String daniel;
    private static String ruth;
    private static String note;
    private static long position;

    @BeforeAll
    static void openPractice() {
        owner = StackFixture.newPractice(
                "Search Practice " + UUID.randomUUID().toString().substring(0, 8));
        commands = StackFixture.commands(owner);
        queries = StackFixture.queries(owner);
        dana = commands.post(
                        "/api/v1/clients",
                        Map.of("first_name", "Dana", "last_name", "Levi", "email", "dana.levi@example.com"))
                .id();
        daniel = commands.post("/api/v1/clients", Map.of("first_name", "Daniël", "last_name", "Cohen"))
                .id();
        ruth = commands.post(
                        "/api/v1/clients", Map.of("first_name", "Ruth", "last_name", "Banai", "phone", "054-123 4567"))
                .id();
        Api.Response created = commands.post(
                "/api/v1/sessions",
                Map.of(
                        "client_id",
                        dana,
                        "session_date",
                        "2026-01-05T10:00:00Z",
                        "subjective",
                        "Lower back pain after running",
                        "plan",
                        "Stretching twice a day"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        note = created.id();
        position = created.position();
    }

    @Test
    void aPrefixFindsClientsByNameCaseAndAccentsIgnored() {
        assertThat(clientIds("dan")).containsExactlyInAnyOrder(dana, daniel);
        assertThat(clientIds("DANIEL")).containsExactly(daniel);
        assertThat(clientIds("levi da")).containsExactly(dana);
        assertThat(clientIds("dana.levi@exa")).containsExactly(dana);
        assertThat(clientIds("0541234567")).containsExactly(ruth);
        assertThat(clientIds("054 123")).containsExactly(ruth);
        assertThat(clientIds("nobody")).isEmpty();
        JsonNode page = search("/api/v1/search/clients", "dan", "&page_size=1");
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("first_name").asText()).isIn("Dana", "Daniël");
    }

    @Test
    void notesAreFoundByWholeWordsOfTheirText() {
        assertThat(noteIds("back PAIN")).containsExactly(note);
        assertThat(noteIds("stretching")).containsExactly(note);
        assertThat(noteIds("stretch")).as("notes match whole words").isEmpty();
        assertThat(noteIds("back elbow")).isEmpty();
        assertThat(search("/api/v1/search/notes", "running", "")
                        .get("items")
                        .get(0)
                        .get("subjective")
                        .asText())
                .isEqualTo("Lower back pain after running");
    }

    @Test
    void anotherPracticeFindsNothingOfThisOne() {
        Actor other = StackFixture.newPractice(
                "Other Search " + UUID.randomUUID().toString().substring(0, 8));
        Api otherQueries = StackFixture.queries(other).withHeader("X-Consistency-Position", Long.toString(position));
        assertThat(otherQueries.get("/api/v1/search/clients?q=dan").json().get("items"))
                .isEmpty();
        assertThat(otherQueries.get("/api/v1/search/notes?q=back").json().get("items"))
                .isEmpty();
    }

    @Test
    void aQueryWithoutAWordIsRefusedAndNoQueryIsRecordedOrLogged() throws Exception {
        assertThat(queries.get("/api/v1/search/clients?q=a").status()).isBetween(400, 422);
        assertThat(queries.get("/api/v1/search/clients").status()).isBetween(400, 422);
        assertThat(queries.get("/api/v1/search/notes?q=" + "x".repeat(300)).status())
                .isBetween(400, 422);
        String marker = "Zebulonquery" + UUID.randomUUID().toString().substring(0, 6);
        try (LogCapture logs = new LogCapture()) {
            assertThat(queries.get("/api/v1/search/clients?q=" + marker).status())
                    .isEqualTo(200);
            assertThat(queries.get("/api/v1/search/notes?q=" + marker).status()).isEqualTo(200);
            Api.Response tooLong = queries.get("/api/v1/search/notes?q=" + marker + "x".repeat(200));
            assertThat(tooLong.status()).isEqualTo(422);
            assertThat(tooLong.body()).doesNotContainIgnoringCase(marker);
            assertThat(logs.events())
                    .allSatisfy(event -> assertThat(LogCapture.fullText(event)).doesNotContainIgnoringCase(marker));
        }
        assertThat(StackFixture.count(
                        "audit_events WHERE workspace_id = '" + owner.workspaceId() + "' AND resource_type = 'Client'"))
                .isPositive();
        assertThat(StackFixture.count("audit_events WHERE audit_events::text ILIKE '%" + marker + "%'"))
                .isZero();
        assertThat(StackFixture.count("event_store.domain_event_entry WHERE payload ILIKE '%" + marker + "%'"))
                .isZero();
    }

    @Test
    void theTokenTableHoldsNoPlaintext() throws Exception {
        search("/api/v1/search/clients", "dan", "");
        assertThat(StackFixture.count("search_tokens WHERE workspace_id = '" + owner.workspaceId() + "'"))
                .isGreaterThan(20);
        assertThat(StackFixture.count("search_tokens WHERE octet_length(token) <> 12"))
                .isZero();
        for (String word : List.of("dan", "dana", "levi", "daniel", "back", "pain", "0541234567", "example")) {
            assertThat(StackFixture.count("search_tokens WHERE position(convert_to('" + word
                            + "', 'UTF8') in token) > 0" + " AND workspace_id = '" + owner.workspaceId() + "'"))
                    .as(word)
                    .isZero();
        }
    }

    @Test
    void erasingAClientRemovesItsTokensAndItsNotesTokens() throws Exception {
        String erin = commands.post("/api/v1/clients", Map.of("first_name", "Erinna", "last_name", "Gone"))
                .id();
        String erinNote = commands.post(
                        "/api/v1/sessions",
                        Map.of(
                                "client_id",
                                erin,
                                "session_date",
                                "2026-01-06T10:00:00Z",
                                "subjective",
                                "Quokkaword symptoms"))
                .id();
        Api.Response erased = commands.post("/api/v1/clients/" + erin + "/erase", Map.of("confirm", erin));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        position = Math.max(position, erased.position());
        assertThat(clientIds("erinna")).isEmpty();
        assertThat(noteIds("quokkaword")).isEmpty();
        assertThat(StackFixture.count("search_tokens WHERE record_id IN ('" + erin + "', '" + erinNote + "')"))
                .isZero();
    }

    @Test
    void aPurgedNotesTokensGoAndADeletedNoteIsNotFound() throws Exception {
        String other = commands.post(
                        "/api/v1/sessions",
                        Map.of(
                                "client_id",
                                ruth,
                                "session_date",
                                "2026-01-07T10:00:00Z",
                                "subjective",
                                "Wallabyword and more"))
                .id();
        Api.Response deleted = commands.delete("/api/v1/sessions/" + other);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        position = Math.max(position, deleted.position());
        assertThat(noteIds("wallabyword")).as("a deleted note is not found").isEmpty();
        assertThat(StackFixture.count("search_tokens WHERE record_id = '" + other + "'"))
                .isPositive();
        Api.Response purged = commands.send("DELETE", "/api/v1/sessions/" + other + "/permanent", null);
        assertThat(purged.status()).as(purged.toString()).isEqualTo(200);
        position = Math.max(position, purged.position());
        assertThat(noteIds("wallabyword")).isEmpty();
        assertThat(StackFixture.count("search_tokens WHERE record_id = '" + other + "'"))
                .isZero();
    }

    @Test
    void rotatingTheSearchKeyRebuildsTheTokensWithProgressAndRetiresTheOldKey() throws Exception {
        List<String> keyOwnersBefore = keyOwners();
        assertThat(keyOwnersBefore).hasSize(1);
        Api assistant = StackFixture.queries(StackFixture.addAssistant(owner));
        assertThat(assistant.post("/api/v1/search-key/rotation", null).status()).isEqualTo(403);

        Api.Response started = queries.post("/api/v1/search-key/rotation", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode status = started.json();
        for (int i = 0; i < 300 && !status.get("state").asText().equals("COMPLETED"); i++) {
            Thread.sleep(100);
            status = queries.get("/api/v1/search-key/rotation").json();
        }
        assertThat(status.get("state").asText()).as(status.toString()).isEqualTo("COMPLETED");
        assertThat(status.get("done").asLong()).isGreaterThanOrEqualTo(4);

        List<String> keyOwnersAfter = keyOwners();
        assertThat(keyOwnersAfter).hasSize(1).doesNotContainAnyElementsOf(keyOwnersBefore);
        assertThat(StackFixture.count("key_vault.data_keys WHERE owner_id = '" + keyOwnersBefore.get(0)
                        + "' AND destroyed_at IS NOT NULL"))
                .isOne();
        assertThat(StackFixture.count(
                        "search_tokens WHERE workspace_id = '" + owner.workspaceId() + "' AND key_generation <> 2"))
                .isZero();
        assertThat(clientIds("dan")).containsExactlyInAnyOrder(dana, daniel);
        assertThat(noteIds("pain")).containsExactly(note);
    }

    private static List<String> keyOwners() throws Exception {
        List<String> owners = new ArrayList<>();
        try (Connection db = StackFixture.database();
                PreparedStatement statement =
                        db.prepareStatement("SELECT key_owner FROM key_vault.search_keys WHERE workspace_id = ?")) {
            statement.setObject(1, owner.workspaceId().value());
            ResultSet rs = statement.executeQuery();
            while (rs.next()) {
                owners.add(rs.getString(1));
            }
        }
        return owners;
    }

    private static List<String> clientIds(String query) {
        return search("/api/v1/search/clients", query, "").get("items").findValuesAsText("id");
    }

    private static List<String> noteIds(String query) {
        return search("/api/v1/search/notes", query, "").get("items").findValuesAsText("id");
    }

    private static JsonNode search(String path, String query, String more) {
        Api.Response response = queries.withHeader("X-Consistency-Position", Long.toString(position))
                .get(path + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + more);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
