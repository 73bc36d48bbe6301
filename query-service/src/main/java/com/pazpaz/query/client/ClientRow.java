package com.pazpaz.query.client;

import com.pazpaz.kernel.client.ClientDetails;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.query.common.Columns;
import com.pazpaz.query.common.InsertableRow;
import com.pazpaz.query.common.RowTable;
import com.pazpaz.query.common.TableColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code clients} (schema.md §2.3). The bytea columns hold the ciphertext exactly as the events carry
 * it; {@code notes} (text) holds the base64 form of the same layout. {@code tags_encrypted} (V146, not in schema.md)
 * holds the tags as one ciphertext.
 */
@Entity
@Table(name = "clients")
class ClientRow extends InsertableRow {

    /** How the projection writes and reads the table (JDBC, many rows per statement). */
    static final RowTable<ClientRow> TABLE = new RowTable<>(
            "clients",
            List.of(
                    TableColumn.uuid("id", r -> r.id),
                    TableColumn.uuid("workspace_id", r -> r.workspaceId),
                    TableColumn.bool("consent_status", r -> r.consentStatus),
                    TableColumn.text("notes", r -> r.notes),
                    TableColumn.textArray("tags", "varchar(100)[]", r -> r.tags),
                    TableColumn.instant("created_at", r -> r.createdAt),
                    TableColumn.instant("updated_at", r -> r.updatedAt),
                    TableColumn.bool("is_active", r -> r.isActive),
                    TableColumn.bytes("first_name", r -> r.firstName),
                    TableColumn.bytes("last_name", r -> r.lastName),
                    TableColumn.bytes("email", r -> r.email),
                    TableColumn.bytes("phone", r -> r.phone),
                    TableColumn.bytes("address", r -> r.address),
                    TableColumn.bytes("medical_history", r -> r.medicalHistory),
                    TableColumn.bytes("emergency_contact_name", r -> r.emergencyContactName),
                    TableColumn.bytes("emergency_contact_phone", r -> r.emergencyContactPhone),
                    TableColumn.bytes("date_of_birth", r -> r.dateOfBirth),
                    TableColumn.bytes("tags_encrypted", r -> r.tagsEncrypted)),
            ClientRow::read,
            ClientRowEvolution::changes,
            ClientRowEvolution::apply,
            List.of());

    @Id
    private UUID id;

    private UUID workspaceId;
    private boolean consentStatus;
    private String notes;

    /** The documented plaintext column: only tags last set by an event from before tags were encrypted. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(100)[]")
    private String[] tags;

    private Instant createdAt;
    private Instant updatedAt;
    private boolean isActive;
    private byte[] firstName;
    private byte[] lastName;
    private byte[] email;
    private byte[] phone;
    private byte[] address;
    private byte[] medicalHistory;
    private byte[] emergencyContactName;
    private byte[] emergencyContactPhone;
    private byte[] dateOfBirth;
    private byte[] tagsEncrypted;

    protected ClientRow() {}

    ClientRow(UUID id, UUID workspaceId, boolean active, Instant createdAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.isActive = active;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    private static ClientRow read(ResultSet rs) throws SQLException {
        ClientRow row =
                new ClientRow(Columns.uuid(rs, 1), Columns.uuid(rs, 2), rs.getBoolean(8), Columns.instant(rs, 6));
        row.consentStatus = rs.getBoolean(3);
        row.notes = rs.getString(4);
        row.tags = Columns.texts(rs, 5);
        row.updatedAt = Columns.instant(rs, 7);
        row.firstName = rs.getBytes(9);
        row.lastName = rs.getBytes(10);
        row.email = rs.getBytes(11);
        row.phone = rs.getBytes(12);
        row.address = rs.getBytes(13);
        row.medicalHistory = rs.getBytes(14);
        row.emergencyContactName = rs.getBytes(15);
        row.emergencyContactPhone = rs.getBytes(16);
        row.dateOfBirth = rs.getBytes(17);
        row.tagsEncrypted = rs.getBytes(18);
        return row;
    }

    void apply(ClientDetails details, Instant at) {
        firstName = bytes(details.firstName());
        lastName = bytes(details.lastName());
        email = bytes(details.email());
        phone = bytes(details.phone());
        address = bytes(details.address());
        medicalHistory = bytes(details.medicalHistory());
        emergencyContactName = bytes(details.emergencyContactName());
        emergencyContactPhone = bytes(details.emergencyContactPhone());
        dateOfBirth = bytes(details.dateOfBirth());
        notes = details.notes() == null ? null : details.notes().base64();
        consentStatus = details.consentStatus();
        tagsEncrypted = bytes(details.tags());
        tags = details.legacyTags() == null ? null : details.legacyTags().toArray(String[]::new);
        updatedAt = at;
    }

    /**
     * An erased client's tags go: the ciphertext is unreadable anyway, and plaintext tags from before tags were
     * encrypted are not kept in the read row (the old events still hold them, decision 262).
     */
    void forgetTags(Instant at) {
        tags = null;
        tagsEncrypted = null;
        updatedAt = at;
    }

    void setActive(boolean active, Instant at) {
        isActive = active;
        updatedAt = at;
    }

    private static byte[] bytes(EncryptedValue value) {
        return value == null ? null : value.bytes();
    }

    private static EncryptedValue value(byte[] bytes) {
        return bytes == null ? null : EncryptedValue.of(bytes);
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID workspaceId() {
        return workspaceId;
    }

    boolean consentStatus() {
        return consentStatus;
    }

    EncryptedValue notes() {
        return notes == null ? null : EncryptedValue.fromBase64(notes);
    }

    String[] legacyTags() {
        return tags;
    }

    EncryptedValue tagsEncrypted() {
        return value(tagsEncrypted);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    boolean isActive() {
        return isActive;
    }

    EncryptedValue firstName() {
        return value(firstName);
    }

    EncryptedValue lastName() {
        return value(lastName);
    }

    EncryptedValue email() {
        return value(email);
    }

    EncryptedValue phone() {
        return value(phone);
    }

    EncryptedValue address() {
        return value(address);
    }

    EncryptedValue medicalHistory() {
        return value(medicalHistory);
    }

    EncryptedValue emergencyContactName() {
        return value(emergencyContactName);
    }

    EncryptedValue emergencyContactPhone() {
        return value(emergencyContactPhone);
    }

    EncryptedValue dateOfBirth() {
        return value(dateOfBirth);
    }
}
