package com.pazpaz.query.workspace;

import com.pazpaz.kernel.crypto.EncryptedValue;
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

/**
 * A row of {@code users} (schema.md §2.2). The name and e-mail are ciphertext in {@code full_name_encrypted} and
 * {@code email_encrypted}, exactly as the events carry them, and the documented columns hold a marker (decision
 * 265); only users of revision-1 events have their plaintext there. An erased user has neither.
 */
@Entity
@Table(name = "users")
class UserRow extends InsertableRow {

    /** How the projection writes and reads the table. */
    static final RowTable<UserRow> TABLE = new RowTable<>(
            "users",
            List.of(
                    TableColumn.uuid("id", r -> r.id),
                    TableColumn.uuid("workspace_id", r -> r.workspaceId),
                    TableColumn.text("email", r -> r.email),
                    TableColumn.text("full_name", r -> r.fullName),
                    TableColumn.text("role", r -> r.role),
                    TableColumn.bool("is_active", r -> r.isActive),
                    TableColumn.instant("created_at", r -> r.createdAt),
                    TableColumn.instant("updated_at", r -> r.updatedAt),
                    TableColumn.bytes("email_encrypted", r -> r.emailEncrypted),
                    TableColumn.bytes("full_name_encrypted", r -> r.fullNameEncrypted),
                    TableColumn.instant("erased_at", r -> r.erasedAt)),
            UserRow::read,
            UserRowEvolution::changes,
            UserRowEvolution::apply,
            List.of());

    private static final String ENCRYPTED = "encrypted";
    private static final String ERASED = "erased";

    @Id
    private UUID id;

    private UUID workspaceId;
    private String email;
    private String fullName;
    private String role;
    private boolean isActive;
    private Instant createdAt;
    private Instant updatedAt;
    private byte[] emailEncrypted;
    private byte[] fullNameEncrypted;
    private Instant erasedAt;

    protected UserRow() {}

    private UserRow(UUID id, UUID workspaceId, String role, Instant createdAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.role = role;
        this.isActive = true;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** A new user whose e-mail and name the event carries encrypted. */
    static UserRow encrypted(
            UUID id, UUID workspaceId, EncryptedValue email, EncryptedValue fullName, String role, Instant at) {
        UserRow row = new UserRow(id, workspaceId, role, at);
        row.email = ENCRYPTED + ":" + id;
        row.fullName = ENCRYPTED;
        row.emailEncrypted = email.bytes();
        row.fullNameEncrypted = fullName.bytes();
        return row;
    }

    /** A new user of a revision-1 event, which carries the e-mail and name in plaintext. */
    static UserRow plaintext(UUID id, UUID workspaceId, String email, String fullName, String role, Instant at) {
        UserRow row = new UserRow(id, workspaceId, role, at);
        row.email = email;
        row.fullName = fullName;
        return row;
    }

    private static UserRow read(ResultSet rs) throws SQLException {
        UserRow row = new UserRow(Columns.uuid(rs, 1), Columns.uuid(rs, 2), rs.getString(5), Columns.instant(rs, 7));
        row.email = rs.getString(3);
        row.fullName = rs.getString(4);
        row.isActive = rs.getBoolean(6);
        row.updatedAt = Columns.instant(rs, 8);
        row.emailEncrypted = rs.getBytes(9);
        row.fullNameEncrypted = rs.getBytes(10);
        row.erasedAt = Columns.instant(rs, 11);
        return row;
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID workspaceId() {
        return workspaceId;
    }

    String role() {
        return role;
    }

    boolean isActive() {
        return isActive;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    boolean isErased() {
        return erasedAt != null;
    }

    boolean isEncrypted() {
        return emailEncrypted != null;
    }

    EncryptedValue emailEncrypted() {
        return emailEncrypted == null ? null : EncryptedValue.of(emailEncrypted);
    }

    EncryptedValue fullNameEncrypted() {
        return fullNameEncrypted == null ? null : EncryptedValue.of(fullNameEncrypted);
    }

    /** The plaintext e-mail of a user of a revision-1 event; a marker for any other user. */
    String plaintextEmail() {
        return email;
    }

    /** The plaintext name of a user of a revision-1 event; a marker for any other user. */
    String plaintextFullName() {
        return fullName;
    }

    void changeRole(String newRole, Instant at) {
        role = newRole;
        updatedAt = at;
    }

    void setActive(boolean active, Instant at) {
        isActive = active;
        updatedAt = at;
    }

    /** Nothing of the name and e-mail stays, not even their ciphertext; the id, role and times do. */
    void erase(Instant at) {
        email = ERASED + ":" + id;
        fullName = ERASED;
        emailEncrypted = null;
        fullNameEncrypted = null;
        isActive = false;
        erasedAt = at;
        updatedAt = at;
    }
}
