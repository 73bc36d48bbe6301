package com.pazpaz.query.common;

import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a record as it stood at an instant by folding its events, oldest first, up to that instant (the time
 * each event was stored). Answers "what did this record say on 3 March?" from the record itself, not a table.
 */
@Component
public class PointInTime {

    private final EventStore eventStore;

    PointInTime(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The state after every event of {@code recordId} stored at or before {@code instant}; null if none. */
    public <S> S fold(UUID recordId, Instant instant, BiFunction<S, Object, S> apply) {
        S state = null;
        DomainEventStream events = eventStore.readEvents(recordId.toString());
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getTimestamp().isAfter(instant)) {
                break;
            }
            state = apply.apply(state, event.getPayload());
        }
        return state;
    }
}
