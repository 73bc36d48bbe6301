package com.pazpaz.command.common;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises the commands about one record in this instance for the whole of their transaction (decision 94).
 * Axon locks an aggregate only for its unit of work, which ends before the command's transaction commits
 * ({@link RecordCommandGateway}); without this, a second command about the record could load it without the
 * first one's events and lose the race at the event store's unique sequence with an error instead of simply
 * coming second. Across instances that unique sequence still decides, answered as a conflict (409).
 *
 * <p>Striped: a fixed set of locks, a record taking the one its id hashes to, so memory stays constant. A
 * thread holds at most one: a command sent while another's transaction is open on the same thread (a cascade)
 * takes none, so two threads can never wait for each other's stripes.
 */
final class RecordLocks {

    private static final int STRIPES = 1024;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

    RecordLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Runs {@code work} holding the record's lock, unless this thread already holds one. */
    <T> T whileHolding(String recordId, java.util.function.Supplier<T> work) {
        if (holding.get()) {
            return work.get();
        }
        ReentrantLock lock = stripes[Math.floorMod(recordId.hashCode(), STRIPES)];
        lock.lock();
        holding.set(true);
        try {
            return work.get();
        } finally {
            holding.set(false);
            lock.unlock();
        }
    }
}
