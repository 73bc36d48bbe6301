package com.pazpaz.command.workspace;

import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.CreateWorkspaceCommand;
import com.pazpaz.kernel.workspace.DeactivateWorkspaceCommand;
import com.pazpaz.kernel.workspace.ReactivateWorkspaceCommand;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Opening, closing and reopening a practice: platform administrators only (decisions 6, 270). */
@RestController
@RequestMapping("/api/v1/workspaces")
class WorkspaceCommandController {

    private final RecordCommandGateway commands;
    private final StaffCipher cipher;
    private final Clock clock;

    WorkspaceCommandController(RecordCommandGateway commands, StaffCipher cipher, Clock clock) {
        this.commands = commands;
        this.cipher = cipher;
        this.clock = clock;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created; Location names the record on query-service")
    ResponseEntity<WorkspaceCreatedResponse> create(Actor actor, @Valid @RequestBody CreateWorkspaceRequest request) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException("Only a platform administrator opens workspaces");
        }
        WorkspaceId workspaceId = WorkspaceId.of(UUID.randomUUID());
        UserId ownerId = UserId.of(UUID.randomUUID());
        // the owner's key is created in the command's transaction: one commit for the key and the event
        CommandResponse response = commands.send(workspaceId, () -> {
            StaffCipher.Sealed owner = cipher.sealForNewUser(ownerId, request.ownerEmail(), request.ownerFullName());
            return new CreateWorkspaceCommand(
                    workspaceId, request.name(), ownerId, owner.email(), owner.fullName(), clock.instant());
        });
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId))
                .body(new WorkspaceCreatedResponse(
                        workspaceId.value(), response.version(), response.position(), ownerId.value()));
    }

    /** Closes the practice: its users' tokens are refused from then on (decision 272); again: no-op. */
    @PostMapping("/{workspaceId}/deactivate")
    CommandResponse deactivate(Actor actor, @PathVariable UUID workspaceId) {
        WorkspaceId workspace = requirePlatformAdmin(actor, workspaceId);
        return commands.send(new DeactivateWorkspaceCommand(workspace, clock.instant()), workspace);
    }

    @PostMapping("/{workspaceId}/reactivate")
    CommandResponse reactivate(Actor actor, @PathVariable UUID workspaceId) {
        WorkspaceId workspace = requirePlatformAdmin(actor, workspaceId);
        return commands.send(new ReactivateWorkspaceCommand(workspace, clock.instant()), workspace);
    }

    /** Another practice is "not found" to its users, as every record (decision 176); its own members are 403. */
    private static WorkspaceId requirePlatformAdmin(Actor actor, UUID workspaceId) {
        WorkspaceId workspace = WorkspaceId.of(workspaceId);
        if (actor.isPlatformAdmin()) {
            return workspace;
        }
        if (!workspace.equals(actor.workspaceId())) {
            throw new RecordNotFoundException();
        }
        throw new AccessDeniedException("Only a platform administrator closes or reopens a practice");
    }
}
