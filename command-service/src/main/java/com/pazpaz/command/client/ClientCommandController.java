package com.pazpaz.command.client;

import com.pazpaz.command.common.IfMatch;
import com.pazpaz.command.common.QueryLocations;
import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.kernel.client.ArchiveClientCommand;
import com.pazpaz.kernel.client.ClientDetails;
import com.pazpaz.kernel.client.ClientDetailsPatch;
import com.pazpaz.kernel.client.RegisterClientCommand;
import com.pazpaz.kernel.client.ReviseClientDetailsCommand;
import com.pazpaz.kernel.ids.ClientId;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Register, revise and archive clients (behaviour.md §1.4; reads are on query-service). */
@RestController
@RequestMapping("/api/v1/clients")
class ClientCommandController {

    private final RecordCommandGateway commands;
    private final ClientFieldEncryptor encryptor;
    private final QueryLocations locations;
    private final Clock clock;

    ClientCommandController(RecordCommandGateway commands, ClientFieldEncryptor encryptor,
                            QueryLocations locations, Clock clock) {
        this.commands = commands;
        this.encryptor = encryptor;
        this.locations = locations;
        this.clock = clock;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created; Location names the record on query-service")
    ResponseEntity<CommandResponse> register(Actor actor, @Valid @RequestBody RegisterClientRequest request) {
        ClientId clientId = ClientId.of(UUID.randomUUID());
        ClientDetails details = ClientDetails.of(encryptor.encrypt(clientId, request.protectedValues()),
                Boolean.TRUE.equals(request.consentStatus()), request.tags());
        boolean active = request.isActive() == null || request.isActive();
        CommandResponse response = commands.send(
                new RegisterClientCommand(clientId, actor.requireWorkspace(), details, active, clock.instant()),
                clientId);
        return ResponseEntity.created(locations.of("/api/v1/clients/" + clientId))
                .eTag(Long.toString(response.version()))
                .body(response);
    }

    @PutMapping("/{clientId}")
    ResponseEntity<CommandResponse> revise(Actor actor, @PathVariable UUID clientId,
                                           @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                           @Valid @RequestBody ReviseClientRequest request) {
        if (!request.nullViolations().isEmpty()) {
            throw new ValidationFailedException(request.nullViolations());
        }
        ClientId id = ClientId.of(clientId);
        ClientDetailsPatch patch = new ClientDetailsPatch(encryptor.encrypt(id, request.protectedChanges()),
                request.consentStatus(), request.tagsSent(), request.tags());
        return ok(commands.send(new ReviseClientDetailsCommand(id, actor.requireWorkspace(), patch,
                request.isActive(), clock.instant(), IfMatch.expectedSequence(ifMatch)), id));
    }

    /** The reference's soft delete: the client is archived, never erased. Answers 200 with the new version. */
    @DeleteMapping("/{clientId}")
    ResponseEntity<CommandResponse> archive(Actor actor, @PathVariable UUID clientId,
                                            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        ClientId id = ClientId.of(clientId);
        return ok(commands.send(new ArchiveClientCommand(id, actor.requireWorkspace(), clock.instant(),
                IfMatch.expectedSequence(ifMatch)), id));
    }

    private static ResponseEntity<CommandResponse> ok(CommandResponse response) {
        return ResponseEntity.ok().eTag(Long.toString(response.version())).body(response);
    }
}
