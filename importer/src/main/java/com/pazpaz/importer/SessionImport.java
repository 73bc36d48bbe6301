package com.pazpaz.importer;

import com.pazpaz.command.session.SessionFieldEncryptor;
import com.pazpaz.infra.crypto.FieldDecryptionException;
import com.pazpaz.infra.crypto.ReferenceCiphertextDecoder;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.session.AmendSessionCommand;
import com.pazpaz.kernel.session.CreateSessionCommand;
import com.pazpaz.kernel.session.DeleteSessionCommand;
import com.pazpaz.kernel.session.FinalizeSessionCommand;
import com.pazpaz.kernel.session.SessionPatch;
import com.pazpaz.kernel.session.SoapField;
import com.pazpaz.kernel.session.SoapNote;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Session notes with their history. The reference keeps snapshots (schema.md §2.9): version 1 is the text at
 * finalization, version k ≥ 2 the text just before amendment k−1, taken by its author at its time, and the
 * session row holds the text now. Replayed here as: create (with the text at finalization), finalize, then one
 * amendment per later snapshot and a last one to the current text, each with the reference's author and time;
 * then the soft delete, if any, with the reference's {@code permanent_delete_after}.
 */
final class SessionImport {

    private static final String TABLE = "sessions";
    /** The reference records no reason for an amendment; here every amendment states one (decision 193). */
    static final String AMENDMENT_REASON = "Amended in the reference implementation; imported without a reason";

    private final JdbcTemplate reference;
    private final ImportSteps steps;
    private final ReferenceCiphertextDecoder decoder;
    private final SessionFieldEncryptor encryptor;
    private final ImportedPractices practices;

    SessionImport(
            JdbcTemplate reference,
            ImportSteps steps,
            ReferenceCiphertextDecoder decoder,
            SessionFieldEncryptor encryptor,
            ImportedPractices practices) {
        this.reference = reference;
        this.steps = steps;
        this.decoder = decoder;
        this.encryptor = encryptor;
        this.practices = practices;
    }

    /** One snapshot of a note as the reference kept it (the current text has no id and number). */
    private record Snapshot(UUID id, UUID author, Instant at, Map<SoapField, String> soap) {}

    void importAll() {
        ReferenceTable.of(reference, steps, practices, TABLE).importEach(this::session);
    }

    private BooleanSupplier session(ReferenceTable.Row row) throws SQLException {
        UUID owner = row.owner();
        ResultSet rs = row.columns();
        Note note = new Note(
                row.id(),
                row.workspaceId(),
                ClientId.of(row.uuid("client_id")),
                row.uuid("appointment_id"),
                orOwner(row.uuid("created_by_user_id"), owner),
                row.time("session_date"),
                (Integer) rs.getObject("duration_minutes"),
                row.time("created_at"),
                row.time("finalized_at"),
                row.time("deleted_at"),
                orOwner(row.uuid("deleted_by_user_id"), owner),
                rs.getString("deleted_reason"),
                row.time("permanent_delete_after"));
        List<Snapshot> history;
        try {
            Snapshot current = new Snapshot(null, null, row.time("updated_at"), soap(rs));
            history = new ArrayList<>(versions(row.id(), owner));
            history.add(current);
        } catch (FieldDecryptionException e) {
            return row.skipped(e.getMessage());
        }
        return () -> create(row, note, history) && finalizeAndAmend(row, note, history) && delete(row, note);
    }

    /** What the reference says about a note besides its text. */
    private record Note(
            UUID id,
            UUID workspaceId,
            ClientId client,
            UUID appointmentId,
            UUID author,
            Instant sessionDate,
            Integer durationMinutes,
            Instant createdAt,
            Instant finalizedAt,
            Instant deletedAt,
            UUID deletedBy,
            String deletedReason,
            Instant permanentDeleteAfter) {

        SessionId sessionId() {
            return SessionId.of(id);
        }

        WorkspaceId workspace() {
            return WorkspaceId.of(workspaceId);
        }
    }

