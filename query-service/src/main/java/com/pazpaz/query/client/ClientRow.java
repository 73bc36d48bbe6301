package com.pazpaz.query.client;

import com.pazpaz.kernel.client.ClientDetails;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.query.common.InsertableRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code clients} (schema.md §2.3). The bytea columns hold the ciphertext exactly as the events carry
 * it; {@code notes} (text) holds the base64 form of the same layout.
 */
@Entity
@Table(name = "clients")
class ClientRow extends InsertableRow {

    @Id
    private UUID id;
    private UUID workspaceId;
    private boolean consentStatus;
    private String notes;
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

    protected ClientRow() {
    }

    ClientRow(UUID id, UUID workspaceId, boolean active, Instant createdAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.isActive = active;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
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
        tags = details.tags() == null ? null : details.tags().toArray(String[]::new);
        updatedAt = at;
    }

    void touch(Instant at) {
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

    String[] tags() {
        return tags;
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
