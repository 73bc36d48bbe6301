package com.pazpaz.query.attachment;

import com.pazpaz.kernel.attachment.AttachmentUploadedEvent;
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

/**
 * A row of {@code session_attachments} (schema.md §2.8). {@code file_name} holds the storage name, the display
 * name is in {@code file_name_encrypted}; {@code s3_key} is the blob key of the encrypted contents.
 */
@Entity
@Table(name = "session_attachments")
class AttachmentRow extends InsertableRow {

    /** How the projection writes and reads the table. */
    static final RowTable<AttachmentRow> TABLE = new RowTable<>(
            "session_attachments",
            List.of(
                    TableColumn.uuid("id", r -> r.id), TableColumn.uuid("session_id", r -> r.sessionId),
                    TableColumn.uuid("workspace_id", r -> r.workspaceId),
                            TableColumn.uuid("uploaded_by_user_id", r -> r.uploadedByUserId),
                    TableColumn.text("file_name", r -> r.fileName), TableColumn.text("file_type", r -> r.fileType),
                    TableColumn.int4("file_size_bytes", r -> r.fileSizeBytes),
                            TableColumn.text("s3_key", r -> r.blobKey),
                    TableColumn.instant("created_at", r -> r.createdAt),
                            TableColumn.instant("deleted_at", r -> r.deletedAt),
                    TableColumn.uuid("client_id", r -> r.clientId),
                            TableColumn.bytes("file_name_encrypted", r -> r.fileNameEncrypted)),
            AttachmentRow::read,
            AttachmentRowEvolution::changes,
            AttachmentRowEvolution::apply,
            List.of());

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

    protected AttachmentRow() {}

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

    private static AttachmentRow read(ResultSet rs) throws SQLException {
        AttachmentRow row = new AttachmentRow();
        row.id = Columns.uuid(rs, 1);
        row.sessionId = Columns.uuid(rs, 2);
        row.workspaceId = Columns.uuid(rs, 3);
        row.uploadedByUserId = Columns.uuid(rs, 4);
        row.fileName = rs.getString(5);
        row.fileType = rs.getString(6);
        row.fileSizeBytes = rs.getInt(7);
        row.blobKey = rs.getString(8);
        row.createdAt = Columns.instant(rs, 9);
        row.deletedAt = Columns.instant(rs, 10);
        row.clientId = Columns.uuid(rs, 11);
        row.fileNameEncrypted = rs.getBytes(12);
        return row;
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
