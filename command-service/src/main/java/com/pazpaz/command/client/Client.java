package com.pazpaz.command.client;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.pazpaz.kernel.client.ArchiveClientCommand;
import com.pazpaz.kernel.client.ClientArchivedEvent;
import com.pazpaz.kernel.client.ClientDetails;
import com.pazpaz.kernel.client.ClientDetailsPatch;
import com.pazpaz.kernel.client.ClientDetailsRevisedEvent;
import com.pazpaz.kernel.client.ClientErasedEvent;
import com.pazpaz.kernel.client.ClientReactivatedEvent;
import com.pazpaz.kernel.client.ClientRegisteredEvent;
import com.pazpaz.kernel.client.EraseClientCommand;
import com.pazpaz.kernel.client.RegisterClientCommand;
import com.pazpaz.kernel.client.ReviseClientDetailsCommand;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A client (patient) of one practice. Holds only ciphertext: the decisions it makes (workspace, archive
 * state, whether anything changed) never need the plaintext.
 */
@Aggregate
class Client {

    @AggregateIdentifier
    private ClientId clientId;

    private WorkspaceId workspaceId;
    private ClientDetails details;
    private boolean active;
    private boolean erased;

    Client() {
        // for Axon: state is rebuilt from events
    }

    @CommandHandler
    Client(RegisterClientCommand command) {
        apply(new ClientRegisteredEvent(
                command.clientId(),
                command.workspaceId(),
                command.details(),
                command.active(),
                command.registeredAt()));
    }

    @CommandHandler
    void handle(ReviseClientDetailsCommand command, LegacyTagsSealer sealer) {
        requireWorkspace(command.workspaceId());
        requireNotErased();
        if (!command.patch().isEmpty()) {
            apply(new ClientDetailsRevisedEvent(
                    clientId, workspaceId, revisedDetails(command.patch(), sealer), command.revisedAt()));
        }
        if (command.active() != null && command.active() != active) {
            apply(
                    command.active()
                            ? new ClientReactivatedEvent(clientId, workspaceId, command.revisedAt())
                            : new ClientArchivedEvent(clientId, workspaceId, command.revisedAt()));
        }
    }

    @CommandHandler
    void handle(ArchiveClientCommand command) {
        requireWorkspace(command.workspaceId());
        requireNotErased();
        if (active) {
            apply(new ClientArchivedEvent(clientId, workspaceId, command.archivedAt()));
        }
    }

    /** The keys are destroyed by {@link ClientKeyShredder} in the transaction that stores the event. */
    @CommandHandler
    void handle(EraseClientCommand command) {
        requireWorkspace(command.workspaceId());
        if (!erased) {
            apply(new ClientErasedEvent(clientId, workspaceId, command.erasedAt()));
        }
    }

    /**
     * The details after a patch. Tags kept from an event stored before tags were encrypted are encrypted now, so no
     * new event holds plaintext tags (decision 261); the older events keep theirs.
     */
    private ClientDetails revisedDetails(ClientDetailsPatch patch, LegacyTagsSealer sealer) {
        ClientDetails revised = details.revisedBy(patch);
        return revised.legacyTags() == null
                ? revised
                : revised.withLegacyTagsEncrypted(sealer.seal(clientId, revised.legacyTags()));
    }

    /** Another practice's client is answered exactly like a client that does not exist. */
    private void requireWorkspace(WorkspaceId caller) {
        if (!workspaceId.equals(caller)) {
            throw new RecordNotFoundException();
        }
    }

    /** An erased client's fields cannot be read or written any more; it cannot change. */
    private void requireNotErased() {
        if (erased) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.GONE, "This client was erased");
        }
    }

    @EventSourcingHandler
    void on(ClientRegisteredEvent event) {
        clientId = event.clientId();
        workspaceId = event.workspaceId();
        details = event.details();
        active = event.active();
    }

    @EventSourcingHandler
    void on(ClientDetailsRevisedEvent event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(ClientArchivedEvent event) {
        active = false;
    }

    @EventSourcingHandler
    void on(ClientReactivatedEvent event) {
        active = true;
    }

    @EventSourcingHandler
    void on(ClientErasedEvent event) {
        erased = true;
        details = null;
    }
}
