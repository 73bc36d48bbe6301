package com.pazpaz.kernel.careplan;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Closes a plan as completed or discontinued, with a reason (encrypted for the plan's row). */
public record CloseCarePlanCommand(
        @TargetAggregateIdentifier CarePlanId carePlanId,
        WorkspaceId workspaceId,
        UserId author,
        CarePlanStatus outcome,
        EncryptedValue reason,
        Instant closedAt,
        @TargetAggregateVersion Long expectedVersion) {

    public CloseCarePlanCommand {
        Objects.requireNonNull(carePlanId, "care plan id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(closedAt, "closed at");
        if (outcome == null || !outcome.isClosed()) {
            throw new IllegalArgumentException("a plan closes as completed or discontinued");
        }
    }
}
