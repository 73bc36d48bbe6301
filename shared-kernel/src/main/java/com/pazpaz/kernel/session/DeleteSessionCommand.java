package com.pazpaz.kernel.session;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Soft-deletes a note (R-DEL-1); {@code reason} is optional and encrypted for the note's row.
 *
 * @param permanentDeleteAfter when the note may be purged; null (every deletion made here): {@code deletedAt} plus
 *                             {@link SessionRules#SOFT_DELETE_GRACE_PERIOD}. Only an import sets it, to keep the date
 *                             the reference implementation promised (decision 210); the note refuses one before
 *                             {@code deletedAt}
 */
public record DeleteSessionCommand(
        @TargetAggregateIdentifier SessionId sessionId,
        WorkspaceId workspaceId,
        UserId deletedBy,
        EncryptedValue reason,
        Instant deletedAt,
        Instant permanentDeleteAfter,
        @TargetAggregateVersion Long expectedVersion) {

    public DeleteSessionCommand {
        Objects.requireNonNull(sessionId, "session id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(deletedBy, "deleted by");
        Objects.requireNonNull(deletedAt, "deleted at");
    }

    /** A deletion made in this system: the note may be purged once the grace period after {@code deletedAt} ends. */
    public DeleteSessionCommand(
            SessionId sessionId,
            WorkspaceId workspaceId,
            UserId deletedBy,
            EncryptedValue reason,
            Instant deletedAt,
            Long expectedVersion) {
        this(sessionId, workspaceId, deletedBy, reason, deletedAt, null, expectedVersion);
    }
}
