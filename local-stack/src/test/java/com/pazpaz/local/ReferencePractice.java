package com.pazpaz.local;

import com.pazpaz.importer.ReferenceImporter;
import com.pazpaz.importer.ReferenceKeys;
import com.pazpaz.importer.ReferenceObjects;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import com.pazpaz.local.demo.DemoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * One practice as the reference implementation holds it (docs/import.md): its rows in a reference-shaped database,
 * PHI encrypted the reference's way (legacy and versioned layouts), its attachment objects in a copied bucket
 * directory, and its own audit trail. Fresh ids for each instance, so several tests can import one each.
 */
final class ReferencePractice {

    static final byte[] MASTER = new byte[32];
    static final byte[] V1 = new byte[32];
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

    static final Instant OPENED = Instant.parse("2025-03-01T09:00:00Z");
    static final Instant VISIT = Instant.parse("2025-06-02T10:00:00Z");
    static final Instant FINALIZED = Instant.parse("2025-06-02T12:00:00Z");
    static final Instant FIRST_AMENDMENT = Instant.parse("2025-06-03T08:00:00Z");
    static final Instant SECOND_AMENDMENT = Instant.parse("2025-06-04T08:00:00Z");
    static final Instant CLIENT_READ = Instant.parse("2025-06-05T08:00:00Z");
    /** When the reference promised to purge the deleted note: not this system's 30 days after its deletion. */
    static final Instant PURGE_PROMISED = Instant.parse("2025-07-20T00:00:00Z");

    /** The rows of each table a complete import of the practice brings in; the rows it refuses are not counted. */
    static final Map<String, Long> IMPORTED_ROWS = Map.of(
            "workspaces",
            1L,
            "users",
            2L,
            "services",
            1L,
            "locations",
            1L,
            "clients",
            2L,
            "appointments",
            2L,
            "sessions",
            3L,
            "session_attachments",
            3L,
            "audit_events",
            3L);

    final UUID workspace = UUID.randomUUID();
    final UUID owner = UUID.randomUUID();
    final UUID assistant = UUID.randomUUID();
    final UUID service = UUID.randomUUID();
    final UUID location = UUID.randomUUID();
    final UUID dana = UUID.randomUUID();
    final UUID yossi = UUID.randomUUID();
    final UUID completedVisit = UUID.randomUUID();
    final UUID overlappingVisit = UUID.randomUUID();
    final UUID cancelledVisit = UUID.randomUUID();
    final UUID amendedNote = UUID.randomUUID();
    final UUID draftNote = UUID.randomUUID();
    final UUID deletedNote = UUID.randomUUID();
    final UUID[] version = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
    /** A photo of the amended note. */
    final UUID notePhoto = UUID.randomUUID();
    /** A client's own file (an intake form). */
    final UUID intakeForm = UUID.randomUUID();
    /** Uploaded, then deleted in the reference. */
    final UUID deletedPhoto = UUID.randomUUID();
    /** Larger than the room the practice's quota leaves: reported, not imported. */
    final UUID overQuotaScan = UUID.randomUUID();
    /** Its object is missing from the bucket copy. */
    final UUID lostObject = UUID.randomUUID();

    final UUID readAudit = UUID.randomUUID();
    final UUID searchAudit = UUID.randomUUID();
    final UUID systemAudit = UUID.randomUUID();

    final byte[] photo = DemoFiles.png(32, 24, 3);
    final byte[] form = DemoFiles.pdf("INTAKE-FORM-REFERENCE");
    final byte[] smallPhoto = DemoFiles.png(2, 2, 5);
    final byte[] scan = DemoFiles.png(96, 96, 7);

    final ReferenceDatabase reference;
    final Path bucket;

    private ReferencePractice(ReferenceDatabase reference, Path bucket) {
        this.reference = reference;
        this.bucket = bucket;
    }

    /** A new reference database holding this practice, and its bucket copy. */
    static ReferencePractice create() throws Exception {
        ReferencePractice practice =
                new ReferencePractice(ReferenceDatabase.create(), Files.createTempDirectory("reference-bucket"));
        practice.fill();
        return practice;
    }

    ReferenceImporter importer() {
        return importer(reference.dataSource());
    }

    /** An importer reading the reference through {@code source} (e.g. one that fails part-way). */
    ReferenceImporter importer(DataSource source) {
        return new ReferenceImporter(StackFixture.stack().commandService(), source, keys(), bucket);
    }

    /** An importer reading the attachment objects from {@code objects} instead of the bucket copy. */
    ReferenceImporter importer(ReferenceObjects objects) {
        return new ReferenceImporter(StackFixture.stack().commandService(), reference.dataSource(), keys(), objects);
    }

    private static ReferenceKeys keys() {
        return ReferenceKeys.ofBase64(
                Base64.getEncoder().encodeToString(MASTER),
                Map.of("v1", Base64.getEncoder().encodeToString(V1)));
    }

