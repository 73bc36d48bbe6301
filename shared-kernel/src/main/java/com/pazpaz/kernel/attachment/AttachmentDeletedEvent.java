package com.pazpaz.kernel.attachment;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A file was deleted (soft, R-ATT-7): it is no longer listed or downloadable and its {@code fileSizeBytes} no
 * longer count against the storage quota. Its encrypted contents stay until its note or client is erased.
 */
@Revision("1")
public record AttachmentDeletedEvent(
        AttachmentId attachmentId,
        WorkspaceId workspaceId,
        ClientId clientId,
        SessionId sessionId,
        long fileSizeBytes,
        Instant deletedAt)
        implements WorkspaceScoped {}
