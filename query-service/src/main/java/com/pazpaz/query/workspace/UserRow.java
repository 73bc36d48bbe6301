package com.pazpaz.query.workspace;

import com.pazpaz.query.common.InsertableRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A row of {@code users} (schema.md §2.2). Staff data, not patient data: plaintext as documented. */
@Entity
@Table(name = "users")
class UserRow extends InsertableRow {

    @Id
    private UUID id;
    private UUID workspaceId;
    private String email;
    private String fullName;
    private String role;
    private boolean isActive;
    private Instant createdAt;
    private Instant updatedAt;

    protected UserRow() {
    }

    UserRow(UUID id, UUID workspaceId, String email, String fullName, String role, Instant createdAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.email = email;
        this.fullName = fullName;
        this.role = role;
        this.isActive = true;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
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

    void changeRole(String newRole, Instant at) {
        role = newRole;
        updatedAt = at;
    }

    void setActive(boolean active, Instant at) {
        isActive = active;
        updatedAt = at;
    }

    UserView view() {
        return new UserView(id, workspaceId, email, fullName, role.toLowerCase(Locale.ROOT), isActive, createdAt,
                updatedAt);
    }
}
