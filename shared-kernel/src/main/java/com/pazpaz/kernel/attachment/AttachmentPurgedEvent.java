package com.pazpaz.kernel.attachment;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A file was erased for good with its note or client (D11): its row disappears, its encrypted contents are
 * removed from the blob store, and {@code releasedBytes} (its size, or 0 when it had already been deleted and
 * stopped counting) leave the practice's storage usage.
 */
@Revision("1")
public record AttachmentPurgedEvent(
        AttachmentId attachmentId,
        WorkspaceId workspaceId,
        ClientId clientId,
        SessionId sessionId,
        long releasedBytes,
        String blobKey,
        Instant purgedAt)
        implements WorkspaceScoped {}
