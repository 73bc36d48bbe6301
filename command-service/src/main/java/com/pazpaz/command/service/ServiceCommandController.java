package com.pazpaz.command.service;

import com.pazpaz.command.common.AppointmentReferences;
import com.pazpaz.command.common.CommandAnswers;
import com.pazpaz.command.common.ExpectedVersion;
import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.service.CreateServiceCommand;
import com.pazpaz.kernel.service.DeleteServiceCommand;
import com.pazpaz.kernel.service.ReviseServiceCommand;
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

/** Create, revise and delete services (behaviour.md §1.6; reads are on query-service). Any role may. */
@RestController
@RequestMapping("/api/v1/services")
class ServiceCommandController {

    private final RecordCommandGateway commands;
    private final ServiceNames names;
    private final AppointmentReferences references;
    private final CommandAnswers answers;
    private final Clock clock;

    ServiceCommandController(
            RecordCommandGateway commands,
            ServiceNames names,
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
    ResponseEntity<CommandResponse> create(Actor actor, @Valid @RequestBody CreateServiceRequest request) {
        WorkspaceId workspaceId = actor.requireWorkspace();
        PriceFields.require(request.price(), request.currency());
        names.requireFree(workspaceId, request.name(), null);
        ServiceId serviceId = ServiceId.of(UUID.randomUUID());
        CommandResponse response = commands.send(
                new CreateServiceCommand(
                        serviceId,
                        workspaceId,
                        request.name(),
                        request.description(),
                        request.defaultDurationMinutes(),
                        !Boolean.FALSE.equals(request.isActive()),
                        clock.instant(),
                        request.price(),
                        request.currency()),
                serviceId);
        return answers.created("/api/v1/services/" + serviceId, response);
    }

    @PutMapping("/{serviceId}")
    ResponseEntity<CommandResponse> revise(
            Actor actor,
            @PathVariable UUID serviceId,
            ExpectedVersion expected,
            @Valid @RequestBody ReviseServiceRequest request) {
        request.requireClearableNulls();
        if (request.priceSent()) {
            PriceFields.require(request.price(), request.currency());
        }
        WorkspaceId workspaceId = actor.requireWorkspace();
        ServiceId id = ServiceId.of(serviceId);
        if (request.name() != null) {
            names.requireFree(workspaceId, request.name(), id);
        }
        return answers.ok(commands.send(
                new ReviseServiceCommand(
                        id,
                        workspaceId,
                        request.name(),
                        request.sent("description"),
                        request.description(),
                        request.defaultDurationMinutes(),
                        request.isActive(),
                        request.priceSent(),
                        request.price(),
                        request.currency(),
                        clock.instant(),
                        expected.sequence()),
                id));
    }

    /** Archives a referenced service, deletes an unreferenced one (R-SVC-3); 200 with the final version. */
    @DeleteMapping("/{serviceId}")
    ResponseEntity<CommandResponse> delete(Actor actor, @PathVariable UUID serviceId, ExpectedVersion expected) {
        ServiceId id = ServiceId.of(serviceId);
        return answers.ok(commands.send(
                new DeleteServiceCommand(
                        id,
                        actor.requireWorkspace(),
                        references.referenceService(id),
                        clock.instant(),
                        expected.sequence()),
                id));
    }
}
