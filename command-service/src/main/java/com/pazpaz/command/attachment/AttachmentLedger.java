package com.pazpaz.command.attachment;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.infra.blob.BlobStore;
import com.pazpaz.kernel.attachment.AttachmentDeletedEvent;
import com.pazpaz.kernel.attachment.AttachmentPurgedEvent;
import com.pazpaz.kernel.attachment.AttachmentRenamedEvent;
import com.pazpaz.kernel.attachment.AttachmentUploadedEvent;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.WorkspaceCreatedEvent;
import com.pazpaz.kernel.workspace.WorkspaceStorageQuotaChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the command side's list of files and each practice's storage usage in the same transaction as the
 * attachment events, and refuses an event that would break a limit (the transaction then rolls back and the
 * caller gets the rule). Every change first locks the practice's storage row, so concurrent uploads, renames
 * and deletes of one practice are decided one after the other and the totals are exact.
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
class AttachmentLedger {

    static final String DUPLICATE_NAME = "A file with this name already exists";
    private static final Logger log = LoggerFactory.getLogger(AttachmentLedger.class);

    private final JdbcTemplate jdbc;
    private final LedgerQueries queries;
    private final AttachmentCipher cipher;
    private final BlobStore blobs;

    AttachmentLedger(JdbcTemplate jdbc, LedgerQueries queries, AttachmentCipher cipher, BlobStore blobs) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.cipher = cipher;
        this.blobs = blobs;
    }

    @EventHandler
    void on(WorkspaceCreatedEvent event) {
        jdbc.update(
                "INSERT INTO command_model.workspace_storage (workspace_id, quota_bytes) VALUES (?, ?)"
                        + " ON CONFLICT (workspace_id) DO NOTHING",
                event.workspaceId().value(),
                event.storageQuotaBytes());
    }

    @EventHandler
    void on(WorkspaceStorageQuotaChangedEvent event) {
        jdbc.update(
                "UPDATE command_model.workspace_storage SET quota_bytes = ? WHERE workspace_id = ?",
                event.storageQuotaBytes(),
                event.workspaceId().value());
    }

    @EventHandler
    void on(AttachmentUploadedEvent event) {
        StorageUsage usage = lockStorage(event.workspaceId());
        if (event.sessionId() != null) {
            StorageLimits.requireRoomInSession(queries.sessionTotal(event.sessionId()), event.fileSizeBytes());
        } else {
            StorageLimits.requireRoomForClient(queries.clientTotal(event.clientId()), event.fileSizeBytes());
        }
        StorageLimits.requireQuota(usage.usedBytes(), usage.quotaBytes(), event.fileSizeBytes());
        jdbc.update(
                "INSERT INTO command_model.attachment_ledger (attachment_id, workspace_id, client_id,"
                        + " session_id, size_bytes, file_name, blob_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
                event.attachmentId().value(),
                event.workspaceId().value(),
                event.clientId().value(),
                event.sessionId() == null ? null : event.sessionId().value(),
                event.fileSizeBytes(),
                event.fileName().base64(),
                event.blobKey());
        changeUsage(event.workspaceId(), event.fileSizeBytes());
    }

    /** R-ATT-6 step 6: no other live file of the same client may carry the name (case-sensitive). */
    @EventHandler
    void on(AttachmentRenamedEvent event) {
        lockStorage(event.workspaceId());
        LedgerEntry renamed = queries.find(event.attachmentId()).orElseThrow();
        String newName = cipher.decryptName(event.fileName(), event.attachmentId(), renamed.keyOwner());
        boolean taken = queries.liveFilesOfClient(event.clientId()).stream()
                .filter(other -> !other.attachmentId().equals(event.attachmentId()))
                .anyMatch(other -> cipher.nameOf(other).equals(newName));
        if (taken) {
            throw new BusinessRuleViolation(Kind.CONFLICT, DUPLICATE_NAME);
        }
        jdbc.update(
                "UPDATE command_model.attachment_ledger SET file_name = ? WHERE attachment_id = ?",
                event.fileName().base64(),
                event.attachmentId().value());
    }

    @EventHandler
    void on(AttachmentDeletedEvent event) {
        lockStorage(event.workspaceId());
        jdbc.update(
                "UPDATE command_model.attachment_ledger SET deleted = true WHERE attachment_id = ?",
                event.attachmentId().value());
        changeUsage(event.workspaceId(), -event.fileSizeBytes());
    }

    /** The blob goes only once the purge is committed: a rolled-back purge must not lose the file. */
    @EventHandler
    void on(AttachmentPurgedEvent event) {
        lockStorage(event.workspaceId());
        jdbc.update(
                "DELETE FROM command_model.attachment_ledger WHERE attachment_id = ?",
                event.attachmentId().value());
        changeUsage(event.workspaceId(), -event.releasedBytes());
        String blobKey = event.blobKey();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                removeBlob(blobKey);
            }
        });
    }

    private void removeBlob(String blobKey) {
        try {
            blobs.delete(blobKey);
        } catch (RuntimeException e) {
            // the purge stands; the contents are unreadable anyway once their note or client key is destroyed
            log.warn("Could not remove the blob of a purged attachment ({}); remove it by hand", blobKey, e);
        }
    }

    private StorageUsage lockStorage(WorkspaceId workspaceId) {
        return jdbc
                .query(
                        "SELECT used_bytes, quota_bytes FROM command_model.workspace_storage"
                                + " WHERE workspace_id = ? FOR UPDATE",
                        (rs, n) -> new StorageUsage(rs.getLong(1), rs.getLong(2)),
                        workspaceId.value())
                .stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no storage row for a workspace"));
    }

    /** Usage never goes below zero (R-QUO-3), whatever the order of events. */
    private void changeUsage(WorkspaceId workspaceId, long delta) {
        jdbc.update(
                "UPDATE command_model.workspace_storage SET used_bytes = greatest(used_bytes + ?, 0)"
                        + " WHERE workspace_id = ?",
                delta,
                workspaceId.value());
    }
}
