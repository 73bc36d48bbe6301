package com.pazpaz.kernel.careplan;

import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces the content of a draft plan; an active plan changes only by {@link ReviseCarePlanCommand}. */
public record SaveCarePlanDraftCommand(
        @TargetAggregateIdentifier CarePlanId carePlanId,
        WorkspaceId workspaceId,
        UserId author,
        CarePlanContent content,
        Instant savedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public SaveCarePlanDraftCommand {
        Objects.requireNonNull(carePlanId, "care plan id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(savedAt, "saved at");
    }
}
