package com.pazpaz.local;

import static com.pazpaz.local.ReferencePractice.CLIENT_READ;
import static com.pazpaz.local.ReferencePractice.FINALIZED;
import static com.pazpaz.local.ReferencePractice.FIRST_AMENDMENT;
import static com.pazpaz.local.ReferencePractice.PURGE_PROMISED;
import static com.pazpaz.local.ReferencePractice.SECOND_AMENDMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.importer.ImportReport;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A practice moves from the reference implementation (docs/import.md): a reference-shaped database built from its
 * DDL, its PHI encrypted the reference's way (legacy and versioned layouts), its attachment objects in a copied
 * bucket and its own audit trail ({@link ReferencePractice}), imported, then read back through this system's API,
 * with the same ids, texts, file bytes, authors and counts; a second run imports nothing.
 */
class ReferenceImportEndToEndTest {

    private static ReferencePractice practice;
    private static ImportReport firstRun;
    private static Api reads;

    @BeforeAll
    static void importAReferencePractice() throws Exception {
        practice = ReferencePractice.create();
        firstRun = practice.importer().run();
        reads = practice.ownerReads();
    }

    @AfterAll
    static void removeTheBucketCopy() throws Exception {
        practice.deleteBucket();
    }

    @Test
    void everyRowIsImportedOrReportedWithTheRuleItBroke() {
        assertThat(firstRun.imported()).containsExactlyInAnyOrderEntriesOf(ReferencePractice.IMPORTED_ROWS);
        assertThat(firstRun.skipped())
                .extracting(ImportReport.Skipped::referenceId)
                .containsExactlyInAnyOrder(practice.overlappingVisit, practice.overQuotaScan, practice.lostObject);
        assertThat(reasonFor(practice.overlappingVisit)).startsWith("scheduled: ");
        assertThat(reasonFor(practice.overQuotaScan)).startsWith("uploaded: Workspace storage quota exceeded");
        assertThat(reasonFor(practice.lostObject))
                .startsWith("uploaded: its object workspaces/")
                .endsWith("is not in the attachment directory");
        assertThat(firstRun.toString())
                .contains("session_attachments=3", "audit_events=3")
                .doesNotContain("lost.pdf", "scan.png");
    }

    private static String reasonFor(java.util.UUID referenceId) {
        return firstRun.skipped().stream()
                .filter(row -> row.referenceId().equals(referenceId))
                .findFirst()
                .orElseThrow()
                .reason();
    }

