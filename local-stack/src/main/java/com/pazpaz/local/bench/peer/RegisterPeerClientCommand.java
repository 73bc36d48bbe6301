package com.pazpaz.local.bench.peer;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a client: an id and a few plain fields, as the service's request carries them (no encryption). */
public record RegisterPeerClientCommand(
        @TargetAggregateIdentifier UUID clientId,
        String firstName,
        String lastName,
        String email,
        String phone,
        String medicalHistory) {}
