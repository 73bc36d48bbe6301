package com.pazpaz.query.session;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.session.SoapField;
import com.pazpaz.kernel.session.SoapNote;
import com.pazpaz.query.common.Columns;
import com.pazpaz.query.common.InsertableRow;
import com.pazpaz.query.common.RowTable;
import com.pazpaz.query.common.TableColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A row of {@code sessions} (schema.md §2.7). The SOAP columns hold the events' ciphertext unchanged;
 * {@code deleted_reason} (text) holds the base64 form of its ciphertext. {@code version} counts as the
 * reference does (R-SES-5), which is not the record version used for If-Match.
 */
@Entity
@Table(name = "sessions")
class SessionRow extends InsertableRow {

    /**
     * How the projection writes and reads the table; a purged note takes its versions, files and goal-progress
     * entries with it.
     */
    static final RowTable<SessionRow> TABLE = new RowTable<>(
            "sessions",
            List.of(
                    TableColumn.uuid("id", r -> r.id),
                    TableColumn.uuid("workspace_id", r -> r.workspaceId),
                    TableColumn.uuid("client_id", r -> r.clientId),
                    TableColumn.uuid("appointment_id", r -> r.appointmentId),
                    TableColumn.uuid("created_by_user_id", r -> r.createdByUserId),
                    TableColumn.bytes("subjective", r -> r.subjective),
                    TableColumn.bytes("objective", r -> r.objective),
                    TableColumn.bytes("assessment", r -> r.assessment),
                    TableColumn.bytes("plan", r -> r.plan),
                    TableColumn.instant("session_date", r -> r.sessionDate),
                    TableColumn.int4("duration_minutes", r -> r.durationMinutes),
                    TableColumn.bool("is_draft", r -> r.isDraft),
                    TableColumn.instant("draft_last_saved_at", r -> r.draftLastSavedAt),
                    TableColumn.instant("finalized_at", r -> r.finalizedAt),
                    TableColumn.int4("version", r -> r.version),
                    TableColumn.instant("created_at", r -> r.createdAt),
                    TableColumn.instant("updated_at", r -> r.updatedAt),
                    TableColumn.instant("deleted_at", r -> r.deletedAt),
                    TableColumn.instant("amended_at", r -> r.amendedAt),
                    TableColumn.int4("amendment_count", r -> r.amendmentCount),
                    TableColumn.text("deleted_reason", r -> r.deletedReason),
                    TableColumn.uuid("deleted_by_user_id", r -> r.deletedByUserId),
                    TableColumn.instant("permanent_delete_after", r -> r.permanentDeleteAfter)),
            SessionRow::read,
            SessionRowEvolution::changes,
            SessionRowEvolution::apply,
            List.of(
                    "DELETE FROM session_attachments WHERE session_id = ?",
                    "DELETE FROM session_versions WHERE session_id = ?",
                    "DELETE FROM care_plan_goal_progress WHERE session_id = ?"));

    @Id
    private UUID id;

    private UUID workspaceId;
    private UUID clientId;
    private UUID appointmentId;
    private UUID createdByUserId;
    private byte[] subjective;
    private byte[] objective;
    private byte[] assessment;
    private byte[] plan;
    private Instant sessionDate;
    private Integer durationMinutes;
    private boolean isDraft;
    private Instant draftLastSavedAt;
    private Instant finalizedAt;
    private int version;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    private Instant amendedAt;
    private int amendmentCount;
    private String deletedReason;
    private UUID deletedByUserId;
    private Instant permanentDeleteAfter;

    protected SessionRow() {}

    SessionRow(UUID id, UUID workspaceId, UUID clientId, UUID appointmentId, UUID createdBy, Instant createdAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.clientId = clientId;
        this.appointmentId = appointmentId;
        this.createdByUserId = createdBy;
        this.isDraft = true;
        this.version = 1;
        this.createdAt = createdAt;
        this.draftLastSavedAt = createdAt;
        this.updatedAt = createdAt;
    }

