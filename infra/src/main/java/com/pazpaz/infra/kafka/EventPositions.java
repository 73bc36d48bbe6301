package com.pazpaz.infra.kafka;

import java.util.OptionalLong;
import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The store position of the event being relayed, for the {@code global_position} header.
 *
 * <p>A tracking token says how far the stream has been read, not where this event lies: when a transaction commits
 * late, its event fills a gap below the token's index, and the token's position is that of a later event. The
 * event's own position is the token's index exactly when reading the event moved the index forward. Within one
 * relay batch the previous token is known and that test costs nothing; for the first event of a batch, and for an
 * event that filled a gap, the position is looked up in the store by the event's id (one indexed read, rare).
 *
 * <p>The relay runs a single segment (one practice's records must be sent by one thread to stay in order), so
 * consecutive tokens of a batch are consecutive reads of the stream.
 */
final class EventPositions {

    private static final String PREVIOUS_TOKEN = EventPositions.class.getName() + ".previous";

    private final Function<String, OptionalLong> storedPosition;

    /** @param storedPosition the position the store gives an event id (empty if it has none) */
    EventPositions(Function<String, OptionalLong> storedPosition) {
        this.storedPosition = storedPosition;
    }

    OptionalLong of(EventMessage<?> event, TrackingToken token) {
        if (!(token instanceof GapAwareTrackingToken current)) {
            return token == null ? OptionalLong.empty() : token.position();
        }
        GapAwareTrackingToken previous = swapPrevious(current);
        if (movedForward(previous, current)) {
            return OptionalLong.of(current.getIndex());
        }
        return storedPosition.apply(event.getIdentifier());
    }

    /** True when reading the event advanced the index, so that the index is the event's own position. */
    static boolean movedForward(GapAwareTrackingToken previous, GapAwareTrackingToken current) {
        return previous != null && current.getIndex() > previous.getIndex();
    }

    /** Remembers this token for the next event of the same batch; returns the one before, if in this batch. */
    private static GapAwareTrackingToken swapPrevious(GapAwareTrackingToken current) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        GapAwareTrackingToken previous = batch.getResource(PREVIOUS_TOKEN);
        batch.resources().put(PREVIOUS_TOKEN, current);
        return previous;
    }
}
