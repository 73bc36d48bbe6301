package com.pazpaz.kernel.careplan;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Revises an active plan: the new content, who, when and why. The reason is encrypted for the revision row
 * {@code revisionId}, decided at the edge.
 */
public record ReviseCarePlanCommand(
        @TargetAggregateIdentifier CarePlanId carePlanId,
        WorkspaceId workspaceId,
        UserId author,
        CarePlanContent content,
        UUID revisionId,
        EncryptedValue reason,
        Instant revisedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public ReviseCarePlanCommand {
        Objects.requireNonNull(carePlanId, "care plan id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(revisionId, "revision id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(revisedAt, "revised at");
    }
}
