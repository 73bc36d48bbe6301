package com.pazpaz.kernel.session;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A note was deleted; it can be restored until {@code permanentDeleteAfter}. The reason is ciphertext or null. */
@Revision("1")
public record SessionSoftDeletedEvent(
        SessionId sessionId,
        WorkspaceId workspaceId,
        UserId deletedBy,
        EncryptedValue reason,
        Instant deletedAt,
        Instant permanentDeleteAfter)
        implements WorkspaceScoped {}
