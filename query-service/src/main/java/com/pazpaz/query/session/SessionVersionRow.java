package com.pazpaz.query.session;

import com.pazpaz.kernel.crypto.EncryptedValue;
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
import java.util.List;
import java.util.UUID;

/** A row of {@code session_versions} (schema.md §2.9): a snapshot encrypted for this very row. */
@Entity
@Table(name = "session_versions")
class SessionVersionRow extends InsertableRow {

    /** How the projection writes the table: versions are inserted, and deleted with their note or an unfinalize. */
    static final RowTable<SessionVersionRow> TABLE = RowTable.insertOnly(
            "session_versions",
            List.of(
                    TableColumn.uuid("id", r -> r.id),
                    TableColumn.uuid("session_id", r -> r.sessionId),
                    TableColumn.uuid("created_by_user_id", r -> r.createdByUserId),
                    TableColumn.int4("version_number", r -> r.versionNumber),
                    TableColumn.bytes("subjective", r -> r.subjective),
                    TableColumn.bytes("objective", r -> r.objective),
                    TableColumn.bytes("assessment", r -> r.assessment),
                    TableColumn.bytes("plan", r -> r.plan),
                    TableColumn.instant("created_at", r -> r.createdAt)),
            SessionVersionRow::read);

    @Id
    private UUID id;

    private UUID sessionId;
    private UUID createdByUserId;
    private int versionNumber;
    private byte[] subjective;
    private byte[] objective;
    private byte[] assessment;
    private byte[] plan;
    private Instant createdAt;

    protected SessionVersionRow() {}

    SessionVersionRow(
            UUID id, UUID sessionId, UUID createdBy, int versionNumber, SoapNote snapshot, Instant createdAt) {
        this.id = id;
        this.sessionId = sessionId;
        this.createdByUserId = createdBy;
        this.versionNumber = versionNumber;
        this.subjective = bytes(snapshot.subjective());
        this.objective = bytes(snapshot.objective());
        this.assessment = bytes(snapshot.assessment());
        this.plan = bytes(snapshot.plan());
        this.createdAt = createdAt;
    }

    private static SessionVersionRow read(ResultSet rs) throws SQLException {
        SessionVersionRow row = new SessionVersionRow();
        row.id = Columns.uuid(rs, 1);
        row.sessionId = Columns.uuid(rs, 2);
        row.createdByUserId = Columns.uuid(rs, 3);
        row.versionNumber = rs.getInt(4);
        row.subjective = rs.getBytes(5);
        row.objective = rs.getBytes(6);
        row.assessment = rs.getBytes(7);
        row.plan = rs.getBytes(8);
        row.createdAt = Columns.instant(rs, 9);
        return row;
    }

    private static byte[] bytes(EncryptedValue value) {
        return value == null ? null : value.bytes();
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID sessionId() {
        return sessionId;
    }

    UUID createdByUserId() {
        return createdByUserId;
    }

    int versionNumber() {
        return versionNumber;
    }

    SoapNote snapshot() {
        return new SoapNote(value(subjective), value(objective), value(assessment), value(plan));
    }

    Instant createdAt() {
        return createdAt;
    }

    private static EncryptedValue value(byte[] bytes) {
        return bytes == null ? null : EncryptedValue.of(bytes);
    }
}
