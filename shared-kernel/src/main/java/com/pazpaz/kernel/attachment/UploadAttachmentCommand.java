package com.pazpaz.kernel.attachment;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/**
 * Records a file whose encrypted contents are already in the blob store under {@code blobKey}. {@code sessionId}
 * is null for a client-level file. The size is the stored (sanitised) size that counts against the limits.
 */
public record UploadAttachmentCommand(
        AttachmentId attachmentId,
        WorkspaceId workspaceId,
        ClientId clientId,
        SessionId sessionId,
        EncryptedValue fileName,
        String fileType,
        long fileSizeBytes,
        String blobKey,
        UserId uploadedBy,
        Instant uploadedAt) {

    public UploadAttachmentCommand {
        Objects.requireNonNull(attachmentId, "attachment id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(clientId, "client id");
        Objects.requireNonNull(fileName, "file name");
        Objects.requireNonNull(fileType, "file type");
        Objects.requireNonNull(blobKey, "blob key");
        Objects.requireNonNull(uploadedBy, "uploaded by");
        Objects.requireNonNull(uploadedAt, "uploaded at");
        if (fileSizeBytes < 0) {
            throw new IllegalArgumentException("file size must not be negative");
        }
    }
}
