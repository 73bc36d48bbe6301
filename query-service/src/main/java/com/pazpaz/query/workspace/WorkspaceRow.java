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
import java.util.UUID;

/** A row of {@code workspaces} (schema.md §2.1). */
@Entity
@Table(name = "workspaces")
class WorkspaceRow extends InsertableRow {

    /** How the projection writes and reads the table. */
    static final RowTable<WorkspaceRow> TABLE = new RowTable<>(
            "workspaces",
            List.of(
                    TableColumn.uuid("id", r -> r.id),
                    TableColumn.text("name", r -> r.name),
                    TableColumn.bool("is_active", r -> r.isActive),
                    TableColumn.instant("created_at", r -> r.createdAt),
                    TableColumn.instant("updated_at", r -> r.updatedAt),
                    TableColumn.int8("storage_used_bytes", r -> r.storageUsedBytes),
                    TableColumn.int8("storage_quota_bytes", r -> r.storageQuotaBytes)),
            WorkspaceRow::read,
            WorkspaceRowEvolution::changes,
            WorkspaceRowEvolution::apply,
            List.of());

    @Id
    private UUID id;

    private String name;
    private boolean isActive;
    private Instant createdAt;
    private Instant updatedAt;
    private long storageUsedBytes;
    private long storageQuotaBytes;

    protected WorkspaceRow() {}

    WorkspaceRow(UUID id, String name, long storageQuotaBytes, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.isActive = true;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.storageQuotaBytes = storageQuotaBytes;
    }

    private static WorkspaceRow read(ResultSet rs) throws SQLException {
        WorkspaceRow row =
                new WorkspaceRow(Columns.uuid(rs, 1), rs.getString(2), rs.getLong(7), Columns.instant(rs, 4));
        row.isActive = rs.getBoolean(3);
        row.updatedAt = Columns.instant(rs, 5);
        row.storageUsedBytes = rs.getLong(6);
        return row;
    }

    @Override
    public UUID getId() {
        return id;
    }

    void changeStorageQuota(long quotaBytes, Instant at) {
        storageQuotaBytes = quotaBytes;
        updatedAt = at;
    }

    /** R-QUO-3: usage never goes below zero. */
    void changeStorageUsage(long deltaBytes) {
        storageUsedBytes = Math.max(0, storageUsedBytes + deltaBytes);
    }

    StorageView storage() {
        return StorageView.of(storageUsedBytes, storageQuotaBytes);
    }

    /** Closed or opened again by a platform administrator (decision 270). */
    void changeActive(boolean active, Instant at) {
        isActive = active;
        updatedAt = at;
    }

    WorkspaceView view() {
        return new WorkspaceView(id, name, isActive, createdAt, updatedAt);
    }
}
