package com.pazpaz.command.location;

import com.pazpaz.command.common.AppointmentReferences;
import com.pazpaz.command.common.CommandAnswers;
import com.pazpaz.command.common.ExpectedVersion;
import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.kernel.ids.LocationId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.location.CreateLocationCommand;
import com.pazpaz.kernel.location.DeleteLocationCommand;
import com.pazpaz.kernel.location.ReviseLocationCommand;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Create, revise and delete saved locations (behaviour.md §1.7; reads are on query-service). Any role may. */
@RestController
@RequestMapping("/api/v1/locations")
class LocationCommandController {

    private final RecordCommandGateway commands;
    private final LocationNames names;
    private final AppointmentReferences references;
    private final CommandAnswers answers;
    private final Clock clock;

    LocationCommandController(
            RecordCommandGateway commands,
            LocationNames names,
            AppointmentReferences references,
            CommandAnswers answers,
            Clock clock) {
        this.commands = commands;
        this.names = names;
        this.references = references;
        this.answers = answers;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<CommandResponse> create(Actor actor, @Valid @RequestBody CreateLocationRequest request) {
        WorkspaceId workspaceId = actor.requireWorkspace();
        names.requireFree(workspaceId, request.name(), null);
        LocationId locationId = LocationId.of(UUID.randomUUID());
        CommandResponse response = commands.send(
                new CreateLocationCommand(
                        locationId,
                        workspaceId,
                        request.name(),
                        request.locationType(),
                        request.address(),
                        request.details(),
                        !Boolean.FALSE.equals(request.isActive()),
                        clock.instant()),
                locationId);
        return answers.created("/api/v1/locations/" + locationId, response);
    }

    @PutMapping("/{locationId}")
    ResponseEntity<CommandResponse> revise(
            Actor actor,
            @PathVariable UUID locationId,
            ExpectedVersion expected,
            @Valid @RequestBody ReviseLocationRequest request) {
        request.requireClearableNulls();
        WorkspaceId workspaceId = actor.requireWorkspace();
        LocationId id = LocationId.of(locationId);
        if (request.name() != null) {
            names.requireFree(workspaceId, request.name(), id);
        }
        return answers.ok(commands.send(
                new ReviseLocationCommand(
                        id,
                        workspaceId,
                        request.name(),
                        request.locationType(),
                        request.sent("address"),
                        request.address(),
                        request.sent("details"),
                        request.details(),
                        request.isActive(),
                        clock.instant(),
                        expected.sequence()),
                id));
    }

    /** Archives a referenced location, deletes an unreferenced one (R-LOC-2); 200 with the final version. */
    @DeleteMapping("/{locationId}")
    ResponseEntity<CommandResponse> delete(Actor actor, @PathVariable UUID locationId, ExpectedVersion expected) {
        LocationId id = LocationId.of(locationId);
        return answers.ok(commands.send(
                new DeleteLocationCommand(
                        id,
                        actor.requireWorkspace(),
                        references.referenceLocation(id),
                        clock.instant(),
                        expected.sequence()),
                id));
    }
}
