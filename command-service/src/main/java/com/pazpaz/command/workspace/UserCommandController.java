package com.pazpaz.command.workspace;

import com.pazpaz.command.common.QueryLocations;
import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.AddAssistantCommand;
import com.pazpaz.kernel.workspace.ChangeUserRoleCommand;
import com.pazpaz.kernel.workspace.DeactivateUserCommand;
import com.pazpaz.kernel.workspace.EraseUserCommand;
import com.pazpaz.kernel.workspace.ReactivateUserCommand;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Owners manage the people of their own practice (decisions.md: the reference had no such endpoints). The
 * workspace is the caller's, from the token, as for every other resource; assistants get 403. The users live in
 * the workspace aggregate, so {@code version} in the answers is the workspace's.
 */
@RestController
@RequestMapping("/api/v1/users")
class UserCommandController {

    private final RecordCommandGateway commands;
    private final StaffCipher cipher;
    private final UserDirectory directory;
    private final QueryLocations locations;
    private final Clock clock;

    UserCommandController(
            RecordCommandGateway commands,
            StaffCipher cipher,
            UserDirectory directory,
            QueryLocations locations,
            Clock clock) {
        this.commands = commands;
        this.cipher = cipher;
        this.directory = directory;
        this.locations = locations;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<CommandResponse> addAssistant(Actor actor, @Valid @RequestBody AddAssistantRequest request) {
        WorkspaceId workspaceId = actor.requireOwner();
        UserId userId = UserId.of(UUID.randomUUID());
        // the assistant's key is created in the command's transaction: one commit for the key and the event
        CommandResponse response = commands.send(workspaceId, () -> {
            StaffCipher.Sealed sealed = cipher.sealForNewUser(userId, request.email(), request.fullName());
            return new AddAssistantCommand(workspaceId, userId, sealed.email(), sealed.fullName(), clock.instant());
        });
        return ResponseEntity.created(locations.of("/api/v1/users/" + userId)).body(aboutUser(userId, response));
    }

    @PutMapping("/{userId}/role")
    CommandResponse changeRole(Actor actor, @PathVariable UUID userId, @Valid @RequestBody ChangeRoleRequest request) {
        WorkspaceId workspaceId = actor.requireOwner();
        UserId id = UserId.of(userId);
        return aboutUser(
                id,
                commands.send(
                        new ChangeUserRoleCommand(workspaceId, id, request.asRole(), clock.instant()), workspaceId));
    }

    @PostMapping("/{userId}/deactivate")
    CommandResponse deactivate(Actor actor, @PathVariable UUID userId) {
        WorkspaceId workspaceId = actor.requireOwner();
        UserId id = UserId.of(userId);
        return aboutUser(id, commands.send(new DeactivateUserCommand(workspaceId, id, clock.instant()), workspaceId));
    }

    @PostMapping("/{userId}/reactivate")
    CommandResponse reactivate(Actor actor, @PathVariable UUID userId) {
        WorkspaceId workspaceId = actor.requireOwner();
        UserId id = UserId.of(userId);
        return aboutUser(id, commands.send(new ReactivateUserCommand(workspaceId, id, clock.instant()), workspaceId));
    }

    /**
     * Erasure (docs/encryption.md, "Staff"): the owner types the user's id again to confirm. Another practice's
     * user is 404 before anything else, an assistant then 403, a wrong confirmation 422. Erasing again: 200, no
     * change.
     */
    @PostMapping("/{userId}/erase")
    CommandResponse erase(Actor actor, @PathVariable UUID userId, @Valid @RequestBody EraseUserRequest request) {
        WorkspaceId workspaceId = actor.requireWorkspace();
        UserId id = UserId.of(userId);
        directory
                .find(id)
                .filter(account -> workspaceId.equals(account.workspaceId()))
                .orElseThrow(RecordNotFoundException::new);
        actor.requireOwner();
        if (!userId.equals(request.confirm())) {
            throw new ValidationFailedException(List.of(new FieldProblem("confirm", "must repeat the user's id")));
        }
        return aboutUser(
                id, commands.send(new EraseUserCommand(workspaceId, id, actor.userId(), clock.instant()), workspaceId));
    }

    private static CommandResponse aboutUser(UserId userId, CommandResponse workspaceResponse) {
        return new CommandResponse(userId.value(), workspaceResponse.version(), workspaceResponse.position());
    }
}
