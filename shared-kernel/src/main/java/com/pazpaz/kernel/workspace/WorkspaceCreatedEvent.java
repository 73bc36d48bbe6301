package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A practice was opened with its owner and its storage quota. Staff names and e-mails are not patient data
 * and travel in plaintext, as in the documented {@code users} table.
 */
@Revision("1")
public record WorkspaceCreatedEvent(
        WorkspaceId workspaceId,
        String name,
        long storageQuotaBytes,
        UserId ownerId,
        String ownerEmail,
        String ownerFullName,
        Instant createdAt)
        implements WorkspaceScoped {}
