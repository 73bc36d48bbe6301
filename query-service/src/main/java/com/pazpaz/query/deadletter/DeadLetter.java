package com.pazpaz.query.deadletter;

import java.time.Instant;
import java.util.UUID;

/**
 * One parked event of a practice: the event is named by its global position (its data stays in the event store).
 *
 * @param failure          what the projector failed with (exception classes, SQL state, constraint; never a
 *                         message, which could quote row values); null for an event parked behind an earlier letter
 * @param lastRetryFailure what the last retry failed with, if one did
 */
public record DeadLetter(
        long position,
        UUID workspaceId,
        String eventId,
        String eventType,
        String aggregateId,
        String failure,
        Instant parkedAt,
        int retries,
        String lastRetryFailure) {

    /** True for the letter whose event failed; false for one parked behind it to keep the practice's order. */
    public boolean failed() {
        return failure != null;
    }
}
