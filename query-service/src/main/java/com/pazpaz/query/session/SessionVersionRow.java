package com.pazpaz.query.session;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.session.SoapNote;
import com.pazpaz.query.common.InsertableRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code session_versions} (schema.md §2.9): a snapshot encrypted for this very row. */
@Entity
@Table(name = "session_versions")
class SessionVersionRow extends InsertableRow {

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

    protected SessionVersionRow() {
    }

    SessionVersionRow(UUID id, UUID sessionId, UUID createdBy, int versionNumber, SoapNote snapshot,
                      Instant createdAt) {
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
