package com.pazpaz.kernel.session;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Soft-deletes a note (R-DEL-1); {@code reason} is optional and encrypted for the note's row. */
public record DeleteSessionCommand(
        @TargetAggregateIdentifier SessionId sessionId,
        WorkspaceId workspaceId,
        UserId deletedBy,
        EncryptedValue reason,
        Instant deletedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public DeleteSessionCommand {
        Objects.requireNonNull(sessionId, "session id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(deletedBy, "deleted by");
        Objects.requireNonNull(deletedAt, "deleted at");
    }
}