    private static SessionRow read(ResultSet rs) throws SQLException {
        SessionRow row = new SessionRow(
                Columns.uuid(rs, 1),
                Columns.uuid(rs, 2),
                Columns.uuid(rs, 3),
                Columns.uuid(rs, 4),
                Columns.uuid(rs, 5),
                Columns.instant(rs, 16));
        row.subjective = rs.getBytes(6);
        row.objective = rs.getBytes(7);
        row.assessment = rs.getBytes(8);
        row.plan = rs.getBytes(9);
        row.sessionDate = Columns.instant(rs, 10);
        row.durationMinutes = Columns.integer(rs, 11);
        row.isDraft = rs.getBoolean(12);
        row.draftLastSavedAt = Columns.instant(rs, 13);
        row.finalizedAt = Columns.instant(rs, 14);
        row.version = rs.getInt(15);
        row.updatedAt = Columns.instant(rs, 17);
        row.deletedAt = Columns.instant(rs, 18);
        row.amendedAt = Columns.instant(rs, 19);
        row.amendmentCount = rs.getInt(20);
        row.deletedReason = rs.getString(21);
        row.deletedByUserId = Columns.uuid(rs, 22);
        row.permanentDeleteAfter = Columns.instant(rs, 23);
        return row;
    }

    void setContent(SoapNote soap, Instant date, Integer duration) {
        subjective = bytes(soap.subjective());
        objective = bytes(soap.objective());
        assessment = bytes(soap.assessment());
        plan = bytes(soap.plan());
        sessionDate = date;
        durationMinutes = duration;
    }

    void draftSaved(Instant at) {
        draftLastSavedAt = at;
        changed(at);
    }

    void finalized(Instant at) {
        finalizedAt = at;
        isDraft = false;
        changed(at);
    }

    void amended(Instant at, int count) {
        amendedAt = at;
        amendmentCount = count;
        changed(at);
    }

    void unfinalized(Instant at) {
        isDraft = true;
        finalizedAt = null;
        draftLastSavedAt = at;
        amendmentCount = 0;
        amendedAt = null;
        changed(at);
    }

    void softDeleted(UUID by, EncryptedValue reason, Instant at, Instant purgeAfter) {
        deletedAt = at;
        deletedByUserId = by;
        deletedReason = reason == null ? null : reason.base64();
        permanentDeleteAfter = purgeAfter;
        updatedAt = at;
    }

    void restored(Instant at) {
        deletedAt = null;
        deletedByUserId = null;
        deletedReason = null;
        permanentDeleteAfter = null;
        updatedAt = at;
    }

    /** Every change the reference counts in {@code version} (R-SES-5). */
    private void changed(Instant at) {
        version++;
        updatedAt = at;
    }

    private static byte[] bytes(EncryptedValue value) {
        return value == null ? null : value.bytes();
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID workspaceId() {
        return workspaceId;
    }

    UUID clientId() {
        return clientId;
    }

    UUID appointmentId() {
        return appointmentId;
    }

    UUID createdByUserId() {
        return createdByUserId;
    }

    /** The SOAP ciphertext that is present, keyed by field. */
    Map<SoapField, EncryptedValue> soap() {
        Map<SoapField, EncryptedValue> fields = new EnumMap<>(SoapField.class);
        put(fields, SoapField.SUBJECTIVE, subjective);
        put(fields, SoapField.OBJECTIVE, objective);
        put(fields, SoapField.ASSESSMENT, assessment);
        put(fields, SoapField.PLAN, plan);
        return fields;
    }

    private static void put(Map<SoapField, EncryptedValue> fields, SoapField field, byte[] value) {
        if (value != null) {
            fields.put(field, EncryptedValue.of(value));
        }
    }

    Instant sessionDate() {
        return sessionDate;
    }

    Integer durationMinutes() {
        return durationMinutes;
    }

    boolean isDraft() {
        return isDraft;
    }

    Instant draftLastSavedAt() {
        return draftLastSavedAt;
    }

    Instant finalizedAt() {
        return finalizedAt;
    }

    int version() {
        return version;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant deletedAt() {
        return deletedAt;
    }

    Instant amendedAt() {
        return amendedAt;
    }

    int amendmentCount() {
        return amendmentCount;
    }

    EncryptedValue deletedReason() {
        return deletedReason == null ? null : EncryptedValue.fromBase64(deletedReason);
    }

    UUID deletedByUserId() {
        return deletedByUserId;
    }

    Instant permanentDeleteAfter() {
        return permanentDeleteAfter;
    }
}
