package com.pazpaz.kernel.session;

import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Saves changes to a note (R-SES-4). An autosave of a finalized note is refused (decision D10); a full save
 * ({@code amendIfFinalized}) of a finalized note becomes an amendment without a reason (R-AMD-1), whose
 * snapshot goes to the version row {@code amendmentVersionId}.
 */
public record SaveSessionDraftCommand(
        @TargetAggregateIdentifier SessionId sessionId,
        WorkspaceId workspaceId,
        UserId author,
        SessionPatch patch,
        boolean amendIfFinalized,
        UUID amendmentVersionId,
        Instant savedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public SaveSessionDraftCommand {
        Objects.requireNonNull(sessionId, "session id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(savedAt, "saved at");
        if (amendIfFinalized) {
            Objects.requireNonNull(amendmentVersionId, "amendment version id");
        }
    }
}
