package com.pazpaz.kernel.session;

import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Restores a soft-deleted note within the grace period (R-DEL-3). */
public record RestoreSessionCommand(
        @TargetAggregateIdentifier SessionId sessionId,
        WorkspaceId workspaceId,
        Instant restoredAt,
        @TargetAggregateVersion Long expectedVersion) {

    public RestoreSessionCommand {
        Objects.requireNonNull(sessionId, "session id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(restoredAt, "time");
    }
}
