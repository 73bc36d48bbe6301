package com.pazpaz.kernel.attachment;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A file was attached to a note ({@code sessionId}) or to a client (no {@code sessionId}); its encrypted contents
 * are in the blob store under {@code blobKey}, and it now counts {@code fileSizeBytes} against the practice's
 * storage.
 */
@Revision("1")
public record AttachmentUploadedEvent(
        AttachmentId attachmentId,
        WorkspaceId workspaceId,
        ClientId clientId,
        SessionId sessionId,
        EncryptedValue fileName,
        String fileType,
        long fileSizeBytes,
        String blobKey,
        UserId uploadedBy,
        Instant uploadedAt)
        implements WorkspaceScoped {}
