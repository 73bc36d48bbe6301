package com.pazpaz.command.workspace;

import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.CreateWorkspaceCommand;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Opening a practice: platform administrators only (decisions.md). */
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
}
