package com.pazpaz.kernel.session;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A finalized note went back to being a draft; the read model drops its versions, the events keep them.
 * Revision 2 adds {@code reason}, the owner's stated reason (ciphertext under the note's key, bound to the note's
 * row and {@link SessionEncryption#UNFINALIZE_REASON_COLUMN}); events of revision 1 have none (null).
 */
@Revision("2")
public record SessionUnfinalizedEvent(
        SessionId sessionId,
        WorkspaceId workspaceId,
        Instant unfinalizedAt,
        int versionsDiscarded,
        EncryptedValue reason)
        implements WorkspaceScoped {}
