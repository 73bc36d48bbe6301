package com.pazpaz.query.attachment;

import com.pazpaz.kernel.attachment.AttachmentUploadedEvent;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.query.common.InsertableRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code session_attachments} (schema.md §2.8). {@code file_name} holds the storage name, the display
 * name is in {@code file_name_encrypted}; {@code s3_key} is the blob key of the encrypted contents.
 */
@Entity
@Table(name = "session_attachments")
class AttachmentRow extends InsertableRow {

    @Id
    private UUID id;
    private UUID sessionId;
    private UUID clientId;
    private UUID workspaceId;
    private UUID uploadedByUserId;
    private String fileName;
    private byte[] fileNameEncrypted;
    private String fileType;
    private int fileSizeBytes;
    @Column(name = "s3_key")
    private String blobKey;
    private Instant createdAt;
    private Instant deletedAt;

    protected AttachmentRow() {
    }

    AttachmentRow(AttachmentUploadedEvent event) {
        this.id = event.attachmentId().value();
        this.sessionId = event.sessionId() == null ? null : event.sessionId().value();
        this.clientId = event.clientId().value();
        this.workspaceId = event.workspaceId().value();
        this.uploadedByUserId = event.uploadedBy().value();
        this.blobKey = event.blobKey();
        this.fileName = blobKey.substring(blobKey.lastIndexOf('/') + 1);
        this.fileNameEncrypted = event.fileName().bytes();
        this.fileType = event.fileType();
        this.fileSizeBytes = Math.toIntExact(event.fileSizeBytes());
        this.createdAt = event.uploadedAt();
    }

    void rename(EncryptedValue newName) {
        fileNameEncrypted = newName.bytes();
    }

    void markDeleted(Instant at) {
        deletedAt = at;
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID sessionId() {
        return sessionId;
    }

    UUID clientId() {
        return clientId;
    }

    UUID workspaceId() {
        return workspaceId;
    }

    /** The name the file is stored under: {@code <attachment id>.<ext>}, no user input. */
    String storageName() {
        return fileName;
    }

    EncryptedValue encryptedName() {
        return EncryptedValue.of(fileNameEncrypted);
    }

    String fileType() {
        return fileType;
    }

    int fileSizeBytes() {
        return fileSizeBytes;
    }

    String blobKey() {
        return blobKey;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }
}
