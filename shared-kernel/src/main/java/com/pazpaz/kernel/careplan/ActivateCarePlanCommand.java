package com.pazpaz.kernel.careplan;

import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Puts a draft plan into effect; from then on it changes only by recorded revision. */
public record ActivateCarePlanCommand(
        @TargetAggregateIdentifier CarePlanId carePlanId,
        WorkspaceId workspaceId,
        UserId author,
        Instant activatedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public ActivateCarePlanCommand {
        Objects.requireNonNull(carePlanId, "care plan id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(activatedAt, "activated at");
    }
}
