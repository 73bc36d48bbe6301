package com.pazpaz.infra.eventstore;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, plus a way to tell it that another process has committed events. Without that,
 * streams in this process would only see them at their next poll (up to the fetch delay later).
 */
public class WakeableEventStore extends EmbeddedEventStore {

    WakeableEventStore(Builder builder) {
        super(builder);
    }

    /** Makes waiting event streams fetch now. */
    public void newEventsCommitted() {
        afterCommit(List.of());
    }
}
