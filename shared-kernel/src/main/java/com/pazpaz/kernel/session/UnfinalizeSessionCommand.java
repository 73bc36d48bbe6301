package com.pazpaz.kernel.session;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Turns a finalized note back into a draft (R-UNF-*), for a stated reason (issue 13, decision 180). */
public record UnfinalizeSessionCommand(
        @TargetAggregateIdentifier SessionId sessionId,
        WorkspaceId workspaceId,
        Instant unfinalizedAt,
        EncryptedValue reason,
        @TargetAggregateVersion Long expectedVersion) {

    public UnfinalizeSessionCommand {
        Objects.requireNonNull(sessionId, "session id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(unfinalizedAt, "time");
        Objects.requireNonNull(reason, "reason");
    }
}
