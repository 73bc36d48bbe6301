package com.pazpaz.kernel.session;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Amends a finalized note with a stated reason (decisions.md). The text before the change is kept as the
 * version row {@code versionId}; the reason is encrypted for that row.
 */
public record AmendSessionCommand(
        @TargetAggregateIdentifier SessionId sessionId,
        WorkspaceId workspaceId,
        UserId author,
        SessionPatch patch,
        EncryptedValue reason,
        UUID versionId,
        Instant amendedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public AmendSessionCommand {
        Objects.requireNonNull(sessionId, "session id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(versionId, "version id");
        Objects.requireNonNull(amendedAt, "amended at");
    }
}