    private boolean create(ReferenceTable.Row row, Note note, List<Snapshot> history) {
        // a finalized note starts from its text at finalization; a draft from its current text
        Map<SoapField, String> first =
                (note.finalizedAt() == null ? history.get(history.size() - 1) : history.get(0)).soap();
        return row.run("created", note.author(), note.createdAt(), note.sessionId(), () -> {
            encryptor.createKeyFor(note.sessionId(), note.client());
            SoapNote soap = SoapNote.of(encryptor.forNote(note.sessionId(), note.client(), first));
            return new CreateSessionCommand(
                    note.sessionId(),
                    note.workspace(),
                    note.client(),
                    note.appointmentId(),
                    UserId.of(note.author()),
                    soap,
                    note.sessionDate(),
                    note.durationMinutes(),
                    note.createdAt());
        });
    }

    private boolean finalizeAndAmend(ReferenceTable.Row row, Note note, List<Snapshot> history) {
        if (note.finalizedAt() == null) {
            return true;
        }
        Snapshot atFinalization = history.get(0);
        UUID finalizer = atFinalization.author() == null ? note.author() : atFinalization.author();
        boolean done = row.run(
                "finalized",
                finalizer,
                note.finalizedAt(),
                note.sessionId(),
                () -> new FinalizeSessionCommand(
                        note.sessionId(),
                        note.workspace(),
                        UserId.of(finalizer),
                        versionId(atFinalization, note),
                        note.finalizedAt(),
                        null));
        // snapshot k (k >= 2) was taken by amendment k-1, whose new text is snapshot k+1 (or the current text)
        for (int k = 2; done && k < history.size(); k++) {
            Snapshot taken = history.get(k - 1);
            Snapshot after = history.get(k);
            int amendment = k - 1;
            UUID versionId = versionId(taken, note);
            done = row.run(
                    "amended-" + amendment,
                    taken.author(),
                    taken.at(),
                    note.sessionId(),
                    () -> new AmendSessionCommand(
                            note.sessionId(),
                            note.workspace(),
                            UserId.of(taken.author()),
                            new SessionPatch(
                                    encryptor.forNote(note.sessionId(), note.client(), after.soap()),
                                    null,
                                    false,
                                    null),
                            encryptor.amendmentReason(note.sessionId(), note.client(), versionId, AMENDMENT_REASON),
                            versionId,
                            taken.at(),
                            null));
        }
        return done;
    }

    private boolean delete(ReferenceTable.Row row, Note note) {
        if (note.deletedAt() == null) {
            return true;
        }
        return row.run(
                "deleted",
                note.deletedBy(),
                note.deletedAt(),
                note.sessionId(),
                () -> new DeleteSessionCommand(
                        note.sessionId(),
                        note.workspace(),
                        UserId.of(note.deletedBy()),
                        encryptor.deletionReason(note.sessionId(), note.client(), note.deletedReason()),
                        note.deletedAt(),
                        // the date the reference promised (decision 210); none recorded: this system's grace period
                        note.permanentDeleteAfter(),
                        null));
    }

    private List<Snapshot> versions(UUID sessionId, UUID owner) {
        return reference.query(
                "SELECT * FROM session_versions WHERE session_id = ? ORDER BY version_number",
                (rs, row) -> new Snapshot(
                        rs.getObject("id", UUID.class),
                        orOwner(rs.getObject("created_by_user_id", UUID.class), owner),
                        PracticeImport.time(rs, "created_at"),
                        soap(rs)),
                sessionId);
    }

    private Map<SoapField, String> soap(ResultSet rs) throws SQLException {
        Map<SoapField, String> soap = new EnumMap<>(SoapField.class);
        for (SoapField field : SoapField.values()) {
            soap.put(field, decoder.decode(rs.getBytes(field.column())));
        }
        return soap;
    }

    /** The reference's version id, kept as ours; a note finalized without a snapshot gets one from its id. */
    private UUID versionId(Snapshot snapshot, Note note) {
        return snapshot.id() != null
                ? snapshot.id()
                : UUID.nameUUIDFromBytes(("finalized:" + note.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static UUID orOwner(UUID user, UUID owner) {
        return user == null ? owner : user;
    }
}
