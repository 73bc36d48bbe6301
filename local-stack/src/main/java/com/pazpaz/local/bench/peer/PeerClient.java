package com.pazpaz.local.bench.peer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** The peer's aggregate: event-sourced, as Axon's Spring Boot starter wires an {@code @Aggregate} by default. */
@Aggregate
class PeerClient {

    @AggregateIdentifier
    private UUID clientId;

    PeerClient() {
        // for Axon, which rebuilds the aggregate from its events
    }

    @CommandHandler
    PeerClient(RegisterPeerClientCommand command) {
        if (command.firstName() == null || command.firstName().isBlank()) {
            throw new IllegalArgumentException("a client needs a first name");
        }
        apply(new PeerClientRegisteredEvent(
                command.clientId(),
                command.firstName(),
                command.lastName(),
                command.email(),
                command.phone(),
                command.medicalHistory()));
    }

    @EventSourcingHandler
    void on(PeerClientRegisteredEvent event) {
        clientId = event.clientId();
    }
}
