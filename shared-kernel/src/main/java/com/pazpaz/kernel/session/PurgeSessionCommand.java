package com.pazpaz.kernel.session;

import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Erases a soft-deleted note for good: on request at any time (R-DEL-6), or by the purge job once the grace
 * period is over (R-DEL-7). A purged note no longer exists.
 */
public record PurgeSessionCommand(
        @TargetAggregateIdentifier SessionId sessionId,
        WorkspaceId workspaceId,
        PurgeReason reason,
        Instant purgedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public PurgeSessionCommand {
        Objects.requireNonNull(sessionId, "session id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(purgedAt, "purged at");
    }
}
