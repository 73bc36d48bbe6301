package com.pazpaz.command.workspace;

import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.ChangeStorageQuotaCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Clock;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * behaviour.md §1.3: the practice's storage quota. Another workspace's id is 403 (the reference's one exception
 * to 404), and only owners may change it (decisions.md). Answers with the command response; the storage figures
 * are read with {@code GET .../storage} on query-service.
 */
@RestController
class StorageQuotaController {

    private final RecordCommandGateway commands;
    private final Clock clock;

    StorageQuotaController(RecordCommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PatchMapping("/api/v1/workspaces/{workspaceId}/storage/quota")
    CommandResponse changeQuota(Actor actor, @PathVariable UUID workspaceId, @Valid @RequestBody QuotaRequest request) {
        WorkspaceId own = actor.requireOwner();
        if (!own.value().equals(workspaceId)) {
            throw new AccessDeniedException("Access denied to this workspace");
        }
        return commands.send(new ChangeStorageQuotaCommand(own, request.quotaBytes(), clock.instant()), own);
    }

    record QuotaRequest(@NotNull @Positive Long quotaBytes) {}
}
