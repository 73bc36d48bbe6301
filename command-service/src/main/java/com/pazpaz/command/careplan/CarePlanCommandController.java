package com.pazpaz.command.careplan;

import com.pazpaz.command.client.ClientLookup;
import com.pazpaz.command.common.ClientRecord;
import com.pazpaz.command.common.CommandAnswers;
import com.pazpaz.command.common.ExpectedVersion;
import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.kernel.careplan.ActivateCarePlanCommand;
import com.pazpaz.kernel.careplan.CloseCarePlanCommand;
import com.pazpaz.kernel.careplan.CreateCarePlanCommand;
import com.pazpaz.kernel.careplan.ReviseCarePlanCommand;
import com.pazpaz.kernel.careplan.SaveCarePlanDraftCommand;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lifecycle of plans of care (docs/care-plans.md): drafted for a client, saved while a draft, activated,
 * revised with a reason while active, closed with a reason. Reads are on query-service. Text is encrypted here,
 * under the client's key, before any command is sent.
 */
@RestController
@PhiEndpoint("PlanOfCare")
class CarePlanCommandController {

    private final RecordCommandGateway commands;
    private final CarePlanFieldEncryptor encryptor;
    private final CarePlanDirectory directory;
    private final ClientLookup clients;
    private final CommandAnswers answers;
    private final Clock clock;

    CarePlanCommandController(
            RecordCommandGateway commands,
            CarePlanFieldEncryptor encryptor,
            CarePlanDirectory directory,
            ClientLookup clients,
            CommandAnswers answers,
            Clock clock) {
        this.clients = clients;
        this.commands = commands;
        this.encryptor = encryptor;
        this.directory = directory;
        this.answers = answers;
        this.clock = clock;
    }

    @PostMapping("/api/v1/clients/{clientId}/care-plans")
    ResponseEntity<CommandResponse> create(
            Actor actor, @PathVariable UUID clientId, @Valid @RequestBody CarePlanRequest request) {
        CarePlanId id = CarePlanId.of(UUID.randomUUID());
        ClientId client = ClientId.of(clientId);
        WorkspaceId workspace = actor.requireWorkspace();
        // before anything is encrypted with the client's key: another practice's client is simply not found
        if (!clients.existsInWorkspace(client, workspace)) {
            throw new RecordNotFoundException();
        }
        CommandResponse response = commands.send(
                id,
                () -> new CreateCarePlanCommand(
                        id,
                        workspace,
                        client,
                        actor.userId(),
                        encryptor.content(id, client, request, PlanItems.none()),
                        clock.instant()));
        return answers.created("/api/v1/care-plans/" + id, response);
    }

    /** Replaces a draft's content; an active plan answers 409 (it changes only by revision). */
    @PutMapping("/api/v1/care-plans/{carePlanId}")
    ResponseEntity<CommandResponse> saveDraft(
            Actor actor,
            @PathVariable UUID carePlanId,
            ExpectedVersion expected,
            @Valid @RequestBody CarePlanRequest request) {
        return send(
                actor,
                carePlanId,
                plan -> new SaveCarePlanDraftCommand(
                        plan.id(),
                        plan.workspace(),
                        actor.userId(),
                        encryptor.content(plan.id(), plan.client(), request, directory.itemsOf(plan.id())),
                        clock.instant(),
                        expected.sequence()));
    }

    @PostMapping("/api/v1/care-plans/{carePlanId}/activate")
    ResponseEntity<CommandResponse> activate(Actor actor, @PathVariable UUID carePlanId, ExpectedVersion expected) {
        return send(
                actor,
                carePlanId,
                plan -> new ActivateCarePlanCommand(
                        plan.id(), plan.workspace(), actor.userId(), clock.instant(), expected.sequence()));
    }

    /** A recorded revision of an active plan: the whole plan afterwards, who (the caller), when (now) and why. */
    @PostMapping("/api/v1/care-plans/{carePlanId}/revise")
    ResponseEntity<CommandResponse> revise(
            Actor actor,
            @PathVariable UUID carePlanId,
            ExpectedVersion expected,
            @Valid @RequestBody ReviseCarePlanRequest request) {
        return send(actor, carePlanId, plan -> {
            UUID revisionId = UUID.randomUUID();
            Instant now = clock.instant();
            return new ReviseCarePlanCommand(
                    plan.id(),
                    plan.workspace(),
                    actor.userId(),
                    encryptor.content(plan.id(), plan.client(), request.plan(), directory.itemsOf(plan.id())),
                    revisionId,
                    encryptor.revisionReason(revisionId, plan.client(), request.reason()),
                    now,
                    expected.sequence());
        });
    }

    @PostMapping("/api/v1/care-plans/{carePlanId}/close")
    ResponseEntity<CommandResponse> close(
            Actor actor,
            @PathVariable UUID carePlanId,
            ExpectedVersion expected,
            @Valid @RequestBody CloseCarePlanRequest request) {
        return send(
                actor,
                carePlanId,
                plan -> new CloseCarePlanCommand(
                        plan.id(),
                        plan.workspace(),
                        actor.userId(),
                        request.outcome(),
                        encryptor.closeReason(plan.id(), plan.client(), request.reason()),
                        clock.instant(),
                        expected.sequence()));
    }

    /**
     * Finds the plan in the caller's workspace (404 for a plan that does not exist there, before any other check),
     * sends the command made for it and answers 200 with the plan's new version.
     */
    private ResponseEntity<CommandResponse> send(
            Actor actor, UUID carePlanId, Function<ClientRecord<CarePlanId>, Object> command) {
        ClientRecord<CarePlanId> plan = ClientRecord.find(actor, CarePlanId.of(carePlanId), directory::clientOf);
        return answers.ok(commands.send(command.apply(plan), plan.id()));
    }
}
