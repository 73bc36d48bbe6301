package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An owner sets the practice's available (working) hours, replacing the ones set before. */
public record SetAvailableHoursCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId, WeeklyHours hours, Instant setAt) {

    public SetAvailableHoursCommand {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(setAt, "set at");
    }
}
