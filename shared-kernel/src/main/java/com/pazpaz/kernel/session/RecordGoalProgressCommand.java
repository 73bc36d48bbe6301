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
 * Records, in a draft note, progress toward one goal of the client's plan of care (checked at the edge). The
 * texts are encrypted with the note's key for the progress row {@code entryId}, decided at the edge.
 */
public record RecordGoalProgressCommand(
        @TargetAggregateIdentifier SessionId sessionId,
        WorkspaceId workspaceId,
        UserId author,
        UUID entryId,
        UUID carePlanId,
        UUID goalId,
        EncryptedValue progressNote,
        EncryptedValue measure,
        Instant recordedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public RecordGoalProgressCommand {
        Objects.requireNonNull(sessionId, "session id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(entryId, "entry id");
        Objects.requireNonNull(carePlanId, "care plan id");
        Objects.requireNonNull(goalId, "goal id");
        Objects.requireNonNull(progressNote, "progress note");
        Objects.requireNonNull(recordedAt, "recorded at");
    }
}
