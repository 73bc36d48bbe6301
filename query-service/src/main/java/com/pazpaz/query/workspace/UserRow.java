package com.pazpaz.query.workspace;

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
import java.util.Locale;
import java.util.UUID;

/** A row of {@code users} (schema.md §2.2). Staff data, not patient data: plaintext as documented. */
@Entity
@Table(name = "users")
class UserRow extends InsertableRow {

    /** How the projection writes and reads the table. */
    static final RowTable<UserRow> TABLE = new RowTable<>(
            "users",
            List.of(
                    TableColumn.uuid("id", r -> r.id), TableColumn.uuid("workspace_id", r -> r.workspaceId),
                    TableColumn.text("email", r -> r.email), TableColumn.text("full_name", r -> r.fullName),
                    TableColumn.text("role", r -> r.role), TableColumn.bool("is_active", r -> r.isActive),
                    TableColumn.instant("created_at", r -> r.createdAt),
                            TableColumn.instant("updated_at", r -> r.updatedAt)),
            UserRow::read,
            UserRowEvolution::changes,
            UserRowEvolution::apply,
            List.of());

    @Id
    private UUID id;

    private UUID workspaceId;
    private String email;
    private String fullName;
    private String role;
    private boolean isActive;
    private Instant createdAt;
    private Instant updatedAt;

    protected UserRow() {}

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

    private static UserRow read(ResultSet rs) throws SQLException {
        UserRow row = new UserRow(
                Columns.uuid(rs, 1),
                Columns.uuid(rs, 2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                Columns.instant(rs, 7));
        row.isActive = rs.getBoolean(6);
        row.updatedAt = Columns.instant(rs, 8);
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

    void changeRole(String newRole, Instant at) {
        role = newRole;
        updatedAt = at;
    }

    void setActive(boolean active, Instant at) {
        isActive = active;
        updatedAt = at;
    }

    UserView view() {
        return new UserView(
                id, workspaceId, email, fullName, role.toLowerCase(Locale.ROOT), isActive, createdAt, updatedAt);
    }
}