    /** The owner's reads on query-service, answered once it has applied every event stored by now. */
    Api ownerReads() throws SQLException {
        Actor ownerActor = new Actor(UserId.of(owner), WorkspaceId.of(workspace), Role.OWNER);
        return StackFixture.queries(ownerActor)
                .withHeader(
                        "X-Consistency-Position",
                        StackFixture.single("SELECT max(global_index) FROM event_store.domain_event_entry"));
    }

    /** The quota: room for the photo, the form and the small photo, not for the scan. */
    long quota() {
        return photo.length + form.length + smallPhoto.length;
    }

    private void fill() throws Exception {
        reference.insert(
                "INSERT INTO workspaces (id, name, is_active, created_at, updated_at, storage_quota_bytes)"
                        + " VALUES (?, ?, true, ?, ?, ?)",
                workspace,
                "Imported Practice " + workspace,
                at(OPENED),
                at(OPENED),
                quota());
        user(owner, "owner", "Orly Owner");
        user(assistant, "assistant", "Avi Assistant");
        reference.insert(
                "INSERT INTO services (id, workspace_id, name, default_duration_minutes, is_active, created_at,"
                        + " updated_at) VALUES (?, ?, 'Massage 60', 60, true, ?, ?)",
                service,
                workspace,
                at(OPENED),
                at(OPENED));
        reference.insert(
                "INSERT INTO locations (id, workspace_id, name, location_type, address, is_active, created_at,"
                        + " updated_at) VALUES (?, ?, 'Main clinic', 'clinic', '1 Herzl St', true, ?, ?)",
                location,
                workspace,
                at(OPENED),
                at(OPENED));
        reference.insert(
                "INSERT INTO clients (id, workspace_id, consent_status, notes, tags, created_at, updated_at,"
                        + " first_name, last_name, date_of_birth, medical_history) VALUES (?, ?, true, 'Prefers mornings',"
                        + " ARRAY['vip']::varchar(100)[], ?, ?, ?, ?, ?, ?)",
                dana,
                workspace,
                at(OPENED),
                at(OPENED),
                legacy("Dana"),
                legacy("Levi"),
                legacy("1980-05-17"),
                legacy("Asthma"));
        reference.insert(
                "INSERT INTO clients (id, workspace_id, consent_status, created_at, updated_at, first_name,"
                        + " last_name, email) VALUES (?, ?, false, ?, ?, ?, ?, ?)",
                yossi,
                workspace,
                at(OPENED),
                at(OPENED.plusSeconds(1)),
                versioned("Yossi"),
                versioned("Cohen"),
                versioned("yossi@example.test"));
        appointment(completedVisit, dana, VISIT, "completed", 0);
        appointment(overlappingVisit, yossi, VISIT.plusSeconds(1800), "scheduled", 1);
        appointment(cancelledVisit, yossi, VISIT.plusSeconds(86_400), "cancelled", 2);
        reference.insert(
                "INSERT INTO sessions (id, workspace_id, client_id, appointment_id, created_by_user_id,"
                        + " subjective, plan, session_date, duration_minutes, is_draft, finalized_at, version, created_at,"
                        + " updated_at, amended_at, amendment_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 60, false, ?, 4, ?, ?,"
                        + " ?, 2)",
                amendedNote,
                workspace,
                dana,
                completedVisit,
                owner,
                versioned("Shoulder pain"),
                versioned("Rest, ice, exercises"),
                at(VISIT),
                at(FINALIZED),
                at(VISIT.plusSeconds(3600)),
                at(SECOND_AMENDMENT),
                at(SECOND_AMENDMENT));
        version(0, owner, FINALIZED, "Rest");
        version(1, assistant, FIRST_AMENDMENT, "Rest");
        version(2, owner, SECOND_AMENDMENT, "Rest and ice");
        reference.insert(
                "INSERT INTO sessions (id, workspace_id, client_id, created_by_user_id, subjective,"
                        + " session_date, is_draft, draft_last_saved_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?,"
                        + " true, ?, ?, ?)",
                draftNote,
                workspace,
                yossi,
                assistant,
                legacy("Headache"),
                at(VISIT),
                at(VISIT),
                at(VISIT.plusSeconds(10)),
                at(VISIT.plusSeconds(10)));
        reference.insert(
                "INSERT INTO sessions (id, workspace_id, client_id, created_by_user_id, subjective,"
                        + " session_date, is_draft, created_at, updated_at, deleted_at, deleted_reason, deleted_by_user_id,"
                        + " permanent_delete_after) VALUES (?, ?, ?, ?, ?, ?, true, ?, ?, ?, 'Duplicate', ?, ?)",
                deletedNote,
                workspace,
                dana,
                owner,
                versioned("Twice written"),
                at(VISIT),
                at(VISIT.plusSeconds(20)),
                at(VISIT.plusSeconds(30)),
                at(VISIT.plusSeconds(30)),
                owner,
                at(PURGE_PROMISED));
        attachment(notePhoto, amendedNote, dana, "shoulder_photo.png", photo, 1, null);
        attachment(intakeForm, null, dana, "intake_form.pdf", form, 2, null);
        attachment(deletedPhoto, amendedNote, dana, "blurred.png", smallPhoto, 3, FIRST_AMENDMENT);
        attachment(overQuotaScan, null, yossi, "scan.png", scan, 4, null);
        attachment(lostObject, null, yossi, "lost.pdf", null, 5, null);
        audit(
                readAudit,
                assistant,
                "client.read",
                "Client",
                dana,
                "READ",
                CLIENT_READ,
                "{\"method\": \"GET\", \"path\": \"/api/v1/clients/" + dana + "\", \"status_code\": 200}");
        // free text the reference wrote into its audit metadata (R-AUD-6): dropped, its key named
        audit(
                searchAudit,
                owner,
                "session.read",
                "Session",
                null,
                "READ",
                CLIENT_READ.plusSeconds(60),
                "{\"action\": \"search\", \"search_query\": \"Dana Levi shoulder\", \"results_count\": 1,"
                        + " \"client_id\": \"" + dana + "\", \"query_params\": {\"search\": \"Dana\"}}");
        audit(
                systemAudit,
                null,
                "session.delete",
                "Session",
                deletedNote,
                "DELETE",
                CLIENT_READ.plusSeconds(120),
                "{\"purge\": true, \"purge_reason\": \"30_day_grace_period_expired\", \"deletion_reason\":"
                        + " \"Patient asked (Dana)\"}");
    }

