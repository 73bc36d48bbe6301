package com.pazpaz.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pazpaz.importer.ImportReport;
import com.pazpaz.importer.ReferenceImporter;
import com.pazpaz.importer.ReferenceKeys;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A practice moves from the reference implementation (docs/import.md): a reference-shaped database built from its
 * DDL, its PHI encrypted the reference's way (legacy and versioned layouts), imported, then read back through this
 * system's API, with the same ids, texts, authors and counts; a second run imports nothing.
 */
class ReferenceImportEndToEndTest {

    private static final byte[] MASTER = new byte[32];
    private static final byte[] V1 = new byte[32];
    private static final SecretKey MASTER_KEY;
    private static final SecretKey V1_KEY;

    static {
        for (int i = 0; i < 32; i++) {
            MASTER[i] = (byte) i;
            V1[i] = (byte) (100 + i);
        }
        MASTER_KEY = new SecretKeySpec(MASTER, "AES");
        V1_KEY = new SecretKeySpec(V1, "AES");
    }

    private static final UUID WORKSPACE = UUID.randomUUID();
    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID ASSISTANT = UUID.randomUUID();
    private static final UUID SERVICE = UUID.randomUUID();
    private static final UUID LOCATION = UUID.randomUUID();
    private static final UUID DANA = UUID.randomUUID();
    private static final UUID YOSSI = UUID.randomUUID();
    private static final UUID COMPLETED_VISIT = UUID.randomUUID();
    private static final UUID OVERLAPPING_VISIT = UUID.randomUUID();
    private static final UUID CANCELLED_VISIT = UUID.randomUUID();
    private static final UUID AMENDED_NOTE = UUID.randomUUID();
    private static final UUID DRAFT_NOTE = UUID.randomUUID();
    private static final UUID DELETED_NOTE = UUID.randomUUID();
    private static final UUID[] VERSION = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};

    private static final Instant OPENED = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant VISIT = Instant.parse("2025-06-02T10:00:00Z");
    private static final Instant FINALIZED = Instant.parse("2025-06-02T12:00:00Z");
    private static final Instant FIRST_AMENDMENT = Instant.parse("2025-06-03T08:00:00Z");
    private static final Instant SECOND_AMENDMENT = Instant.parse("2025-06-04T08:00:00Z");

    private static ReferenceDatabase reference;
    private static ImportReport firstRun;
    private static Api reads;

    @BeforeAll
    static void importAReferencePractice() throws Exception {
        reference = ReferenceDatabase.create();
        fillReference();
        firstRun = importer().run();
        long position = Long.parseLong(StackFixture.single("SELECT max(global_index) FROM event_store.domain_event_entry"));
        Actor owner = new Actor(UserId.of(OWNER), WorkspaceId.of(WORKSPACE), Role.OWNER);
        reads = StackFixture.queries(owner).withHeader("X-Consistency-Position", Long.toString(position));
    }

    @Test
    void everyRowIsImportedOrReportedWithTheRuleItBroke() {
        assertThat(firstRun.imported()).containsExactlyInAnyOrderEntriesOf(Map.of("workspaces", 1L, "users", 2L,
                "services", 1L, "locations", 1L, "clients", 2L, "appointments", 2L, "sessions", 3L));
        assertThat(firstRun.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.table()).isEqualTo("appointments");
            assertThat(skipped.referenceId()).isEqualTo(OVERLAPPING_VISIT);
            assertThat(skipped.reason()).startsWith("scheduled: ");
        });
    }

    @Test
    void clientsKeepTheirIdsAndReadTheSameThroughTheApi() {
        JsonNode dana = reads.get("/api/v1/clients/" + DANA).json();
        assertThat(dana.get("first_name").asText()).isEqualTo("Dana");
        assertThat(dana.get("last_name").asText()).isEqualTo("Levi");
        assertThat(dana.get("date_of_birth").asText()).isEqualTo("1980-05-17");
        assertThat(dana.get("medical_history").asText()).isEqualTo("Asthma");
        assertThat(dana.get("notes").asText()).isEqualTo("Prefers mornings");
        assertThat(dana.get("tags").get(0).asText()).isEqualTo("vip");
        JsonNode yossi = reads.get("/api/v1/clients/" + YOSSI).json();
        assertThat(yossi.get("first_name").asText()).isEqualTo("Yossi");
        assertThat(yossi.get("email").asText()).isEqualTo("yossi@example.test");
    }

    @Test
    void anAmendedNoteKeepsEveryVersionWithItsAuthorsAndTimes() {
        JsonNode note = reads.get("/api/v1/sessions/" + AMENDED_NOTE).json();
        assertThat(note.get("plan").asText()).isEqualTo("Rest, ice, exercises");
        assertThat(note.get("amendment_count").asInt()).isEqualTo(2);
        assertThat(note.get("created_by_user_id").asText()).isEqualTo(OWNER.toString());
        assertThat(Instant.parse(note.get("finalized_at").asText())).isEqualTo(FINALIZED);
        JsonNode versions = reads.get("/api/v1/sessions/" + AMENDED_NOTE + "/versions").json();
        assertThat(versions.findValuesAsText("version_number")).containsExactly("3", "2", "1");
        assertThat(versions.findValuesAsText("plan")).containsExactly("Rest and ice", "Rest", "Rest");
        assertThat(versions.findValuesAsText("created_by_user_id"))
                .containsExactly(OWNER.toString(), ASSISTANT.toString(), OWNER.toString());
        assertThat(versions.findValuesAsText("id")).containsExactly(VERSION[2].toString(), VERSION[1].toString(),
                VERSION[0].toString());
        assertThat(versions.findValuesAsText("created_at").stream().map(Instant::parse))
                .containsExactly(SECOND_AMENDMENT, FIRST_AMENDMENT, FINALIZED);
        JsonNode events = reads.get("/api/v1/sessions/" + AMENDED_NOTE + "/history").json().get("events");
        assertThat(events.findValuesAsText("event"))
                .containsExactly("SessionDraftCreated", "SessionFinalized", "SessionAmended", "SessionAmended");
        assertThat(events.get(2).get("reason").asText()).startsWith("Amended in the reference implementation");
    }

    @Test
    void draftsAndDeletedNotesComeAcrossAsTheyWere() {
        JsonNode draft = reads.get("/api/v1/sessions/" + DRAFT_NOTE).json();
        assertThat(draft.get("is_draft").asBoolean()).isTrue();
        assertThat(draft.get("subjective").asText()).isEqualTo("Headache");
        assertThat(draft.get("created_by_user_id").asText()).isEqualTo(ASSISTANT.toString());
        assertThat(reads.get("/api/v1/sessions/" + DELETED_NOTE).status()).isEqualTo(404);
    }

    @Test
    void theReadTablesHoldTheSameCountsAsTheReference() throws Exception {
        String ofPractice = " WHERE workspace_id = '" + WORKSPACE + "'";
        assertThat(StackFixture.count("users" + ofPractice)).isEqualTo(2);
        assertThat(StackFixture.count("services" + ofPractice)).isEqualTo(1);
        assertThat(StackFixture.count("locations" + ofPractice)).isEqualTo(1);
        assertThat(StackFixture.count("clients" + ofPractice)).isEqualTo(2);
        assertThat(StackFixture.count("appointments" + ofPractice)).as("one overlapping visit reported").isEqualTo(2);
        assertThat(StackFixture.count("sessions" + ofPractice)).isEqualTo(3);
        assertThat(StackFixture.count("sessions" + ofPractice + " AND deleted_at IS NOT NULL")).isEqualTo(1);
        assertThat(StackFixture.count("session_versions WHERE session_id = '" + AMENDED_NOTE + "'")).isEqualTo(3);
        assertThat(StackFixture.single("SELECT status FROM appointments WHERE id = '" + CANCELLED_VISIT + "'"))
                .isEqualTo("CANCELLED");
    }

    @Test
    void importedEventsAreMarkedAndHoldNoPlaintext() throws Exception {
        String ofPractice = "event_store.domain_event_entry WHERE meta_data LIKE '%" + WORKSPACE + "%'";
        assertThat(StackFixture.count(ofPractice + " AND meta_data NOT LIKE '%\"importedFrom\":\"reference\"%'"))
                .isZero();
        for (String plaintext : new String[] {"Dana", "Asthma", "Prefers mornings", "Rest and ice", "Headache"}) {
            assertThat(StackFixture.count(ofPractice + " AND payload LIKE '%" + plaintext + "%'")).isZero();
        }
        // the audit trail marks the imported history and keeps the reference's time of each act
        assertThat(reads.get("/api/v1/sessions/" + AMENDED_NOTE).status()).isEqualTo(200);
        assertThat(StackFixture.count("audit_events WHERE resource_id = '" + AMENDED_NOTE + "'"
                + " AND metadata->>'imported_from' = 'reference' AND metadata->>'original_time' = '" + FINALIZED + "'"))
                .isEqualTo(1);
    }

    @Test
    void aSecondRunImportsNothingTwice() throws Exception {
        long events = StackFixture.count("event_store.domain_event_entry");
        ImportReport second = importer().run();
        assertThat(second.imported()).isEmpty();
        assertThat(second.alreadyImported()).containsEntry("sessions", 3L).containsEntry("clients", 2L)
                .containsEntry("users", 2L);
        assertThat(StackFixture.count("event_store.domain_event_entry")).isEqualTo(events);
    }

    private static ReferenceImporter importer() {
        return new ReferenceImporter(StackFixture.stack().commandService(), reference.dataSource(),
                ReferenceKeys.ofBase64(Base64.getEncoder().encodeToString(MASTER),
                        Map.of("v1", Base64.getEncoder().encodeToString(V1))));
    }

    private static void fillReference() throws Exception {
        reference.insert("INSERT INTO workspaces (id, name, is_active, created_at, updated_at) VALUES (?, ?, true, ?, ?)",
                WORKSPACE, "Imported Practice " + WORKSPACE, at(OPENED), at(OPENED));
        user(OWNER, "owner", "Orly Owner");
        user(ASSISTANT, "assistant", "Avi Assistant");
        reference.insert("INSERT INTO services (id, workspace_id, name, default_duration_minutes, is_active, created_at,"
                + " updated_at) VALUES (?, ?, 'Massage 60', 60, true, ?, ?)", SERVICE, WORKSPACE, at(OPENED), at(OPENED));
        reference.insert("INSERT INTO locations (id, workspace_id, name, location_type, address, is_active, created_at,"
                + " updated_at) VALUES (?, ?, 'Main clinic', 'clinic', '1 Herzl St', true, ?, ?)", LOCATION, WORKSPACE,
                at(OPENED), at(OPENED));
        reference.insert("INSERT INTO clients (id, workspace_id, consent_status, notes, tags, created_at, updated_at,"
                + " first_name, last_name, date_of_birth, medical_history) VALUES (?, ?, true, 'Prefers mornings',"
                + " ARRAY['vip']::varchar(100)[], ?, ?, ?, ?, ?, ?)", DANA, WORKSPACE, at(OPENED), at(OPENED),
                legacy("Dana"), legacy("Levi"), legacy("1980-05-17"), legacy("Asthma"));
        reference.insert("INSERT INTO clients (id, workspace_id, consent_status, created_at, updated_at, first_name,"
                + " last_name, email) VALUES (?, ?, false, ?, ?, ?, ?, ?)", YOSSI, WORKSPACE, at(OPENED),
                at(OPENED.plusSeconds(1)), versioned("Yossi"), versioned("Cohen"), versioned("yossi@example.test"));
        appointment(COMPLETED_VISIT, DANA, VISIT, "completed", 0);
        appointment(OVERLAPPING_VISIT, YOSSI, VISIT.plusSeconds(1800), "scheduled", 1);
        appointment(CANCELLED_VISIT, YOSSI, VISIT.plusSeconds(86_400), "cancelled", 2);
        reference.insert("INSERT INTO sessions (id, workspace_id, client_id, appointment_id, created_by_user_id,"
                + " subjective, plan, session_date, duration_minutes, is_draft, finalized_at, version, created_at,"
                + " updated_at, amended_at, amendment_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 60, false, ?, 4, ?, ?,"
                + " ?, 2)", AMENDED_NOTE, WORKSPACE, DANA, COMPLETED_VISIT, OWNER, versioned("Shoulder pain"),
                versioned("Rest, ice, exercises"), at(VISIT), at(FINALIZED), at(VISIT.plusSeconds(3600)),
                at(SECOND_AMENDMENT), at(SECOND_AMENDMENT));
        version(0, OWNER, FINALIZED, "Rest");
        version(1, ASSISTANT, FIRST_AMENDMENT, "Rest");
        version(2, OWNER, SECOND_AMENDMENT, "Rest and ice");
        reference.insert("INSERT INTO sessions (id, workspace_id, client_id, created_by_user_id, subjective,"
                + " session_date, is_draft, draft_last_saved_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?,"
                + " true, ?, ?, ?)", DRAFT_NOTE, WORKSPACE, YOSSI, ASSISTANT, legacy("Headache"), at(VISIT),
                at(VISIT), at(VISIT.plusSeconds(10)), at(VISIT.plusSeconds(10)));
        reference.insert("INSERT INTO sessions (id, workspace_id, client_id, created_by_user_id, subjective,"
                + " session_date, is_draft, created_at, updated_at, deleted_at, deleted_reason, deleted_by_user_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, true, ?, ?, ?, 'Duplicate', ?)", DELETED_NOTE, WORKSPACE, DANA, OWNER,
                versioned("Twice written"), at(VISIT), at(VISIT.plusSeconds(20)), at(VISIT.plusSeconds(30)),
                at(VISIT.plusSeconds(30)), OWNER);
    }

    private static void user(UUID id, String role, String name) throws Exception {
        reference.insert("INSERT INTO users (id, workspace_id, email, full_name, role, is_active, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, true, ?, ?)", id, WORKSPACE, role + "-" + id + "@practice.test", name, role,
                at(OPENED), at(OPENED));
    }

    private static void appointment(UUID id, UUID client, Instant start, String status, int order) throws Exception {
        Instant created = OPENED.plusSeconds(60L * (order + 1));
        reference.insert("INSERT INTO appointments (id, workspace_id, client_id, scheduled_start, scheduled_end,"
                + " location_type, status, notes, created_at, updated_at, service_id, location_id) VALUES (?, ?, ?, ?,"
                + " ?, 'clinic', ?, 'Bring the referral', ?, ?, ?, ?)", id, WORKSPACE, client, at(start),
                at(start.plusSeconds(3600)), status, at(created), at(created), SERVICE, LOCATION);
    }

    private static void version(int index, UUID author, Instant at, String plan) throws Exception {
        reference.insert("INSERT INTO session_versions (id, session_id, created_by_user_id, version_number, subjective,"
                + " plan, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", VERSION[index], AMENDED_NOTE, author, index + 1,
                legacy("Shoulder pain"), versioned(plan), at(at));
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    private static byte[] legacy(String plaintext) {
        return ReferenceDatabase.encrypted(MASTER_KEY, "", plaintext);
    }

    private static byte[] versioned(String plaintext) {
        return ReferenceDatabase.encrypted(V1_KEY, "v1:", plaintext);
    }
}
