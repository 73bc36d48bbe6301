package com.pazpaz.kernel.session;

import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Finalizes a draft (R-FIN-*); its text becomes version 1, stored as the version row {@code versionId}. */
public record FinalizeSessionCommand(
        @TargetAggregateIdentifier SessionId sessionId,
        WorkspaceId workspaceId,
        UserId author,
        UUID versionId,
        Instant finalizedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public FinalizeSessionCommand {
        Objects.requireNonNull(sessionId, "session id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(versionId, "version id");
        Objects.requireNonNull(finalizedAt, "finalized at");
    }
}