    private void user(UUID id, String role, String name) throws Exception {
        reference.insert(
                "INSERT INTO users (id, workspace_id, email, full_name, role, is_active, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, true, ?, ?)",
                id,
                workspace,
                role + "-" + id + "@practice.test",
                name,
                role,
                at(OPENED),
                at(OPENED));
    }

    private void appointment(UUID id, UUID client, Instant start, String status, int order) throws Exception {
        Instant created = OPENED.plusSeconds(60L * (order + 1));
        reference.insert(
                "INSERT INTO appointments (id, workspace_id, client_id, scheduled_start, scheduled_end,"
                        + " location_type, status, notes, created_at, updated_at, service_id, location_id) VALUES (?, ?, ?, ?,"
                        + " ?, 'clinic', ?, 'Bring the referral', ?, ?, ?, ?)",
                id,
                workspace,
                client,
                at(start),
                at(start.plusSeconds(3600)),
                status,
                at(created),
                at(created),
                service,
                location);
    }

    private void version(int index, UUID author, Instant at, String plan) throws Exception {
        reference.insert(
                "INSERT INTO session_versions (id, session_id, created_by_user_id, version_number, subjective,"
                        + " plan, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                version[index],
                amendedNote,
                author,
                index + 1,
                legacy("Shoulder pain"),
                versioned(plan),
                at(at));
    }

    /** A row and, unless {@code content} is null, its object in the bucket copy under the reference's key. */
    private void attachment(
            UUID id, UUID session, UUID client, String name, byte[] content, int order, Instant deletedAt)
            throws Exception {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String key = "workspaces/" + workspace + "/" + (session == null ? "clients/" + client : "sessions/" + session)
                + "/attachments/" + UUID.randomUUID() + "." + extension;
        if (content != null) {
            Path file = bucket.resolve(key);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        }
        String type = extension.equals("pdf") ? "application/pdf" : "image/png";
        reference.insert(
                "INSERT INTO session_attachments (id, session_id, workspace_id, uploaded_by_user_id,"
                        + " file_name, file_type, file_size_bytes, s3_key, created_at, deleted_at, client_id) VALUES (?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                session,
                workspace,
                assistant,
                name,
                type,
                content == null ? 100 : content.length,
                key,
                at(SECOND_AMENDMENT.plusSeconds(order)),
                deletedAt == null
                        ? null
                        : at(SECOND_AMENDMENT.plusSeconds(order).plusSeconds(30)),
                client);
    }

    private void audit(
            UUID id,
            UUID user,
            String type,
            String resourceType,
            UUID resourceId,
            String action,
            Instant at,
            String metadata)
            throws Exception {
        reference.insert(
                "INSERT INTO audit_events (id, workspace_id, user_id, event_type, resource_type, resource_id,"
                        + " action, ip_address, user_agent, metadata, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '10.0.0.7',"
                        + " 'Mozilla/5.0', ?::jsonb, ?)",
                id,
                workspace,
                user,
                type,
                resourceType,
                resourceId,
                action,
                metadata,
                at(at));
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

    /** Removes the bucket copy. */
    void deleteBucket() throws IOException {
        try (var files = Files.walk(bucket)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
