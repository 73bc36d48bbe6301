package com.pazpaz.command.workspace;

import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.SetAvailableHoursCommand;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The practice's available (working) hours, set by an owner (assistants 403) for the caller's own workspace, so
 * no other workspace is reachable. Read with {@code GET /api/v1/workspace/available-hours} on query-service;
 * the utilisation report sets booked hours against them.
 */
@RestController
class AvailableHoursController {

    private final RecordCommandGateway commands;
    private final Clock clock;

    AvailableHoursController(RecordCommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PutMapping("/api/v1/workspace/available-hours")
    CommandResponse set(Actor actor, @Valid @RequestBody AvailableHoursRequest request) {
        WorkspaceId own = actor.requireOwner();
        return commands.send(new SetAvailableHoursCommand(own, request.toHours(), clock.instant()), own);
    }
}
