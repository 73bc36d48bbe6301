package com.pazpaz.infra.eventstore;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's embedded event store, plus a way to tell it that another process has committed events. Without that,
 * streams in this process would only see them at their next poll (up to the fetch delay later). It also tells
 * listeners in this process when events appended here have committed (the event chainer links them at once).
 */
public class WakeableEventStore extends EmbeddedEventStore {

    private final List<Runnable> localCommitListeners = new CopyOnWriteArrayList<>();
    private final StreamHorizon horizon;

    WakeableEventStore(Builder builder, StreamHorizon horizon) {
        super(builder);
        this.horizon = horizon;
    }

    /** Makes waiting event streams fetch now. */
    public void newEventsCommitted() {
        afterCommit(List.of());
    }

    /** Runs {@code listener} (quickly: on the committing thread) whenever events appended here have committed. */
    public void onLocalCommit(Runnable listener) {
        localCommitListeners.add(listener);
    }

    /**
     * Axon calls this when its unit of work has committed. When that unit of work joined a longer Spring
     * transaction (a command whose data key and events commit together, see {@code RecordCommandGateway}), the
     * events are not committed yet: streams woken now would find nothing and sleep until their next poll. The
     * wake-up then waits for the real commit.
     */
    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeAfterCommit(events);
                }
            });
            return;
        }
        wakeAfterCommit(events);
    }

    private void wakeAfterCommit(List<? extends EventMessage<?>> events) {
        horizon.announce(); // before the streams wake: what they read before this may be out of date
        super.afterCommit(events);
        if (!events.isEmpty()) {
            localCommitListeners.forEach(Runnable::run);
        }
    }
}
