package com.pazpaz.infra.eventstore;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, plus a way to tell it that another process has committed events. Without that,
 * streams in this process would only see them at their next poll (up to the fetch delay later). It also tells
 * listeners in this process when events appended here have committed (the event chainer links them at once).
 */
public class WakeableEventStore extends EmbeddedEventStore {

    private final List<Runnable> localCommitListeners = new CopyOnWriteArrayList<>();

    WakeableEventStore(Builder builder) {
        super(builder);
    }

    /** Makes waiting event streams fetch now. */
    public void newEventsCommitted() {
        afterCommit(List.of());
    }

    /** Runs {@code listener} (quickly: on the committing thread) whenever events appended here have committed. */
    public void onLocalCommit(Runnable listener) {
        localCommitListeners.add(listener);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        if (!events.isEmpty()) {
            localCommitListeners.forEach(Runnable::run);
        }
    }
}
