package com.pazpaz.kernel.client;

import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erases a client for good: its data keys (and those of its notes) are destroyed, so every copy of its
 * protected fields, wherever it is stored, can no longer be read. Erasing an erased client changes nothing.
 */
public record EraseClientCommand(
        @TargetAggregateIdentifier ClientId clientId, WorkspaceId workspaceId, Instant erasedAt) {

    public EraseClientCommand {
        Objects.requireNonNull(clientId, "client id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(erasedAt, "erased at");
    }
}
