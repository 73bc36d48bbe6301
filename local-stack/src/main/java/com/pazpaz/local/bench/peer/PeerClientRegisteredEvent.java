package com.pazpaz.local.bench.peer;

import java.util.UUID;

/** A client was registered (the peer's only event). */
public record PeerClientRegisteredEvent(
        UUID clientId, String firstName, String lastName, String email, String phone, String medicalHistory) {}
