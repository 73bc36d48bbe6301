package com.pazpaz.query.replay;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Reads the events ahead of the rebuild's writer, on a thread of its own: pages of the store read and
 * deserialised into batches while the writer applies the previous ones. The queue is bounded, so at most
 * {@code readAhead} batches wait in memory, whatever the size of the store.
 */
final class EventReader implements AutoCloseable {

    private static final List<TrackedEventMessage<?>> END = List.of();

    private final BlockingQueue<List<TrackedEventMessage<?>>> batches;
    private final Thread thread;
    private volatile RuntimeException failure;
    private volatile boolean closed;

    EventReader(EventStorageEngine store, TrackingToken from, int batchSize, int readAhead) {
        this.batches = new ArrayBlockingQueue<>(readAhead);
        this.thread = new Thread(() -> read(store, from, batchSize), "read-model-rebuild-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next batch, in store order; empty once every event is read. */
    List<TrackedEventMessage<?>> next() throws InterruptedException {
        while (true) {
            List<TrackedEventMessage<?>> batch = batches.poll(1, TimeUnit.SECONDS);
            if (failure != null) {
                throw new IllegalStateException("Reading the events failed", failure);
            }
            if (batch != null) {
                return batch;
            }
        }
    }

    private void read(EventStorageEngine store, TrackingToken from, int batchSize) {
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
            while (iterator.hasNext() && !closed) {
                TrackedEventMessage<?> event = iterator.next();
                // deserialised here, on this thread, rather than on the writer's
                event.getPayload();
                event.getMetaData();
                batch.add(event);
                if (batch.size() == batchSize) {
                    put(batch);
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty()) {
                put(batch);
            }
            put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void put(List<TrackedEventMessage<?>> batch) throws InterruptedException {
        while (!closed && !batches.offer(batch, 1, TimeUnit.SECONDS)) {
            // the writer is behind: wait, holding no more than the queue
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