    @Test
    void filesComeAcrossByteForByteReEncryptedAndWithinTheQuota() throws Exception {
        JsonNode noteFiles = reads.get("/api/v1/sessions/" + practice.amendedNote + "/attachments")
                .json();
        assertThat(noteFiles.findValuesAsText("id")).containsExactly(practice.notePhoto.toString());
        JsonNode photo = noteFiles.get("items").get(0);
        assertThat(photo.get("file_name").asText()).isEqualTo("shoulder_photo.png");
        assertThat(Instant.parse(photo.get("created_at").asText())).isEqualTo(SECOND_AMENDMENT.plusSeconds(1));
        assertThat(download("/api/v1/sessions/" + practice.amendedNote + "/attachments/" + practice.notePhoto))
                .isEqualTo(practice.photo);
        JsonNode clientFiles =
                reads.get("/api/v1/clients/" + practice.dana + "/attachments").json();
        assertThat(clientFiles.findValuesAsText("id"))
                .containsExactlyInAnyOrder(practice.notePhoto.toString(), practice.intakeForm.toString());
        assertThat(download("/api/v1/clients/" + practice.dana + "/attachments/" + practice.intakeForm))
                .isEqualTo(practice.form);
        assertThat(reads.get("/api/v1/clients/" + practice.yossi + "/attachments")
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        // the deleted file counted while it lived; the quota is the reference's, the usage the live files'
        JsonNode storage = reads.get("/api/v1/workspaces/" + practice.workspace + "/storage")
                .json();
        assertThat(storage.get("quota_bytes").asLong()).isEqualTo(practice.quota());
        assertThat(storage.get("used_bytes").asLong()).isEqualTo(practice.photo.length + practice.form.length);
        for (java.nio.file.Path blob : blobsOfPractice()) {
            byte[] stored = java.nio.file.Files.readAllBytes(blob);
            assertThat(SampleFiles.contains(stored, "INTAKE-FORM-REFERENCE".getBytes()))
                    .as("plaintext blob")
                    .isFalse();
            assertThat(SampleFiles.contains(stored, "%PDF".getBytes())).isFalse();
        }
    }

    private static byte[] download(String attachment) {
        JsonNode link = reads.get(attachment + "/download").json();
        Api.Binary file = reads.fetch("GET", link.get("download_url").asText(), null);
        assertThat(file.status()).isEqualTo(200);
        return file.body();
    }

    private static java.util.List<java.nio.file.Path> blobsOfPractice() throws java.io.IOException {
        java.nio.file.Path directory =
                StackFixture.stack().blobDirectory().resolve("workspaces").resolve(practice.workspace.toString());
        try (var files = java.nio.file.Files.walk(directory)) {
            return files.filter(java.nio.file.Files::isRegularFile).toList();
        }
    }

    @Test
    void theReferencesAuditTrailIsImportedHistoryWithItsActorsTimesAndNoFreeText() throws Exception {
        String row = "audit_events WHERE id = '%s' AND workspace_id = '" + practice.workspace + "'";
        assertThat(StackFixture.single("SELECT user_id || ' ' || event_type || ' ' || resource_type || ' '"
                        + " || resource_id || ' ' || action || ' ' || ip_address FROM "
                        + row.formatted(practice.readAudit)))
                .isEqualTo(practice.assistant + " client.read Client " + practice.dana + " READ 10.0.0.7");
        assertThat(Instant.parse(StackFixture.single("SELECT to_char(created_at AT TIME ZONE 'UTC',"
                        + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM " + row.formatted(practice.readAudit))))
                .isEqualTo(CLIENT_READ);
        assertThat(StackFixture.single("SELECT metadata->>'imported_from' || ' ' || (metadata->>'path') FROM "
                        + row.formatted(practice.readAudit)))
                .isEqualTo("reference /api/v1/clients/" + practice.dana);
        String search = StackFixture.single("SELECT metadata::text FROM " + row.formatted(practice.searchAudit));
        assertThat(search)
                .contains("\"results_count\": 1", "search_query", "query_params")
                .doesNotContain("Dana", "shoulder");
        String system = StackFixture.single("SELECT coalesce(user_id::text, 'system') || ' ' || metadata::text FROM "
                + row.formatted(practice.systemAudit));
        assertThat(system)
                .startsWith("system ")
                .contains("30_day_grace_period_expired", "deletion_reason")
                .doesNotContain("Patient asked");
        assertThat(StackFixture.count("event_store.domain_event_entry WHERE payload_type LIKE '%AuditHistoryImported%'"
                        + " AND meta_data LIKE '%" + practice.workspace + "%' AND payload LIKE '%Dana%'"))
                .isZero();
    }

    @Test
    void clientsKeepTheirIdsAndReadTheSameThroughTheApi() {
        JsonNode dana = reads.get("/api/v1/clients/" + practice.dana).json();
        assertThat(dana.get("first_name").asText()).isEqualTo("Dana");
        assertThat(dana.get("last_name").asText()).isEqualTo("Levi");
        assertThat(dana.get("date_of_birth").asText()).isEqualTo("1980-05-17");
        assertThat(dana.get("medical_history").asText()).isEqualTo("Asthma");
        assertThat(dana.get("notes").asText()).isEqualTo("Prefers mornings");
        assertThat(dana.get("tags").get(0).asText()).isEqualTo("vip");
        JsonNode yossi = reads.get("/api/v1/clients/" + practice.yossi).json();
        assertThat(yossi.get("first_name").asText()).isEqualTo("Yossi");
        assertThat(yossi.get("email").asText()).isEqualTo("yossi@example.test");
    }

    @Test
    void anAmendedNoteKeepsEveryVersionWithItsAuthorsAndTimes() {
        JsonNode note = reads.get("/api/v1/sessions/" + practice.amendedNote).json();
        assertThat(note.get("plan").asText()).isEqualTo("Rest, ice, exercises");
        assertThat(note.get("amendment_count").asInt()).isEqualTo(2);
        assertThat(note.get("created_by_user_id").asText()).isEqualTo(practice.owner.toString());
        assertThat(Instant.parse(note.get("finalized_at").asText())).isEqualTo(FINALIZED);
        JsonNode versions = reads.get("/api/v1/sessions/" + practice.amendedNote + "/versions")
                .json();
        assertThat(versions.findValuesAsText("version_number")).containsExactly("3", "2", "1");
        assertThat(versions.findValuesAsText("plan")).containsExactly("Rest and ice", "Rest", "Rest");
        assertThat(versions.findValuesAsText("created_by_user_id"))
                .containsExactly(practice.owner.toString(), practice.assistant.toString(), practice.owner.toString());
        assertThat(versions.findValuesAsText("id"))
                .containsExactly(
                        practice.version[2].toString(), practice.version[1].toString(), practice.version[0].toString());
        assertThat(versions.findValuesAsText("created_at").stream().map(Instant::parse))
                .containsExactly(SECOND_AMENDMENT, FIRST_AMENDMENT, FINALIZED);
        JsonNode events = reads.get("/api/v1/sessions/" + practice.amendedNote + "/history")
                .json()
                .get("events");
        assertThat(events.findValuesAsText("event"))
                .containsExactly("SessionDraftCreated", "SessionFinalized", "SessionAmended", "SessionAmended");
        assertThat(events.get(2).get("reason").asText()).startsWith("Amended in the reference implementation");
    }

    @Test
    void draftsAndDeletedNotesComeAcrossAsTheyWere() {
        JsonNode draft = reads.get("/api/v1/sessions/" + practice.draftNote).json();
        assertThat(draft.get("is_draft").asBoolean()).isTrue();
        assertThat(draft.get("subjective").asText()).isEqualTo("Headache");
        assertThat(draft.get("created_by_user_id").asText()).isEqualTo(practice.assistant.toString());
        assertThat(reads.get("/api/v1/sessions/" + practice.deletedNote).status())
                .isEqualTo(404);
    }

    @Test
    void aDeletedNoteKeepsThePurgeDateTheReferencePromised() throws Exception {
        JsonNode listed = reads.get("/api/v1/sessions?include_deleted=true&client_id=" + practice.dana)
                .json()
                .get("items");
        JsonNode deleted = java.util.stream.StreamSupport.stream(listed.spliterator(), false)
                .filter(note -> note.get("id").asText().equals(practice.deletedNote.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(Instant.parse(deleted.get("permanent_delete_after").asText()))
                .isEqualTo(PURGE_PROMISED);
        assertThat(Instant.parse(StackFixture.single("SELECT payload::jsonb ->> 'permanentDeleteAfter'"
                        + " FROM event_store.domain_event_entry WHERE aggregate_identifier = '" + practice.deletedNote
                        + "' AND payload_type LIKE '%SessionSoftDeletedEvent'")))
                .isEqualTo(PURGE_PROMISED);
    }

    @Test
    void theReadTablesHoldTheSameCountsAsTheReference() throws Exception {
        String ofPractice = " WHERE workspace_id = '" + practice.workspace + "'";
        assertThat(StackFixture.count("users" + ofPractice)).isEqualTo(2);
        assertThat(StackFixture.count("services" + ofPractice)).isEqualTo(1);
        assertThat(StackFixture.count("locations" + ofPractice)).isEqualTo(1);
        assertThat(StackFixture.count("clients" + ofPractice)).isEqualTo(2);
        assertThat(StackFixture.count("appointments" + ofPractice))
                .as("one overlapping visit reported")
                .isEqualTo(2);
        assertThat(StackFixture.count("sessions" + ofPractice)).isEqualTo(3);
        assertThat(StackFixture.count("sessions" + ofPractice + " AND deleted_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(StackFixture.count("session_versions WHERE session_id = '" + practice.amendedNote + "'"))
                .isEqualTo(3);
        assertThat(StackFixture.count("session_attachments" + ofPractice))
                .as("over quota, object lost")
                .isEqualTo(3);
        assertThat(StackFixture.count("session_attachments" + ofPractice + " AND deleted_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(StackFixture.count("audit_events" + ofPractice + " AND id IN ('" + practice.readAudit + "', '"
                        + practice.searchAudit + "', '" + practice.systemAudit + "')"))
                .isEqualTo(3);
        assertThat(StackFixture.single("SELECT status FROM appointments WHERE id = '" + practice.cancelledVisit + "'"))
                .isEqualTo("CANCELLED");
    }

    @Test
    void importedEventsAreMarkedAndHoldNoPlaintext() throws Exception {
        String ofPractice = "event_store.domain_event_entry WHERE meta_data LIKE '%" + practice.workspace + "%'";
        // every event but the records of this test's own reads through the API
        assertThat(StackFixture.count(ofPractice + " AND payload_type NOT LIKE '%PhiAccessedEvent'"
                        + " AND meta_data NOT LIKE '%\"importedFrom\":\"reference\"%'"))
                .isZero();
        for (String plaintext : new String[] {"Dana", "Asthma", "Prefers mornings", "Rest and ice", "Headache"}) {
            assertThat(StackFixture.count(ofPractice + " AND payload LIKE '%" + plaintext + "%'"))
                    .isZero();
        }
        // the audit trail marks the imported history and keeps the reference's time of each act
        assertThat(reads.get("/api/v1/sessions/" + practice.amendedNote).status())
                .isEqualTo(200);
        assertThat(StackFixture.count("audit_events WHERE resource_id = '" + practice.amendedNote + "'"
                        + " AND metadata->>'imported_from' = 'reference' AND metadata->>'original_time' = '" + FINALIZED
                        + "'"))
                .isEqualTo(1);
    }

    @Test
    void aSecondRunImportsNothingTwice() throws Exception {
        long events = StackFixture.count("event_store.domain_event_entry");
        ImportReport second = practice.importer().run();
        assertThat(second.imported()).isEmpty();
        assertThat(second.alreadyImported())
                .containsEntry("sessions", 3L)
                .containsEntry("clients", 2L)
                .containsEntry("users", 2L)
                .containsEntry("session_attachments", 3L)
                .containsEntry("audit_events", 3L);
        assertThat(StackFixture.count("event_store.domain_event_entry")).isEqualTo(events);
    }
}
