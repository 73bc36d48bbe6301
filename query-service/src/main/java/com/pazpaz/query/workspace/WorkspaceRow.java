package com.pazpaz.query.workspace;

import com.pazpaz.query.common.InsertableRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code workspaces} (schema.md §2.1). */
@Entity
@Table(name = "workspaces")
class WorkspaceRow extends InsertableRow {

    @Id
    private UUID id;
    private String name;
    private boolean isActive;
    private Instant createdAt;
    private Instant updatedAt;
    private long storageUsedBytes;
    private long storageQuotaBytes;

    protected WorkspaceRow() {
    }

    WorkspaceRow(UUID id, String name, long storageQuotaBytes, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.isActive = true;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.storageQuotaBytes = storageQuotaBytes;
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
}
