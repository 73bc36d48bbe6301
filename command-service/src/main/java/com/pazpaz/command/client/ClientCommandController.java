package com.pazpaz.command.client;

import com.pazpaz.command.common.CommandAnswers;
import com.pazpaz.command.common.ExpectedVersion;
import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.infra.access.PhiEndpoint;
import com.pazpaz.infra.crypto.KeyDestroyedException;
import com.pazpaz.infra.crypto.NoDataKeyException;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.kernel.client.ArchiveClientCommand;
import com.pazpaz.kernel.client.ClientDetails;
import com.pazpaz.kernel.client.ClientDetailsPatch;
import com.pazpaz.kernel.client.EraseClientCommand;
import com.pazpaz.kernel.client.ProtectedClientField;
import com.pazpaz.kernel.client.RegisterClientCommand;
import com.pazpaz.kernel.client.ReviseClientDetailsCommand;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.workspace.Role;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Register, revise, archive and erase clients (behaviour.md §1.4; reads are on query-service). */
@RestController
@PhiEndpoint("Client")
@RequestMapping("/api/v1/clients")
class ClientCommandController {

    private final RecordCommandGateway commands;
    private final ClientFieldEncryptor encryptor;
    private final CommandAnswers answers;
    private final Clock clock;

    ClientCommandController(
            RecordCommandGateway commands, ClientFieldEncryptor encryptor, CommandAnswers answers, Clock clock) {
        this.commands = commands;
        this.encryptor = encryptor;
        this.answers = answers;
        this.clock = clock;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created; Location names the record on query-service")
    ResponseEntity<CommandResponse> register(Actor actor, @Valid @RequestBody RegisterClientRequest request) {
        ClientId clientId = ClientId.of(UUID.randomUUID());
        boolean active = request.isActive() == null || request.isActive();
        // the client's key is created in the command's transaction: one commit for the key and the event
        CommandResponse response = commands.send(clientId, () -> {
            encryptor.createKeyForNewClient(clientId);
            ClientDetails details = ClientDetails.of(
                    encryptor.encrypt(clientId, request.protectedValues()),
                    Boolean.TRUE.equals(request.consentStatus()));
            return new RegisterClientCommand(clientId, actor.requireWorkspace(), details, active, clock.instant());
        });
        return answers.created("/api/v1/clients/" + clientId, response);
    }

    @PutMapping("/{clientId}")
    ResponseEntity<CommandResponse> revise(
            Actor actor,
            @PathVariable UUID clientId,
            ExpectedVersion expected,
            @Valid @RequestBody ReviseClientRequest request) {
        request.requireClearableNulls();
        ClientId id = ClientId.of(clientId);
        ClientDetailsPatch patch = new ClientDetailsPatch(
                encryptChanges(id, actor.requireWorkspace(), request.protectedChanges()), request.consentStatus());
        return answers.ok(commands.send(
                new ReviseClientDetailsCommand(
                        id, actor.requireWorkspace(), patch, request.isActive(), clock.instant(), expected.sequence()),
                id));
    }

    /** The reference's soft delete: the client is archived, never erased. Answers 200 with the new version. */
    @DeleteMapping("/{clientId}")
    ResponseEntity<CommandResponse> archive(Actor actor, @PathVariable UUID clientId, ExpectedVersion expected) {
        ClientId id = ClientId.of(clientId);
        return answers.ok(commands.send(
                new ArchiveClientCommand(id, actor.requireWorkspace(), clock.instant(), expected.sequence()), id));
    }

    /**
     * Crypto-shredding (docs/encryption.md): the owner types the client's id again to confirm. Answers 200 with
     * the new version; erasing again changes nothing. Assistants may not erase (403).
     */
    @PostMapping("/{clientId}/erase")
    ResponseEntity<CommandResponse> erase(
            Actor actor, @PathVariable UUID clientId, @Valid @RequestBody EraseClientRequest request) {
        WorkspaceId workspaceId = actor.requireWorkspace();
        if (actor.role() != Role.OWNER) {
            throw new AccessDeniedException("Only the practice's owner erases clients");
        }
        if (!clientId.equals(request.confirm())) {
            throw new ValidationFailedException(List.of(new FieldProblem("confirm", "must repeat the client's id")));
        }
        ClientId id = ClientId.of(clientId);
        return answers.ok(commands.send(new EraseClientCommand(id, workspaceId, clock.instant()), id));
    }

    /**
     * Encrypts changed fields with the client's key. Without a usable key, the aggregate decides first (another
     * practice's or an unknown client: 404; an erased one: 410); a client of this practice that predates
     * per-client keys gets its key now.
     */
    private Map<ProtectedClientField, EncryptedValue> encryptChanges(
            ClientId id, WorkspaceId workspaceId, Map<ProtectedClientField, String> changes) {
        if (changes.isEmpty()) {
            return Map.of();
        }
        try {
            return encryptor.encrypt(id, changes);
        } catch (NoDataKeyException | KeyDestroyedException e) {
            commands.send(
                    new ReviseClientDetailsCommand(
                            id, workspaceId, new ClientDetailsPatch(Map.of(), null), null, clock.instant(), null),
                    id);
            encryptor.createKeyFor(id);
            return encryptor.encrypt(id, changes);
        }
    }
}
